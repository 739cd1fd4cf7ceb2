import { CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type {
  AnalyticsFilter,
  AnalyticsHeatmap,
  AnalyticsOverview,
  AnalyticsQuestionDistribution,
  AnalyticsRanking,
} from '@digitalcheck/shared-contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnalyticsService } from '../analytics.service';
import {
  AnalyticsDistributionQuery,
  AnalyticsFilterQuery,
  AnalyticsQuestionParams,
  AnalyticsRankingQuery,
  AnalyticsWaveParams,
} from './analytics.dto';

export function filterOf(query: AnalyticsFilterQuery): AnalyticsFilter {
  return {
    landArs: query.landArs ?? null,
    level: query.level ?? null,
    kind: query.kind ?? null,
    sizeClass: query.sizeClass ?? null,
    regionArs: [...new Set(query.regionArs ?? [])].sort(),
  };
}

/** Analytics of a wave for admins and the analysts of a Land (their regions only); respondents 403. */
@ApiTags('analytics')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('analytics/waves/:id')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('overview')
  @ApiOperation({ summary: 'Participation (n von N), KPI tiles with n and base, index and field distributions' })
  overview(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsWaveParams,
    @Query() query: AnalyticsFilterQuery,
  ): Promise<AnalyticsOverview> {
    return this.analytics.overview(principal, params.id, filterOf(query));
  }

  @Get('ranking')
  @ApiOperation({ summary: 'Regions ranked by the overall index or a field score' })
  ranking(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsWaveParams,
    @Query() query: AnalyticsRankingQuery,
  ): Promise<AnalyticsRanking> {
    return this.analytics.ranking(principal, params.id, filterOf(query), query.by ?? 'index');
  }

  @Get('heatmap')
  @ApiOperation({ summary: 'Regions × fields: every submitted response’s field scores' })
  heatmap(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsWaveParams,
    @Query() query: AnalyticsFilterQuery,
  ): Promise<AnalyticsHeatmap> {
    return this.analytics.heatmap(principal, params.id, filterOf(query));
  }

  @Get('questions/:questionCode/distribution')
  @ApiOperation({ summary: 'Answer distribution of one question, optionally split by kind or size class' })
  distribution(
    @CurrentPrincipal() principal: Principal,
    @Param() params: AnalyticsQuestionParams,
    @Query() query: AnalyticsDistributionQuery,
  ): Promise<AnalyticsQuestionDistribution> {
    const { splitBy, ...filter } = query;
    return this.analytics.questionDistribution(
      principal,
      params.id,
      filterOf(filter),
      params.questionCode,
      splitBy ?? null,
    );
  }
}
