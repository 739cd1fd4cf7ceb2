import { type Actor, CurrentActor, CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type { Page, UserSummary } from '@digitalcheck/shared-contracts';
import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UsersService } from '../users/users.service';
import { IdParams, ListUsersQuery, ScopeBody, UserStatusBody } from './accounts.dto';

/** Admins manage everyone; state analysts the people of their Länder. Others' accounts answer 404. */
@ApiTags('users')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Accounts the caller manages, filtered by name/email and status' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListUsersQuery): Promise<Page<UserSummary>> {
    return this.users.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: IdParams): Promise<UserSummary> {
    return this.users.get(principal, params.id);
  }

  @Patch(':id/status')
  @ApiOperation({ summary: 'Disable (ends its sessions) or re-enable an account' })
  setStatus(
    @CurrentActor() actor: Actor,
    @Param() params: IdParams,
    @Body() body: UserStatusBody,
  ): Promise<UserSummary> {
    return this.users.setStatus(managing(actor), params.id, body.status);
  }

  @Post(':id/scopes')
  @ApiOperation({ summary: 'Grant a role for a region (within the caller’s Länder)' })
  addScope(@CurrentActor() actor: Actor, @Param() params: IdParams, @Body() body: ScopeBody): Promise<UserSummary> {
    return this.users.addScope(managing(actor), params.id, body);
  }

  @Delete(':id/scopes')
  @ApiOperation({ summary: 'Withdraw a role for a region' })
  removeScope(@CurrentActor() actor: Actor, @Param() params: IdParams, @Body() body: ScopeBody): Promise<UserSummary> {
    return this.users.removeScope(managing(actor), params.id, body);
  }
}

/** On @Roles routes the guard has made sure someone is signed in. */
export function managing(actor: Actor): Actor & { principal: Principal } {
  if (!actor.principal) throw new Error('AuthGuard let an anonymous request through');
  return actor as Actor & { principal: Principal };
}
