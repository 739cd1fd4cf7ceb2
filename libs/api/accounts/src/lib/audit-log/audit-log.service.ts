import { AuditEvent, AuditService } from '@digitalcheck/api-audit';
import { type Actor, AppUser, emailKeyOf, type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import type { AuditEntry, AuditPage } from '@digitalcheck/shared-contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuditQueryParams } from '../http/accounts.dto';

/** Rows an export may hold; a wider period must be exported in parts. */
export const MAX_EXPORT_ROWS = 100_000;

interface AuditRow {
  event: AuditEvent;
  actorEmail: string | null;
}

/**
 * The audit log as admins (everything) and state analysts (events of regions in their Länder) read it.
 * Events without a region (sign-ins, system changes) are for admins only.
 */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async page(principal: Principal, query: AuditQueryParams): Promise<AuditPage> {
    const rows = await this.read(principal, query, query.limit + 1);
    const items = rows.slice(0, query.limit).map(toEntry);
    return { items, nextBefore: rows.length > query.limit ? items[items.length - 1].id : null };
  }

  async export(actor: Actor & { principal: Principal }, query: AuditQueryParams): Promise<AuditEntry[]> {
    const rows = (await this.read(actor.principal, query, MAX_EXPORT_ROWS)).map(toEntry);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'audit.exported',
        entityType: 'audit_event',
        entityId: 'export',
        actorId: actor.principal.userId,
        details: { filters: { ...query, limit: undefined }, rows: rows.length },
        requestId: actor.requestId,
      }),
    );
    return rows;
  }

  private async read(principal: Principal, query: AuditQueryParams, limit: number): Promise<AuditRow[]> {
    const events = this.dataSource.manager
      .createQueryBuilder(AuditEvent, 'e')
      .leftJoin(AppUser, 'actor', 'actor.id = e.actor_id')
      .addSelect('actor.email', 'actor_email');
    restrictToRegions(events, principal, 'e.region_ars', 'manage');
    this.filter(events, query);
    const { entities, raw } = await events.orderBy('e.id', 'DESC').limit(limit).getRawAndEntities();
    return entities.map((event, index) => ({
      event,
      actorEmail: (raw[index] as { actor_email: string | null }).actor_email,
    }));
  }

  private filter(events: SelectQueryBuilder<AuditEvent>, query: AuditQueryParams): void {
    if (query.action) events.andWhere('e.action = :action', { action: query.action });
    if (query.regionArs) {
      // The key is digits only (validated), so it needs no LIKE escaping.
      events.andWhere('e.region_ars LIKE :regionPrefix', { regionPrefix: `${query.regionArs}%` });
    }
    if (query.actorEmail)
      events.andWhere('actor.email_key = :actorEmail', { actorEmail: emailKeyOf(query.actorEmail) });
    if (query.from) events.andWhere('e.occurred_at >= :from', { from: new Date(query.from) });
    if (query.to) events.andWhere('e.occurred_at < :to', { to: new Date(query.to) });
    if (query.before) events.andWhere('e.id < :before', { before: query.before });
  }
}

function toEntry({ event, actorEmail }: AuditRow): AuditEntry {
  return {
    id: String(event.id),
    occurredAt: event.occurredAt.toISOString(),
    actorId: event.actorId,
    actorEmail,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    regionArs: event.regionArs,
    details: event.details,
    requestId: event.requestId,
  };
}
