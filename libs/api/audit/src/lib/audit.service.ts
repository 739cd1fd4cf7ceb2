import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  actorId?: string | null;
  regionArs?: string | null;
  details?: Record<string, unknown>;
  requestId?: string | null;
}

@Injectable()
export class AuditService {
  /** Writes through the caller's transaction (`manager`), so the event commits or rolls back with the change. */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEvent> {
    const event = manager.create(AuditEvent, {
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      actorId: record.actorId ?? null,
      regionArs: record.regionArs ?? null,
      details: record.details ?? {},
      requestId: record.requestId ?? null,
    });
    return manager.save(AuditEvent, event);
  }

  /** The trail of one entity, oldest first. */
  trailOf(manager: EntityManager, entityType: string, entityId: string): Promise<AuditEvent[]> {
    return manager.find(AuditEvent, { where: { entityType, entityId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }
}
