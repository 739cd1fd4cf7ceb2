import { AuditService } from '@digitalcheck/api-audit';
import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import { ApiException } from '@digitalcheck/api-platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { ClientInfo } from '../login/login.service';
import { LOGIN_THROTTLE } from '../login/login-throttle.policy';
import { LoginThrottleService } from '../login/login-throttle.service';
import { passwordResetMail } from '../mail/mail-texts';
import { Mailer } from '../mail/mailer';
import { SessionService } from '../sessions/session.service';
import { randomToken, tokenHash } from '../tokens';
import { AppUser, emailKeyOf } from '../users/app-user.entity';
import { PasswordHasher } from '../users/password-hasher';
import { PasswordResetToken } from './password-reset-token.entity';

const VALID_MINUTES = 60;

/** "Passwort vergessen": a single-use, one-hour link by mail; using it ends every session of the account. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
  ) {}

  /** Always resolves the same way: whether the email has an account is never revealed. */
  async request(email: string, client: ClientInfo): Promise<void> {
    const emailKey = emailKeyOf(email);
    const user = await this.dataSource.manager.findOne(AppUser, { where: { emailKey } });
    // Accounts that sign in through the identity provider only have no password to reset (and must not get
    // one behind the provider's back).
    if (!user || user.status !== 'active' || !user.passwordHash) return;
    const key = { key: `reset:${emailKey}`, limit: LOGIN_THROTTLE.reset };
    if ((await this.throttle.lockedFor([key])) > 0) return; // mail bombing: silently no more mails this hour
    await this.throttle.recordFailure([key]);
    const token = randomToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordResetToken, {
        tokenHash: tokenHash(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000),
      });
      await this.audit.record(manager, {
        action: 'auth.password_reset_requested',
        entityType: 'user',
        entityId: user.id,
        actorId: null,
        details: { ip: client.ip },
        requestId: client.requestId,
      });
    });
    const link = `${this.config.auth.publicUrl}/passwort-zuruecksetzen?token=${token}`;
    try {
      await this.mailer.send(passwordResetMail(user.email, link, VALID_MINUTES));
    } catch (error) {
      // The person sees the same answer either way; operators see the failure.
      this.logger.error({ err: error, userId: user.id }, 'password reset mail could not be sent');
    }
  }

  /** Sets the new password if the token is live; marks it used and ends every session of the account. */
  async complete(token: string, password: string, client: ClientInfo): Promise<void> {
    const invalid = () => new ApiException(400, 'RESET_TOKEN_INVALID', 'The reset link is invalid or has expired.');
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(PasswordResetToken, {
        where: { tokenHash: tokenHash(token), usedAt: IsNull() },
        relations: { user: true },
      });
      if (!row?.user || row.expiresAt <= new Date() || row.user.status !== 'active') throw invalid();
      // Conditional update: of two concurrent uses of one link, exactly one gets affected = 1.
      const used = await manager.update(
        PasswordResetToken,
        { tokenHash: row.tokenHash, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      if (used.affected !== 1) throw invalid();
      // Any other links of the account stop working too.
      await manager.update(PasswordResetToken, { userId: row.userId, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.update(AppUser, { id: row.userId }, { passwordHash });
      const ended = await this.sessions.closeAllOf(manager, row.userId);
      await this.audit.record(manager, {
        action: 'auth.password_reset',
        entityType: 'user',
        entityId: row.userId,
        actorId: row.userId,
        details: { sessionsEnded: ended, ip: client.ip },
        requestId: client.requestId,
      });
    });
  }
}
