import { SurveysModule } from '@digitalcheck/api-surveys';
import { Module } from '@nestjs/common';
import { AnalyticsService } from './analytics.service';
import { AnalyticsController } from './http/analytics.controller';

/** Analytics of survey waves for admins and state analysts (issue 7): aggregates computed in SQL. */
@Module({
  imports: [SurveysModule],
  controllers: [AnalyticsController],
  providers: [AnalyticsService],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
