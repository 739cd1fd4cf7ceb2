import { AnalyticsModule } from '@digitalcheck/api-analytics';
import { AuditModule } from '@digitalcheck/api-audit';
import { Module } from '@nestjs/common';
import { ReportsController } from './http/reports.controller';
import { ReportRendererService } from './report-renderer.service';
import { ReportsService } from './reports.service';

/** PDF reports per Land and per region, printed from the dashboard by Chromium (issue 8, docs/REPORTS.md). */
@Module({
  imports: [AnalyticsModule, AuditModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportRendererService],
  exports: [ReportRendererService],
})
export class ReportsModule {}
