import { AuditService } from '@digitalcheck/api-audit';
import type { Role } from '@digitalcheck/shared-contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppUser, emailKeyOf } from './app-user.entity';
import { PasswordHasher } from './password-hasher';
import { RoleAssignment } from './role-assignment.entity';

export interface AccountSpec {
  email: string;
  displayName: string;
  password: string;
  grants: Array<{ role: Role; regionArs: string }>;
}

/** Creates accounts outside the invitation flow: the first admin (env or CLI) and the demo accounts. */
@Injectable()
export class AccountProvisioningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async hasAdmin(): Promise<boolean> {
    return (await this.dataSource.manager.count(RoleAssignment, { where: { role: 'ADMIN' } })) > 0;
  }

  /**
   * Creates the account with its grants if the email is new; an existing account is left exactly as it is
   * (its password is never overwritten by a restart). Returns whether it was created.
   */
  async ensure(spec: AccountSpec, reason: string): Promise<boolean> {
    const passwordHash = await this.hasher.hash(spec.password);
    return this.dataSource.transaction(async (manager) => {
      const emailKey = emailKeyOf(spec.email);
      if (await manager.exists(AppUser, { where: { emailKey } })) return false;
      const user = await manager.save(
        AppUser,
        manager.create(AppUser, {
          email: spec.email.trim(),
          emailKey,
          displayName: spec.displayName,
          passwordHash,
          status: 'active',
        }),
      );
      await this.grant(manager, user.id, spec.grants);
      await this.audit.record(manager, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        details: { email: user.email, grants: spec.grants, reason },
      });
      return true;
    });
  }

  private async grant(manager: EntityManager, userId: string, grants: AccountSpec['grants']): Promise<void> {
    for (const grant of grants) {
      await manager.insert(RoleAssignment, { userId, role: grant.role, regionArs: grant.regionArs, source: 'local' });
    }
  }
}
