import { type Actor, CurrentActor, Roles } from '@digitalcheck/api-auth';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { exportFileName } from '@digitalcheck/shared-export';
import { landCodeOf } from '@digitalcheck/shared-regions';
import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { codebookLines } from '../raw/codebook';
import { RawExportService, toRawResponse } from '../raw/raw-export.service';
import { CsvDataWriter, writeCodebookCsv } from '../writers/csv-writers';
import type { RawExportWriter } from '../writers/raw-export-writer';
import { XlsxWriter } from '../writers/xlsx-writer';
import { signedIn } from './export-records.controller';
import { RawExportParams, RawExportQuery } from './exports.dto';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The raw data of a wave for admins and the Land's analysts; streamed, recorded as `export.raw`. */
@ApiTags('exports')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('exports/waves/:id')
export class RawExportController {
  private readonly logger = new Logger(RawExportController.name);

  constructor(private readonly exports: RawExportService) {}

  @Get('responses')
  @ApiOperation({
    summary: 'All responses of a wave in a Land, one row per region, as XLSX (data, codebook, metadata) or CSV',
  })
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
  async responses(
    @CurrentActor() caller: Actor,
    @Param() params: RawExportParams,
    @Query() query: RawExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const actor = signedIn(caller);
    const format = query.format ?? 'xlsx';
    const part = query.part ?? 'data';
    const dialect = query.dialect ?? 'de';
    if (format === 'xlsx' && (query.part !== undefined || query.dialect !== undefined)) {
      throw new ApiValidationException([
        {
          field: query.part !== undefined ? 'part' : 'dialect',
          code: 'csvOnly',
          message: 'part and dialect apply to format=csv; the XLSX holds data, codebook and metadata as sheets',
        },
      ]);
    }
    // Everything that can fail with an error answer happens before the first byte.
    const plan = await this.exports.plan(actor.principal, params.id, query.land ?? null);
    const suffix = part === 'codebook' ? 'codebuch' : 'rohdaten';
    const fileName = exportFileName(
      [plan.landArs ? (landCodeOf(plan.landArs) ?? plan.landArs) : 'de', plan.wave.title, suffix],
      format,
    );
    response.status(200);
    response.setHeader('Content-Type', CONTENT_TYPES[format]);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');

    const codebook = codebookLines(plan.layout.definition);
    let rows = 0;
    try {
      if (part === 'codebook') {
        await writeCodebookCsv(response, codebook, dialect);
        rows = codebook.length;
      } else {
        const writer: RawExportWriter =
          format === 'xlsx' ? await XlsxWriter.open(response) : new CsvDataWriter(response, dialect);
        await writer.begin(plan.layout.columns);
        for await (const page of this.exports.pages(actor.principal, plan)) {
          for (const row of page) await writer.row(plan.layout.row(toRawResponse(row)));
          rows += page.length;
          await writer.pause();
        }
        await writer.end(codebook, {
          waveTitle: plan.wave.title,
          waveId: plan.wave.id,
          land: plan.landLabel,
          questionnaire: `${plan.wave.questionnaireId}, Version ${plan.wave.questionnaireVersion}`,
          exportedAt: new Date(),
          rows,
        });
      }
    } catch (error) {
      // The status line has gone out: the only way to tell the client is to break the download off.
      this.logger.warn(`raw export of wave ${plan.wave.id} broken off after ${rows} rows: ${String(error)}`);
      response.destroy();
      return;
    }
    await this.exports.record(actor, plan, { format, part, dialect: format === 'csv' ? dialect : null, rows });
  }
}
