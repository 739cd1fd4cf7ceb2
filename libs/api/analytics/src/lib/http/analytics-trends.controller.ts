import { CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type {
  AnalyticsQuestionTrend,
  AnalyticsRegionProfile,
  AnalyticsRegionTrend,
} from '@digitalcheck/shared-contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegionProfileService } from '../region-profile.service';
import { TrendsService } from '../trends.service';
import { filterOf } from './analytics.controller';
import {
  AnalyticsQuestionTrendParams,
  AnalyticsQuestionTrendQuery,
  AnalyticsRegionParams,
  AnalyticsRegionTrendParams,
} from './analytics-trends.dto';

/** A region's profile in a wave and trends over waves, for admins and the analysts of a Land; respondents 403. */
@ApiTags('analytics')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('analytics')
export class AnalyticsTrendsController {
  constructor(
    private readonly profiles: RegionProfileService,
    private readonly trends: TrendsService,
  ) {}

  @Get('waves/:id/regions/:ars')
  @ApiOperation({
    summary: 'One invited region in a wave: scores against peer group and Land (median, quartiles, rank), indicators',
  })
  profile(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsRegionParams,
  ): Promise<AnalyticsRegionProfile> {
    return this.profiles.profile(principal, params.id, params.ars);
  }

  @Get('regions/:ars/trend')
  @ApiOperation({ summary: 'A region’s index and field scores in every wave that invited it, oldest first' })
  regionTrend(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsRegionTrendParams,
  ): Promise<AnalyticsRegionTrend> {
    return this.trends.regionTrend(principal, params.ars);
  }

  @Get('questions/:questionCode/trend')
  @ApiOperation({ summary: 'Answer distribution of one question over 2–10 waves, marked comparable or not' })
  questionTrend(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsQuestionTrendParams,
    @Query() query: AnalyticsQuestionTrendQuery,
  ): Promise<AnalyticsQuestionTrend> {
    const { waveId, ...filter } = query;
    return this.trends.questionTrend(principal, params.questionCode, waveId, filterOf(filter));
  }
}
