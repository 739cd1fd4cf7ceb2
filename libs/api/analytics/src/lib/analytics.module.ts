import { SurveysModule } from '@digitalcheck/api-surveys';
import { Module } from '@nestjs/common';
import { AnalyticsService } from './analytics.service';
import { AnalyticsController } from './http/analytics.controller';
import { AnalyticsTrendsController } from './http/analytics-trends.controller';
import { RegionProfileService } from './region-profile.service';
import { TrendsService } from './trends.service';

/** Analytics of survey waves for admins and state analysts (issue 7): aggregates computed in SQL. */
@Module({
  imports: [SurveysModule],
  controllers: [AnalyticsController, AnalyticsTrendsController],
  providers: [AnalyticsService, RegionProfileService, TrendsService],
  exports: [AnalyticsService, RegionProfileService],
})
export class AnalyticsModule {}
