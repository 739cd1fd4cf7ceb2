import { type Actor, CurrentActor, CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import type {
  ResponseDetail,
  ResponseStatus,
  WaveDetail,
  WaveParticipation,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ResponsesService } from '../responses/responses.service';
import { type SignedInActor, WavesService } from '../waves/waves.service';
import { SurveyExceptionFilter } from './survey-exception';
import { WaveCreateBody, WaveExtendBody, WaveIdParams, WaveRegionParams, WaveUpdateBody } from './surveys.dto';

@ApiTags('waves')
@UseFilters(SurveyExceptionFilter)
@Controller('waves')
export class WavesController {
  constructor(
    private readonly waves: WavesService,
    private readonly responses: ResponsesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Waves the caller manages, or that invite one of their regions' })
  list(@CurrentPrincipal() principal: Principal): Promise<WaveSummary[]> {
    return this.waves.list(principal);
  }

  @Post()
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'Open a wave: a published questionnaire version, regions (keys and/or selectors), period' })
  create(@CurrentActor() actor: Actor, @Body() body: WaveCreateBody): Promise<WaveDetail> {
    return this.waves.create(signedIn(actor), body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One wave; respondents see only their own invited regions' })
  get(@CurrentPrincipal() principal: Principal, @Param() params: WaveIdParams): Promise<WaveDetail> {
    return this.waves.get(principal, params.id);
  }

  @Patch(':id')
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'Change a wave before its start (409 WAVE_STARTED afterwards)' })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: WaveIdParams,
    @Body() body: WaveUpdateBody,
  ): Promise<WaveDetail> {
    return this.waves.update(signedIn(actor), params.id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'Close a wave now: no more answer changes or submits' })
  close(@CurrentActor() actor: Actor, @Param() params: WaveIdParams): Promise<WaveDetail> {
    return this.waves.close(signedIn(actor), params.id);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'A later end date (also after the end date has passed; not after a close)' })
  extend(
    @CurrentActor() actor: Actor,
    @Param() params: WaveIdParams,
    @Body() body: WaveExtendBody,
  ): Promise<WaveDetail> {
    return this.waves.extend(signedIn(actor), params.id, body.endsAt);
  }

  @Get(':id/participation')
  @Roles('ADMIN', 'STATE_ANALYST')
  @ApiOperation({ summary: 'Invited, started and submitted ("n von N") and every region’s state, for reminders' })
  participation(@CurrentPrincipal() principal: Principal, @Param() params: WaveIdParams): Promise<WaveParticipation> {
    return this.waves.participation(principal, params.id);
  }

  @Get(':id/responses/mine')
  @ApiOperation({ summary: 'The caller’s invited regions in this wave with their response (if opened)' })
  mine(
    @CurrentPrincipal() principal: Principal,
    @Param() params: WaveIdParams,
  ): Promise<Array<{ regionArs: string; responseId: string | null; status: ResponseStatus | null }>> {
    return this.responses.mine(principal, params.id);
  }

  @Post(':id/regions/:ars/response')
  @HttpCode(200)
  @ApiOperation({ summary: 'Get or create the response of an invited region (respondents of the region create it)' })
  open(@CurrentActor() actor: Actor, @Param() params: WaveRegionParams): Promise<ResponseDetail> {
    return this.responses.open(signedIn(actor), params.id, params.ars);
  }
}

/** The guard has made sure someone is signed in on every non-public route. */
export function signedIn(actor: Actor): SignedInActor {
  if (!actor.principal) throw new Error('AuthGuard let an anonymous request through');
  return actor as SignedInActor;
}
