import { AuditModule } from '@digitalcheck/api-audit';
import { AuthModule } from '@digitalcheck/api-auth';
import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log/audit-log.service';
import { AuditLogController } from './http/audit-log.controller';
import { InvitationAcceptanceController } from './http/invitation-acceptance.controller';
import { InvitationsController } from './http/invitations.controller';
import { UsersController } from './http/users.controller';
import { BulkInvitationsService } from './invitations/bulk-invitations.service';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service';
import { InvitationsService } from './invitations/invitations.service';
import { UsersService } from './users/users.service';

/** Managing people: users and their scopes, invitations, and the audit log view. */
@Module({
  imports: [AuditModule, AuthModule],
  // The acceptance controller comes first: its static routes (inspect, accept) must win over :id routes.
  controllers: [InvitationAcceptanceController, InvitationsController, UsersController, AuditLogController],
  providers: [UsersService, InvitationsService, BulkInvitationsService, InvitationAcceptanceService, AuditLogService],
})
export class AccountsModule {}
