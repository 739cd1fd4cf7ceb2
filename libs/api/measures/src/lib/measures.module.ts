import { AuditModule } from '@digitalcheck/api-audit';
import { SurveysModule } from '@digitalcheck/api-surveys';
import { Module } from '@nestjs/common';
import { MeasuresController } from './http/measures.controller';
import { RecommendationsController } from './http/recommendations.controller';
import { MeasuresService } from './measures.service';
import { RecommendationsService } from './recommendations/recommendations.service';

/** The catalogue of measures and the recommendations for a submitted response (issue 9). */
@Module({
  imports: [AuditModule, SurveysModule],
  controllers: [MeasuresController, RecommendationsController],
  providers: [MeasuresService, RecommendationsService],
  exports: [MeasuresService, RecommendationsService],
})
export class MeasuresModule {}
