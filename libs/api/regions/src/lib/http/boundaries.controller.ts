import { Public } from '@digitalcheck/api-auth';
import type { BoundaryPackInfo } from '@digitalcheck/shared-contracts';
import { Controller, Get, Headers, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { BoundariesService } from '../boundaries/boundaries.service';
import { BoundaryLevelParams, BoundaryQuery } from './boundary.params';

/** Public reference data like the regions themselves: no login (see docs/REGIONS.md). */
@ApiTags('boundaries')
@Public()
@Controller('boundaries')
export class BoundariesController {
  constructor(private readonly boundaries: BoundariesService) {}

  @Get()
  @ApiOperation({ summary: 'The imported boundary packs, with the attribution each map must show' })
  list(): Promise<BoundaryPackInfo[]> {
    return this.boundaries.packs();
  }

  @Get(':level')
  @ApiOperation({ summary: 'TopoJSON of one level (object `regions`, ids = ARS), optionally one Land; ETag/304, gzip' })
  async get(
    @Param() params: BoundaryLevelParams,
    @Query() query: BoundaryQuery,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const etag = await this.boundaries.etagOf(params.level, query.land);
    if (!etag) throw new NotFoundException(`No boundaries have been imported for ${params.level}.`);
    // no-cache: the browser keeps the map but asks every time; an unchanged pack costs a 304 without a body.
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('ETag', etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      response.status(304).end();
      return;
    }
    const body = await this.boundaries.body(params.level, query.land);
    if (!body) throw new NotFoundException(`No boundaries have been imported for ${params.level}.`);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (/\bgzip\b/.test(acceptEncoding ?? '')) {
      response.setHeader('Content-Encoding', 'gzip');
      response.status(200).end(body.gzip);
    } else {
      response.status(200).end(body.json);
    }
  }
}
