import { type Actor, CurrentActor, Roles, SameSiteDownloadGuard } from '@digitalcheck/api-auth';
import { ApiException, ApiValidationException, ConcurrencyLimit, QueueFullError } from '@digitalcheck/api-platform';
import { exportFileName } from '@digitalcheck/shared-export';
import { landCodeOf } from '@digitalcheck/shared-regions';
import { Controller, Get, Logger, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CsvDialect } from '@digitalcheck/shared-export';
import type { RawExportFormat, RawExportPart } from '@digitalcheck/shared-contracts';
import { type CodebookLine, codebookLines } from '../raw/codebook';
import { type RawExportPlan, RawExportService, toRawResponse } from '../raw/raw-export.service';
import type { SignedInActor } from '../records/export-records.service';
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
const RAW_EXPORTS_RUNNING = 2;
const RAW_EXPORTS_WAITING = 4;
const BUSY_RETRY_SECONDS = 30;

@ApiTags('exports')
@Roles('ADMIN', 'STATE_ANALYST')
@UseGuards(SameSiteDownloadGuard)
@Controller('exports/waves/:id')
export class RawExportController {
  private readonly logger = new Logger(RawExportController.name);

  /** A national XLSX holds some 50 MB while it is written: two run at once, four may wait, more get 503. */
  private readonly limit = new ConcurrencyLimit(RAW_EXPORTS_RUNNING, RAW_EXPORTS_WAITING);

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
    const codebook = codebookLines(plan.layout.definition);
    const planned = part === 'codebook' ? codebook.length : await this.exports.count(actor.principal, plan);
    try {
      await this.limit.run(async () => {
        // Recorded before the first byte: an export broken off by the client is in the audit log too, and one
        // that cannot be recorded is not handed over (the error answer goes out instead).
        await this.exports.record(actor, plan, {
          format,
          part,
          dialect: format === 'csv' ? dialect : null,
          rows: planned,
        });
        await this.write(response, actor, plan, { format, part, dialect, fileName, codebook });
      });
    } catch (error) {
      if (!(error instanceof QueueFullError)) throw error;
      throw new ApiException(
        503,
        'EXPORT_BUSY',
        'Gerade laufen zu viele Rohdaten-Exporte. Bitte versuchen Sie es in einer halben Minute erneut.',
        { 'Retry-After': String(BUSY_RETRY_SECONDS) },
      );
    }
  }

  private async write(
    response: Response,
    actor: SignedInActor,
    plan: RawExportPlan,
    file: {
      format: RawExportFormat;
      part: RawExportPart;
      dialect: CsvDialect;
      fileName: string;
      codebook: CodebookLine[];
    },
  ): Promise<void> {
    const { format, part, dialect, fileName, codebook } = file;
    response.status(200);
    response.setHeader('Content-Type', CONTENT_TYPES[format]);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    response.setHeader('Cache-Control', 'no-store');

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
    }
  }
}
