import { type Actor, CurrentActor, CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type { BulkInvitationReport, InvitationSummary, IssuedInvitation, Page } from '@digitalcheck/shared-contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { BulkInvitationsService } from '../invitations/bulk-invitations.service';
import { InvitationsService } from '../invitations/invitations.service';
import { BulkInvitationBody, IdParams, InvitationBody, ListInvitationsQuery } from './accounts.dto';
import { managing } from './users.controller';

@ApiTags('invitations')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly bulk: BulkInvitationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Invitations for regions the caller manages, newest first' })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ListInvitationsQuery,
  ): Promise<Page<InvitationSummary>> {
    return this.invitations.list(principal, query);
  }

  @Post()
  @ApiOperation({ summary: 'Invite a person for a region (or Land); the answer carries the link once' })
  create(@CurrentActor() actor: Actor, @Body() body: InvitationBody): Promise<IssuedInvitation> {
    return this.invitations.create(managing(actor), body);
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({ summary: 'Invitations from CSV (region;email); all or nothing; dryRun only reports' })
  createBulk(@CurrentActor() actor: Actor, @Body() body: BulkInvitationBody): Promise<BulkInvitationReport> {
    return this.bulk.run(managing(actor), body);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new link and expiry; the old link stops working' })
  resend(@CurrentActor() actor: Actor, @Param() params: IdParams): Promise<IssuedInvitation> {
    return this.invitations.resend(managing(actor), params.id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a pending invitation' })
  revoke(@CurrentActor() actor: Actor, @Param() params: IdParams): Promise<InvitationSummary> {
    return this.invitations.revoke(managing(actor), params.id);
  }
}
