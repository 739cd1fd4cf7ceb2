import { Public } from '@digitalcheck/api-auth';
import type {
  QuestionnaireDiffResponse,
  QuestionnaireSummary,
  QuestionnaireVersionDetail,
  ScorePreviewResponse,
} from '@digitalcheck/shared-contracts';
import {
  type AnswerValidationResult,
  comparableQuestions,
  type DefinitionDiff,
  diffDefinitions,
  type QuestionnaireDefinition,
  type ResponseScore,
  scoreResponse,
  validateAnswers,
} from '@digitalcheck/shared-scoring';
import { Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { QuestionnaireVersion } from '../questionnaire-version.entity';
import { QuestionnairesService } from '../questionnaires.service';
import { toDetail, toSummaries } from './questionnaire-mapping';
import { DiffQuery, QuestionnaireParams, QuestionnaireVersionParams, ScorePreviewBody } from './questionnaire.dto';

/** Questionnaire definitions are public (the questions are no secret); see docs/SECURITY.md. */
@ApiTags('questionnaires')
@Public()
@Controller('questionnaires')
export class QuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Get()
  @ApiOperation({ summary: 'Every questionnaire with its versions and their status' })
  async list(): Promise<QuestionnaireSummary[]> {
    return toSummaries(await this.questionnaires.list());
  }

  @Get(':id/versions/:version')
  @ApiOperation({ summary: 'One version: the definition and its metadata' })
  async version(
    @Param() params: QuestionnaireVersionParams,
  ): Promise<QuestionnaireVersionDetail<QuestionnaireDefinition>> {
    return toDetail(await this.found(params.id, params.version));
  }

  @Get(':id/versions/:version/export')
  @ApiOperation({ summary: 'The definition as a JSON download' })
  async export(@Param() params: QuestionnaireVersionParams, @Res() response: Response): Promise<void> {
    const row = await this.found(params.id, params.version);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${row.questionnaireId}-v${row.version}.json"`);
    response.send(`${JSON.stringify(row.definition, null, 2)}\n`);
  }

  @Get(':id/diff')
  @ApiOperation({ summary: 'What changed between two versions, and which questions stay comparable' })
  async diff(
    @Param() params: QuestionnaireParams,
    @Query() query: DiffQuery,
  ): Promise<QuestionnaireDiffResponse<DefinitionDiff>> {
    const older = await this.found(params.id, query.from);
    const newer = await this.found(params.id, query.to);
    const diff = diffDefinitions(older.definition, newer.definition);
    return {
      questionnaireId: params.id,
      from: query.from,
      to: query.to,
      diff,
      comparableQuestions: comparableQuestions(diff),
    };
  }

  @Post(':id/versions/:version/score-preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Validates and scores answers against a version; stores nothing' })
  async scorePreview(
    @Param() params: QuestionnaireVersionParams,
    @Body() body: ScorePreviewBody,
  ): Promise<ScorePreviewResponse<AnswerValidationResult, ResponseScore>> {
    const { definition } = await this.found(params.id, params.version);
    const context = body.referencePopulation === undefined ? {} : { referencePopulation: body.referencePopulation };
    return {
      validation: validateAnswers(definition, body.answers, { forSubmit: false }),
      submitValidation: validateAnswers(definition, body.answers, { forSubmit: true }),
      score: scoreResponse(definition, body.answers, context),
    };
  }

  private async found(id: string, version: number): Promise<QuestionnaireVersion> {
    const row = await this.questionnaires.find(id, version);
    if (!row) throw new NotFoundException(`There is no questionnaire ${id} version ${version}.`);
    return row;
  }
}
