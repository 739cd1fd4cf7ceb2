import { Public } from '@digitalcheck/api-auth';
import { ApiValidationException } from '@digitalcheck/api-platform';
import type { Page, RegionDetail, RegionSummary } from '@digitalcheck/shared-contracts';
import { normaliseRegionKey } from '@digitalcheck/shared-regions';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegionsService } from '../regions.service';
import { ListRegionsQuery } from './list-regions.query';

/** Public reference data (official keys, names, boundaries): open without signing in, see docs/SECURITY.md. */
@ApiTags('regions')
@Public()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: 'Regions filtered by level, Land, kind, parent or a search term; sorted by ARS' })
  list(@Query() query: ListRegionsQuery): Promise<Page<RegionSummary>> {
    return this.regions.list(query);
  }

  @Get(':ars')
  @ApiOperation({ summary: 'One region (ARS, or an 8-digit AGS) with its parents, child counts and peer group' })
  async detail(@Param('ars') ars: string): Promise<RegionDetail> {
    const key = normaliseRegionKey(ars);
    if (!key.ok) throw new ApiValidationException([{ field: 'ars', code: key.code, message: key.message }]);
    const canonical = key.key.ars ?? key.key.ags ?? ars;
    const region = await this.regions.detail(canonical);
    if (!region) throw new NotFoundException(`There is no region ${canonical}.`);
    return region;
  }
}
