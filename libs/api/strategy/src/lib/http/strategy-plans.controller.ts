import { CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type { StrategyPlans } from '@digitalcheck/shared-contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { StrategyPlansService } from '../plans/strategy-plans.service';
import { StrategyPlansQuery, WaveIdParams } from './strategy.dto';

/** The Land's view of what the drafts plan (issue 9), for admins and the analysts of a Land; respondents 403. */
@ApiTags('analytics')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('analytics/waves/:id')
export class StrategyPlansController {
  constructor(private readonly plans: StrategyPlansService) {}

  @Get('strategy-plans')
  @ApiOperation({ summary: 'Drafts, focus fields and chosen measures across the regions (latest version each)' })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: WaveIdParams,
    @Query() query: StrategyPlansQuery,
  ): Promise<StrategyPlans> {
    return this.plans.plans(principal, params.id, query.landArs ?? null);
  }
}
