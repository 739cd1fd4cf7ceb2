import { type Actor, CurrentActor, Roles } from '@digitalcheck/api-auth';
import { ApiValidationException, readRawBody } from '@digitalcheck/api-platform';
import type { RegionImportReport } from '@digitalcheck/shared-contracts';
import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RegionImportService } from '../import/region-import.service';
import { RegionImportQuery } from './region-import.query';

/** Large enough for the whole Gemeindeverzeichnis (about 11,000 Gemeinden) or a Land's GeoJSON. */
export const MAX_IMPORT_BYTES = 50 * 1_048_576;

@ApiTags('regions')
@Roles('ADMIN')
@Controller('regions')
export class RegionImportController {
  constructor(private readonly imports: RegionImportService) {}

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('text/csv', 'application/geo+json', 'application/octet-stream')
  @ApiOperation({
    summary:
      'Import Gemeindeverbände/Gemeinden from a Destatis CSV (UTF-8 or Latin-1) or GeoJSON (the file as the body); ' +
      'all or nothing; dryRun=true only reports',
  })
  async import(
    @CurrentActor() actor: Actor,
    @Query() query: RegionImportQuery,
    @Req() request: Request,
  ): Promise<RegionImportReport> {
    const bytes = await readRawBody(request, MAX_IMPORT_BYTES);
    if (bytes.length === 0) {
      throw new ApiValidationException([{ field: 'body', code: 'isNotEmpty', message: 'send the file as the body' }]);
    }
    return this.imports.importFile(bytes, query.file ?? 'upload', {
      dryRun: query.dryRun === 'true',
      actorId: actor.principal?.userId ?? null,
    });
  }
}
