import { type Actor, CurrentActor, Roles } from '@digitalcheck/api-auth';
import type { Measure } from '@digitalcheck/shared-contracts';
import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MeasuresService } from '../measures.service';
import { MeasureCreateBody, MeasureIdParams, MeasureListQuery, MeasureUpdateBody } from './measures.dto';

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Get()
  @ApiOperation({ summary: 'The catalogue of measures (signed in): by field of action, archived ones on request' })
  list(@Query() query: MeasureListQuery): Promise<Measure[]> {
    return this.measures.list({ field: query.field, includeArchived: query.includeArchived === 'true' });
  }

  @Post()
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Add a measure (admin); audited as measure.created' })
  create(@CurrentActor() actor: Actor, @Body() body: MeasureCreateBody): Promise<Measure> {
    return this.measures.create(actor, { ...inputOf(body), archived: body.archived ?? false });
  }

  @Put(':id')
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Replace a measure on top of baseVersion (admin; 409 MEASURE_CONFLICT when stale); archived=true archives',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param() params: MeasureIdParams,
    @Body() body: MeasureUpdateBody,
  ): Promise<Measure> {
    return this.measures.update(actor, params.id, { ...inputOf(body), archived: body.archived }, body.baseVersion);
  }
}

function inputOf(body: MeasureCreateBody | MeasureUpdateBody) {
  return {
    code: body.code,
    field: body.field,
    title: body.title,
    description: body.description,
    effort: body.effort,
    costMin: body.costMin,
    costMax: body.costMax,
    prerequisite: body.prerequisite,
    improves: body.improves,
    example: { title: body.example.title, description: body.example.description },
  };
}
