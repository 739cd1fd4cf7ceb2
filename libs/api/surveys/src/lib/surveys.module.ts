import { AuditModule } from '@digitalcheck/api-audit';
import { Module } from '@nestjs/common';
import { ResponseComparisonService } from './comparison/response-comparison.service';
import { DefinitionCache } from './definitions/definition-cache';
import { ResponsesController } from './http/responses.controller';
import { WavesController } from './http/waves.controller';
import { ResponsesService } from './responses/responses.service';
import { WavesService } from './waves/waves.service';

/** Survey waves and responses: autosave with per-question versions, submit, reopen, publish; results against peer group and Land (issue 6). */
@Module({
  imports: [AuditModule],
  controllers: [WavesController, ResponsesController],
  providers: [DefinitionCache, WavesService, ResponsesService, ResponseComparisonService],
  exports: [WavesService, ResponsesService, ResponseComparisonService, DefinitionCache],
})
export class SurveysModule {}
