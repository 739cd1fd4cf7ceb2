import { CurrentPrincipal, type Principal } from '@digitalcheck/api-auth';
import type { Recommendations } from '@digitalcheck/shared-contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecommendationsService } from '../recommendations/recommendations.service';
import { MeasureIdParams } from './measures.dto';

@ApiTags('responses')
@Controller('responses')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get(':id/recommendations')
  @ApiOperation({
    summary:
      'Fields of action ranked by priority × gap and measures per field, each with a reason (submitted responses; ' +
      '409 RESPONSE_NOT_SUBMITTED otherwise)',
  })
  get(@CurrentPrincipal() principal: Principal, @Param() params: MeasureIdParams): Promise<Recommendations> {
    return this.recommendations.forResponse(principal, params.id);
  }
}
