import { type Actor, CurrentActor, Roles } from '@digitalcheck/api-auth';
import { ApiValidationException } from '@digitalcheck/api-platform';
import type { QuestionnaireImportResult, QuestionnairePublishResult } from '@digitalcheck/shared-contracts';
import { Body, Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { QuestionnairesService } from '../questionnaires.service';
import { toDetail } from './questionnaire-mapping';
import { QuestionnaireVersionParams } from './questionnaire.dto';

/** Import and publish: administrators only, audited (the CLI does the same for operators). */
@ApiTags('questionnaires')
@Roles('ADMIN')
@Controller('questionnaires')
export class QuestionnaireAdminController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @Post('import')
  @HttpCode(200)
  @ApiBody({
    description:
      'A questionnaire definition (JSON Schema: libs/shared/scoring/src/schema/questionnaire-definition.schema.json)',
  })
  @ApiOperation({
    summary: 'Validate a definition and store it as a draft; 400 lists every error with its JSON path',
  })
  async import(@CurrentActor() actor: Actor, @Body() definition: unknown): Promise<QuestionnaireImportResult> {
    const result = await this.questionnaires.import(definition, actor.principal?.userId ?? null);
    if (result.outcome === 'invalid') {
      throw new ApiValidationException(
        result.errors.map((error) => ({ field: error.path || '/', code: error.code, message: error.message })),
      );
    }
    return result;
  }

  @Post(':id/versions/:version/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a draft version; a published version never changes again' })
  async publish(
    @CurrentActor() actor: Actor,
    @Param() params: QuestionnaireVersionParams,
  ): Promise<QuestionnairePublishResult> {
    const result = await this.questionnaires.publish(params.id, params.version, actor.principal?.userId ?? null);
    if (!result) throw new NotFoundException(`There is no questionnaire ${params.id} version ${params.version}.`);
    const { definition: _definition, ...meta } = toDetail(result.version);
    return { outcome: result.outcome, version: meta };
  }
}
