import type { Principal } from '@digitalcheck/api-auth';
import { ApiException } from '@digitalcheck/api-platform';
import { DefinitionCache, ResponsesService, SurveyException, type SurveyWave } from '@digitalcheck/api-surveys';
import type { Recommendations } from '@digitalcheck/shared-contracts';
import { type Answers, recommendMeasures } from '@digitalcheck/shared-scoring';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MeasuresService } from '../measures.service';

/**
 * Recommendations for a submitted (or published) response: the ranking and the measures come from shared-scoring
 * (recommendMeasures, docs/STRATEGY.md), on the scores stored at submit and the response's answers. Who may read
 * them is decided exactly as for the response's result (ResponsesService.submitted): the region's respondents, the
 * Land's analysts and admins; anyone else gets 404.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponsesService,
    private readonly definitions: DefinitionCache,
    private readonly measures: MeasuresService,
  ) {}

  async forResponse(principal: Principal, responseId: string): Promise<Recommendations> {
    const response = await this.responses.submitted(principal, responseId).catch((error: unknown) => {
      if (error instanceof SurveyException && error.code === 'RESPONSE_STATUS') {
        throw new ApiException(
          409,
          'RESPONSE_NOT_SUBMITTED',
          'The response has not been submitted; recommendations follow the submit.',
        );
      }
      throw error;
    });
    const wave = response.wave as SurveyWave;
    const manager = this.dataSource.manager;
    const [definition, answerRows, regionRows, measures] = await Promise.all([
      this.definitions.forWave(manager, wave.questionnaireId, wave.questionnaireVersion),
      manager.query(
        `SELECT "question_code", "value" FROM "survey_answer" WHERE "response_id" = $1 AND "value" IS NOT NULL`,
        [responseId],
      ) as Promise<Array<{ question_code: string; value: unknown }>>,
      manager.query(`SELECT "name" FROM "region" WHERE "ars" = $1`, [response.regionArs]) as Promise<
        Array<{ name: string }>
      >,
      this.measures.list({ includeArchived: false }),
    ]);
    const answers: Answers = Object.fromEntries(
      answerRows.map((row) => [row.question_code, row.value as Answers[string]]),
    );
    const { formula, fields } = recommendMeasures(definition, answers, response.score, measures);
    return {
      responseId: response.id,
      waveId: wave.id,
      waveTitle: wave.title,
      regionArs: response.regionArs,
      regionName: regionRows[0]?.name ?? response.regionArs,
      formula,
      fields,
    };
  }
}
