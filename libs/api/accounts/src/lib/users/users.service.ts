import { AuditService } from '@digitalcheck/api-audit';
import {
  type Actor,
  AppUser,
  type Principal,
  RoleAssignment,
  restrictToRegions,
  SessionService,
} from '@digitalcheck/api-auth';
import type { Page, UserSummary } from '@digitalcheck/shared-contracts';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ListUsersQuery, ScopeBody } from '../http/accounts.dto';
import { Invitation } from '../invitations/invitation.entity';
import { checkGrant } from './grant-rules';
import { toUserSummaries } from './user-mapping';

/**
 * User management for admins (everyone) and state analysts (people with a scope in their Länder, and new
 * accounts with a pending invitation there). Anyone else's account answers 404, as if it did not exist.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: ListUsersQuery): Promise<Page<UserSummary>> {
    const manager = this.dataSource.manager;
    const users = this.visibleUsers(manager, principal);
    if (query.status) users.andWhere('u.status = :status', { status: query.status });
    if (query.q) {
      const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      users.andWhere(
        new Brackets((q) => q.where('u.email_key LIKE :like').orWhere('lower(u.display_name) LIKE :like')),
        {
          like,
        },
      );
    }
    const [rows, total] = await users
      .leftJoinAndSelect('u.assignments', 'assignment')
      .orderBy('u.emailKey', 'ASC')
      .skip(query.offset)
      .take(query.limit)
      .getManyAndCount();
    return { items: await toUserSummaries(manager, principal, rows), total, offset: query.offset, limit: query.limit };
  }

  async get(principal: Principal, id: string): Promise<UserSummary> {
    const [summary] = await toUserSummaries(this.dataSource.manager, principal, [
      await this.found(this.dataSource.manager, principal, id),
    ]);
    return summary;
  }

  async setStatus(
    actor: Actor & { principal: Principal },
    id: string,
    status: 'active' | 'disabled',
  ): Promise<UserSummary> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.found(manager, actor.principal, id);
      this.mayChangeAccount(actor.principal, user);
      if (user.id === actor.principal.userId)
        throw new ConflictException('You cannot change the status of your own account.');
      if (user.status === 'invited')
        throw new ConflictException('The account is not set up yet: revoke its invitation instead.');
      if (user.status === status) return;
      await manager.update(AppUser, { id }, { status });
      const ended = status === 'disabled' ? await this.sessions.closeAllOf(manager, id) : 0;
      await this.record(manager, actor, status === 'disabled' ? 'user.disabled' : 'user.enabled', user, {
        sessionsEnded: ended,
      });
    });
    return this.get(actor.principal, id);
  }

  async addScope(actor: Actor & { principal: Principal }, id: string, body: ScopeBody): Promise<UserSummary> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.found(manager, actor.principal, id);
      const grant = await checkGrant(manager, actor.principal, body.role, body.regionArs);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RoleAssignment)
        .values({ userId: user.id, role: grant.role, regionArs: grant.regionArs, source: 'local' })
        .orIgnore()
        .execute();
      if ((result.raw as unknown[]).length === 0) throw new ConflictException('The account already has this scope.');
      await this.record(
        manager,
        actor,
        'user.scope_added',
        user,
        { role: grant.role, regionArs: grant.regionArs || null },
        grant.regionArs,
      );
    });
    return this.get(actor.principal, id);
  }

  async removeScope(actor: Actor & { principal: Principal }, id: string, body: ScopeBody): Promise<UserSummary> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.found(manager, actor.principal, id);
      const regionArs = body.regionArs ?? '';
      if (body.role === 'ADMIN' ? !actor.principal.isAdmin : !actor.principal.canManage(regionArs)) {
        throw new ForbiddenException('You can only remove scopes within your Land.');
      }
      if (user.id === actor.principal.userId && body.role === 'ADMIN') {
        throw new ConflictException('You cannot remove your own ADMIN role.');
      }
      const result = await manager.delete(RoleAssignment, { userId: user.id, role: body.role, regionArs });
      if (!result.affected) throw new NotFoundException('The account has no such scope.');
      // Sessions carry no roles (they are read per request), so the change applies at the next request.
      await this.record(
        manager,
        actor,
        'user.scope_removed',
        user,
        { role: body.role, regionArs: regionArs || null },
        regionArs,
      );
      // Answered from the row read above: without its last scope in the caller's Land the account is no
      // longer visible to them, and re-reading it would answer 404 for a change that did happen.
      user.assignments = (user.assignments ?? []).filter((a) => !(a.role === body.role && a.regionArs === regionArs));
      const [summary] = await toUserSummaries(manager, actor.principal, [user]);
      return summary;
    });
  }

  /** The users the principal may see, as a query to refine. */
  private visibleUsers(manager: EntityManager, principal: Principal): SelectQueryBuilder<AppUser> {
    const users = manager.createQueryBuilder(AppUser, 'u');
    if (principal.isAdmin) return users;
    const granted = restrictToRegions(
      manager.createQueryBuilder().select('1').from(RoleAssignment, 'ra').where('ra.user_id = u.id'),
      principal,
      'ra.region_ars',
      'manage',
    );
    const invited = restrictToRegions(
      manager
        .createQueryBuilder()
        .select('1')
        .from(Invitation, 'inv')
        .where('inv.email = u.email_key')
        .andWhere('inv.accepted_at IS NULL AND inv.revoked_at IS NULL AND inv.expires_at > now()'),
      principal,
      'inv.region_ars',
      'manage',
    );
    // A pending invitation makes only the new account it created visible ("invited"), never an existing
    // account of someone else's Land whose email was invited.
    return users
      .andWhere(
        new Brackets((q) =>
          q
            .where(`EXISTS (${granted.getQuery()})`)
            .orWhere(`(u.status = 'invited' AND EXISTS (${invited.getQuery()}))`),
        ),
      )
      .setParameters({ ...granted.getParameters(), ...invited.getParameters() });
  }

  private async found(manager: EntityManager, principal: Principal, id: string): Promise<AppUser> {
    const user = await this.visibleUsers(manager, principal)
      .leftJoinAndSelect('u.assignments', 'assignment')
      .andWhere('u.id = :id', { id })
      .getOne();
    if (!user) throw new NotFoundException(`There is no user ${id}.`);
    return user;
  }

  /** Analysts may only lock or unlock accounts that act entirely within their Länder. */
  private mayChangeAccount(principal: Principal, user: AppUser): void {
    if (principal.isAdmin) return;
    const outside = (user.assignments ?? []).some(
      (grant) => grant.regionArs === '' || !principal.canManage(grant.regionArs),
    );
    if (outside) throw new ForbiddenException('The account also acts outside your Land: ask an administrator.');
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    user: AppUser,
    details: Record<string, unknown>,
    regionArs: string | null = null,
  ) {
    return this.audit.record(manager, {
      action,
      entityType: 'user',
      entityId: user.id,
      actorId: actor.principal?.userId ?? null,
      regionArs: regionArs || user.assignments?.find((grant) => grant.regionArs !== '')?.regionArs || null,
      details: { email: user.email, ...details },
      requestId: actor.requestId,
    });
  }
}
