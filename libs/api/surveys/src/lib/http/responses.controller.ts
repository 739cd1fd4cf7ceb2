import { type Actor, CurrentActor, CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type { ResponseComparison, ResponseDetail, ResponseResult, SavedAnswer } from '@digitalcheck/shared-contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Put, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ResponseComparisonService } from '../comparison/response-comparison.service';
import { ResponsesService } from '../responses/responses.service';
import { SurveyExceptionFilter } from './survey-exception';
import { AnswerParams, AnswerSaveBody, ResponseIdParams, ResponseReopenBody } from './surveys.dto';
import { signedIn } from './waves.controller';

@ApiTags('responses')
@UseFilters(SurveyExceptionFilter)
@Controller('responses')
export class ResponsesController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly comparisons: ResponseComparisonService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'Answers with versions, status and progress per section' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: ResponseIdParams): Promise<ResponseDetail> {
    return this.responses.detail(principal, params.id);
  }

  @Put(':id/answers/:questionCode')
  @ApiOperation({
    summary: 'Autosave one answer on top of baseVersion (409 ANSWER_CONFLICT with the current answer otherwise)',
  })
  save(
    @CurrentActor() actor: Actor,
    @Param() params: AnswerParams,
    @Body() body: AnswerSaveBody,
  ): Promise<SavedAnswer> {
    return this.responses.saveAnswer(signedIn(actor), params.id, params.questionCode, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit: every visible required question answered (422 lists the codes); scores stored' })
  submit(@CurrentActor() actor: Actor, @Param() params: ResponseIdParams): Promise<ResponseDetail> {
    return this.responses.submit(signedIn(actor), params.id);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'Reopen a submitted response, with a reason' })
  reopen(
    @CurrentActor() actor: Actor,
    @Param() params: ResponseIdParams,
    @Body() body: ResponseReopenBody,
  ): Promise<ResponseDetail> {
    return this.responses.reopen(signedIn(actor), params.id, body.reason);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'Publish a submitted response' })
  publish(@CurrentActor() actor: Actor, @Param() params: ResponseIdParams): Promise<ResponseDetail> {
    return this.responses.publish(signedIn(actor), params.id);
  }

  @Get(':id/result')
  @ApiOperation({ summary: 'The scores and derived indicators stored at submit' })
  result(@CurrentPrincipal() principal: Principal, @Param() params: ResponseIdParams): Promise<ResponseResult> {
    return this.responses.result(principal, params.id);
  }

  @Get(':id/comparison')
  @ApiOperation({
    summary: 'Scores against the peer group median and the Land mean of the wave (groups under 3 suppressed)',
  })
  comparison(@CurrentPrincipal() principal: Principal, @Param() params: ResponseIdParams): Promise<ResponseComparison> {
    return this.comparisons.compare(principal, params.id);
  }
}
