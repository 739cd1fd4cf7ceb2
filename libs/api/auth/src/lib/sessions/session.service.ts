import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import { runPrepared } from '@digitalcheck/api-database';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { Principal } from '../access/principal';
import { randomToken, tokenHash } from '../tokens';
import { AppUser } from '../users/app-user.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { type SessionRow, SESSION_BY_TOKEN, sessionFromRows } from './session-lookup.sql';
import { UserSession } from './user-session.entity';

/** Activity renews the idle expiry at most this often, so reads do not each cost a write. */
const RENEW_AFTER_MS = 60_000;

export interface OpenedSession {
  token: string;
  session: UserSession;
}

export interface ResolvedSession {
  session: UserSession;
  principal: Principal;
}

/** Server-side sessions in PostgreSQL: created at sign-in, looked up per request, ended at logout. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session with a new token (never reuses one: no session fixation). */
  async open(
    manager: EntityManager,
    userId: string,
    method: UserSession['method'],
    client: { ip: string | null; userAgent: string | null },
  ): Promise<OpenedSession> {
    const token = randomToken();
    const now = new Date();
    const absolute = new Date(now.getTime() + this.config.auth.sessionMaxHours * 3_600_000);
    const session = manager.create(UserSession, {
      tokenHash: tokenHash(token),
      userId,
      csrfToken: randomToken(),
      method,
      lastSeenAt: now,
      expiresAt: this.idleExpiry(now, absolute),
      absoluteExpiresAt: absolute,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    // Housekeeping on the way: the account's expired sessions go (indexed by user; keeps the table small).
    await manager.delete(UserSession, { userId, expiresAt: LessThan(now) });
    await manager.save(UserSession, session);
    await manager.update(AppUser, { id: userId }, { lastLoginAt: now });
    return { token, session };
  }

  /** The live session behind a cookie token, renewed by this activity; null if unknown, expired or disabled. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    // One prepared statement for session, account and roles (one row per role assignment).
    const session = sessionFromRows(
      await runPrepared<SessionRow>(this.dataSource, SESSION_BY_TOKEN, [tokenHash(token)]),
    );
    const now = new Date();
    if (!session?.user || session.expiresAt <= now || session.user.status !== 'active') return null;
    if (now.getTime() - session.lastSeenAt.getTime() > RENEW_AFTER_MS) {
      session.lastSeenAt = now;
      session.expiresAt = this.idleExpiry(now, session.absoluteExpiresAt);
      await this.dataSource.manager.update(
        UserSession,
        { tokenHash: session.tokenHash },
        { lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt },
      );
    }
    return { session, principal: principalFrom(session.user, session.user.assignments ?? [], session.method) };
  }

  async principalOf(
    user: AppUser,
    manager: EntityManager = this.dataSource.manager,
    method: UserSession['method'] = 'password',
  ): Promise<Principal> {
    return principalFrom(user, await manager.find(RoleAssignment, { where: { userId: user.id } }), method);
  }

  async close(token: string): Promise<void> {
    await this.dataSource.manager.delete(UserSession, { tokenHash: tokenHash(token) });
  }

  /** Ends every session of an account (disabled, password reset, scope removed). */
  async closeAllOf(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager.delete(UserSession, { userId });
    return result.affected ?? 0;
  }

  private idleExpiry(now: Date, absolute: Date): Date {
    const idle = now.getTime() + this.config.auth.sessionIdleMinutes * 60_000;
    return new Date(Math.min(idle, absolute.getTime()));
  }
}

/**
 * Scopes granted by the identity provider count only in sessions it opened: after the provider withdraws a
 * role, a local password (if any) must not keep it alive.
 */
function principalFrom(user: AppUser, assignments: RoleAssignment[], method: UserSession['method']): Principal {
  const grants = assignments
    .filter((a) => method === 'oidc' || a.source !== 'oidc')
    .map((a) => ({ role: a.role, regionArs: a.regionArs }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.regionArs.localeCompare(b.regionArs));
  return new Principal(user.id, user.email, user.displayName, grants);
}
