import { AuditService } from '@digitalcheck/api-audit';
import {
  AppUser,
  type ClientInfo,
  emailKeyOf,
  LoginService,
  PasswordHasher,
  RoleAssignment,
  SessionService,
  type SignedIn,
  tokenHash,
} from '@digitalcheck/api-auth';
import { ApiException, ApiValidationException } from '@digitalcheck/api-platform';
import { type InvitationPreview, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@digitalcheck/shared-contracts';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { InvitationAcceptanceBody } from '../http/accounts.dto';
import { Invitation } from './invitation.entity';
import { toInvitationSummaries } from './invitation-mapping';
import { invitationStatus, unusable } from './invitation-state';

/** The invitee's side: look at an invitation, then accept it (setting a password) and be signed in. */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async inspect(token: string): Promise<InvitationPreview> {
    const manager = this.dataSource.manager;
    const invitation = await this.usable(manager, token);
    const [summary] = await toInvitationSummaries(manager, [invitation]);
    const user = await manager.findOne(AppUser, { where: { emailKey: invitation.email } });
    return {
      email: invitation.email,
      role: invitation.role,
      regionName: summary.regionName,
      expiresAt: summary.expiresAt,
      accountExists: user !== null && user.status !== 'invited',
    };
  }

  async accept(body: InvitationAcceptanceBody, client: ClientInfo): Promise<SignedIn> {
    // An existing account confirms with its password, checked like a sign-in (throttled, failures audited),
    // outside the transaction so that a refusal is still counted and logged.
    const invited = await this.usable(this.dataSource.manager, body.token);
    const existing = await this.dataSource.manager.findOne(AppUser, { where: { emailKey: invited.email } });
    if (existing && existing.status !== 'invited') {
      await this.login.confirmPassword(existing.email, body.password, client, 'invitation');
    }
    const newHash =
      body.password.length >= PASSWORD_MIN_LENGTH && body.password.length <= PASSWORD_MAX_LENGTH
        ? await this.hasher.hash(body.password)
        : null;
    return this.dataSource.transaction(async (manager) => {
      // Row lock: of two concurrent acceptances of one link, the second sees it accepted.
      const invitation = await this.usable(manager, body.token, true);
      const user = await manager.findOne(AppUser, {
        where: { emailKey: emailKeyOf(invitation.email) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw unusable('unknown'); // the invited account was removed
      // The password was checked (or not needed) for the account as it was before the transaction; if it
      // has been set up since (another link, single sign-on), the check no longer holds.
      if (user.status !== 'invited' && existing?.status === 'invited') {
        throw new ConflictException('The account was set up meanwhile: open the link again and confirm its password.');
      }
      if (user.status === 'disabled') throw new ApiException(403, 'ACCOUNT_DISABLED', 'This account is disabled.');
      if (user.status === 'invited') {
        const errors = [];
        if (!newHash) {
          errors.push({
            field: 'password',
            code: 'isLength',
            message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
          });
        }
        if (!body.displayName?.trim()) {
          errors.push({ field: 'displayName', code: 'isNotEmpty', message: 'displayName is required' });
        }
        if (errors.length > 0) throw new ApiValidationException(errors);
        await manager.update(
          AppUser,
          { id: user.id },
          { passwordHash: newHash, displayName: body.displayName?.trim(), status: 'active' },
        );
      } else if (existing?.id !== user.id) {
        throw unusable('unknown'); // the account changed under us: ask for a fresh start
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(RoleAssignment)
        .values({ userId: user.id, role: invitation.role, regionArs: invitation.regionArs, source: 'local' })
        .orIgnore()
        .execute();
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date(), acceptedBy: user.id });
      await this.audit.record(manager, {
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        actorId: user.id,
        regionArs: invitation.regionArs || null,
        details: { email: invitation.email, role: invitation.role, newAccount: user.status === 'invited' },
        requestId: client.requestId,
      });
      const fresh = await manager.findOneOrFail(AppUser, { where: { id: user.id } });
      const opened = await this.sessions.open(manager, user.id, 'password', client);
      return { ...opened, principal: await this.sessions.principalOf(fresh, manager) };
    });
  }

  private async usable(manager: EntityManager, token: string, lock = false): Promise<Invitation> {
    const invitation = await manager.findOne(Invitation, {
      where: { tokenHash: tokenHash(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!invitation) throw unusable('unknown');
    const status = invitationStatus(invitation);
    if (status !== 'pending') throw unusable(status);
    return invitation;
  }
}
