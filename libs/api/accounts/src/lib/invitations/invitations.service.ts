import { AuditService } from '@digitalcheck/api-audit';
import {
  type Actor,
  AppUser,
  emailKeyOf,
  invitationMail,
  Mailer,
  type Principal,
  randomToken,
  restrictToRegions,
  tokenHash,
} from '@digitalcheck/api-auth';
import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import type { InvitationSummary, IssuedInvitation, Page } from '@digitalcheck/shared-contracts';
import { Inject, Injectable, Logger, NotFoundException, ConflictException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, IsNull, SelectQueryBuilder } from 'typeorm';
import type { InvitationBody, ListInvitationsQuery } from '../http/accounts.dto';
import { CheckedGrant, checkGrant } from '../users/grant-rules';
import { Invitation } from './invitation.entity';
import { toInvitationSummaries } from './invitation-mapping';
import { invitationStatus } from './invitation-state';

export type ManagingActor = Actor & { principal: Principal };

export interface Issued {
  invitation: Invitation;
  token: string;
}

/** Invitations by admins and state analysts; each is a single-use link for one person and one scope. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Invitations');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: ListInvitationsQuery): Promise<Page<InvitationSummary>> {
    const rows = this.visible(this.dataSource.manager, principal);
    if (query.status === 'accepted') rows.andWhere('i.acceptedAt IS NOT NULL');
    if (query.status === 'revoked') rows.andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NOT NULL');
    if (query.status === 'pending' || query.status === 'expired') {
      rows
        .andWhere('i.acceptedAt IS NULL AND i.revokedAt IS NULL')
        .andWhere(query.status === 'pending' ? 'i.expiresAt > now()' : 'i.expiresAt <= now()');
    }
    const [items, total] = await rows
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return {
      items: await toInvitationSummaries(this.dataSource.manager, items),
      total,
      offset: query.offset,
      limit: query.limit,
    };
  }

  async create(actor: ManagingActor, body: InvitationBody): Promise<IssuedInvitation> {
    const issued = await this.dataSource.transaction(async (manager) => {
      const grant = await checkGrant(manager, actor.principal, body.role, body.regionArs);
      return this.issue(manager, actor, body.email, grant);
    });
    const [result] = await this.deliver([issued]);
    return result;
  }

  /** Issues invitations for checked rows in one transaction, then mails them. */
  async createMany(
    actor: ManagingActor,
    rows: Array<{ email: string; grant: CheckedGrant }>,
  ): Promise<IssuedInvitation[]> {
    const issued = await this.dataSource.transaction(async (manager) => {
      const all: Issued[] = [];
      for (const row of rows) all.push(await this.issue(manager, actor, row.email, row.grant));
      return all;
    });
    return this.deliver(issued);
  }

  /** A new link (the old one stops working) and a new expiry; for pending and expired invitations. */
  async resend(actor: ManagingActor, id: string): Promise<IssuedInvitation> {
    const issued = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.found(manager, actor.principal, id);
      const status = invitationStatus(invitation);
      if (status === 'accepted' || status === 'revoked') {
        throw new ConflictException(`The invitation is ${status}; invite again instead.`);
      }
      const token = randomToken();
      invitation.tokenHash = tokenHash(token);
      invitation.expiresAt = this.expiry();
      invitation.sentCount += 1;
      await manager.save(Invitation, invitation);
      await this.record(manager, actor, 'invitation.resent', invitation);
      return { invitation, token };
    });
    const [result] = await this.deliver([issued]);
    return result;
  }

  async revoke(actor: ManagingActor, id: string): Promise<InvitationSummary> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.found(manager, actor.principal, id);
      const status = invitationStatus(invitation);
      if (status === 'accepted')
        throw new ConflictException('The invitation has been accepted; disable the account instead.');
      if (status !== 'revoked') {
        invitation.revokedAt = new Date();
        await manager.save(Invitation, invitation);
        await this.record(manager, actor, 'invitation.revoked', invitation);
      }
      const [summary] = await toInvitationSummaries(manager, [invitation]);
      return summary;
    });
  }

  private async issue(
    manager: EntityManager,
    actor: ManagingActor,
    email: string,
    grant: CheckedGrant,
  ): Promise<Issued> {
    const emailKey = emailKeyOf(email);
    // A newer invitation for the same person and scope replaces any pending one (audited as revoked).
    const replaced = await manager.find(Invitation, {
      where: {
        email: emailKey,
        role: grant.role,
        regionArs: grant.regionArs,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
    });
    for (const old of replaced) {
      old.revokedAt = new Date();
      await manager.save(Invitation, old);
      await this.record(manager, actor, 'invitation.revoked', old);
    }
    const user = await manager.findOne(AppUser, { where: { emailKey }, relations: { assignments: true } });
    if (user?.assignments?.some((a) => a.role === grant.role && a.regionArs === grant.regionArs)) {
      throw new ConflictException(`${emailKey} already has this scope.`);
    }
    if (!user) {
      const created = await manager.save(
        AppUser,
        manager.create(AppUser, { email: email.trim(), emailKey, displayName: '', status: 'invited' }),
      );
      await this.audit.record(manager, {
        action: 'user.created',
        entityType: 'user',
        entityId: created.id,
        actorId: actor.principal.userId,
        regionArs: grant.regionArs || null,
        details: { email: created.email, reason: 'invitation' },
        requestId: actor.requestId,
      });
    }
    const token = randomToken();
    const invitation = await manager.save(
      Invitation,
      manager.create(Invitation, {
        email: emailKey,
        role: grant.role,
        regionArs: grant.regionArs,
        tokenHash: tokenHash(token),
        expiresAt: this.expiry(),
        invitedBy: actor.principal.userId,
      }),
    );
    await this.record(manager, actor, 'invitation.created', invitation);
    return { invitation, token };
  }

  /** Mails each link after the commit; a failed mail is reported (mailSent: false), never swallowed. */
  private async deliver(issued: Issued[]): Promise<IssuedInvitation[]> {
    const summaries = await toInvitationSummaries(
      this.dataSource.manager,
      issued.map((i) => i.invitation),
    );
    const results: IssuedInvitation[] = [];
    for (const [index, { invitation, token }] of issued.entries()) {
      const { regionName } = summaries[index];
      const scopeLabel = roleLabel(invitation.role) + (regionName ? ` für ${regionName}` : '');
      const link = `${this.config.auth.publicUrl}/einladung?token=${token}`;
      let mailSent = true;
      try {
        await this.mailer.send(invitationMail(invitation.email, link, scopeLabel, invitation.expiresAt));
      } catch (error) {
        mailSent = false;
        this.logger.error({ err: error, invitationId: invitation.id }, 'invitation mail could not be sent');
      }
      results.push({ ...summaries[index], link, mailSent });
    }
    return results;
  }

  private visible(manager: EntityManager, principal: Principal): SelectQueryBuilder<Invitation> {
    return restrictToRegions(manager.createQueryBuilder(Invitation, 'i'), principal, 'i.region_ars', 'manage');
  }

  private async found(manager: EntityManager, principal: Principal, id: string): Promise<Invitation> {
    const invitation = await this.visible(manager, principal)
      .andWhere(new Brackets((q) => q.where('i.id = :id', { id })))
      .getOne();
    if (!invitation) throw new NotFoundException(`There is no invitation ${id}.`);
    return invitation;
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.auth.invitationDays * 86_400_000);
  }

  private record(manager: EntityManager, actor: ManagingActor, action: string, invitation: Invitation) {
    return this.audit.record(manager, {
      action,
      entityType: 'invitation',
      entityId: invitation.id,
      actorId: actor.principal.userId,
      regionArs: invitation.regionArs || null,
      details: { email: invitation.email, role: invitation.role },
      requestId: actor.requestId,
    });
  }
}

export function roleLabel(role: string): string {
  return role === 'ADMIN' ? 'Administration' : role === 'STATE_ANALYST' ? 'Landesebene' : 'Kommune';
}
