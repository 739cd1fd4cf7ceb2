import { AuditModule } from '@digitalcheck/api-audit';
import { ReportsModule } from '@digitalcheck/api-reports';
import { SurveysModule } from '@digitalcheck/api-surveys';
import { Module } from '@nestjs/common';
import { MeasureCatalogue } from './drafts/measure-catalogue';
import { StrategyDraftsService } from './drafts/strategy-drafts.service';
import { StrategyDocumentService } from './export/strategy-document.service';
import { StrategyExportService } from './export/strategy-export.service';
import { StrategyPlansController } from './http/strategy-plans.controller';
import { StrategyController } from './http/strategy.controller';
import { StrategyPlansService } from './plans/strategy-plans.service';

/** The region's Digitalstrategie draft, its versions and exports, and the Land's view of the plans (issue 9). */
@Module({
  imports: [AuditModule, SurveysModule, ReportsModule],
  controllers: [StrategyController, StrategyPlansController],
  providers: [
    MeasureCatalogue,
    StrategyDraftsService,
    StrategyDocumentService,
    StrategyExportService,
    StrategyPlansService,
  ],
})
export class StrategyModule {}
