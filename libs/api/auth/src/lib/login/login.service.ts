import { AuditService } from '@digitalcheck/api-audit';
import { ApiException } from '@digitalcheck/api-platform';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../access/principal';
import { OpenedSession, SessionService } from '../sessions/session.service';
import { AppUser, emailKeyOf } from '../users/app-user.entity';
import { PasswordHasher } from '../users/password-hasher';
import { LOGIN_THROTTLE } from './login-throttle.policy';
import { LoginThrottleService, ThrottleKey } from './login-throttle.service';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export interface SignedIn extends OpenedSession {
  principal: Principal;
}

/**
 * Sign-in with email and password. Every refusal looks the same whether or not the email has an account
 * (same message, same argon2 work); only after the right password does a disabled account say so.
 */
@Injectable()
export class LoginService {
  private readonly logger = new Logger('LoginService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<SignedIn> {
    const user = await this.confirmPassword(email, password, client, 'login');
    const emailKey = user.emailKey;
    if (user.status === 'disabled') {
      await this.record('auth.login_refused_disabled', user.id, emailKey, client, 'login');
      throw new ApiException(403, 'ACCOUNT_DISABLED', 'This account is disabled.');
    }

    const signedIn = await this.dataSource.transaction(async (manager) => {
      if (user.passwordHash && this.hasher.needsRehash(user.passwordHash)) {
        await manager.update(AppUser, { id: user.id }, { passwordHash: await this.hasher.hash(password) });
      }
      const opened = await this.sessions.open(manager, user.id, 'password', client);
      await this.audit.record(manager, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        actorId: user.id,
        details: { method: 'password', ip: client.ip },
        requestId: client.requestId,
      });
      return { ...opened, principal: await this.sessions.principalOf(user, manager) };
    });
    return signedIn;
  }

  /**
   * The password check of every flow that takes one (sign-in, accepting an invitation into an existing
   * account): throttled per account and IP, failures audited, the same answer for unknown emails. Returns the
   * account (active or disabled) when the password is right.
   */
  async confirmPassword(email: string, password: string, client: ClientInfo, via: string): Promise<AppUser> {
    const emailKey = emailKeyOf(email);
    const keys: ThrottleKey[] = [
      { key: `account:${emailKey}`, limit: LOGIN_THROTTLE.account },
      { key: `ip:${client.ip ?? 'unknown'}`, limit: LOGIN_THROTTLE.ip },
    ];
    const wait = await this.throttle.lockedFor(keys);
    if (wait > 0) {
      // Not audited one by one (anyone could flood the append-only log); the lock itself is.
      this.logger.warn({ email: emailKey, ip: client.ip, via }, 'sign-in refused: throttled');
      throw throttled(wait);
    }
    const counts = await this.throttle.recordFailure(keys); // the attempt counts before the password is checked
    if (counts.some((count, index) => count > keys[index].limit.maxFailures)) {
      this.logger.warn({ email: emailKey, ip: client.ip, via }, 'sign-in refused: throttled');
      throw throttled((await this.throttle.lockedFor(keys)) || LOGIN_THROTTLE.account.lockMinutes * 60);
    }
    const user = await this.dataSource.manager.findOne(AppUser, { where: { emailKey } });
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || user.status === 'invited') {
      await this.record('auth.login_failed', user?.id ?? null, emailKey, client, via);
      if (counts.some((count, index) => count === keys[index].limit.maxFailures)) {
        await this.record('auth.login_locked', user?.id ?? null, emailKey, client, via);
      }
      throw new ApiException(401, 'INVALID_CREDENTIALS', 'Email or password is wrong.');
    }
    await this.throttle.release(keys[1]);
    await this.throttle.clear(keys[0].key);
    return user;
  }

  private async record(
    action: string,
    userId: string | null,
    emailKey: string,
    client: ClientInfo,
    via: string,
  ): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action,
        entityType: 'user',
        entityId: userId ?? 'unknown',
        actorId: null,
        details: { email: emailKey.slice(0, 254), ip: client.ip, via },
        requestId: client.requestId,
      }),
    );
  }
}

export function throttled(seconds: number): ApiException {
  return new ApiException(
    429,
    'LOGIN_THROTTLED',
    `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    { 'Retry-After': String(seconds) },
  );
}
