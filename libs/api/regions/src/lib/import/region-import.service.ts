import { AuditService } from '@digitalcheck/api-audit';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { normaliseRegionKey, parentArsOf } from '@digitalcheck/shared-regions';
import { Region } from '../region.entity';
import { decodeText } from './decode-text';
import { ParsedFile } from './import-row';
import { emptyReport, ImportReport } from './import-report';
import { parseRegionCsv } from './parse-csv';
import { parseRegionGeoJson } from './parse-geojson';
import { planImport } from './plan-import';

export interface ImportOptions {
  dryRun?: boolean;
  actorId?: string | null;
}

/** GeoJSON if the text is a JSON object, otherwise `;`-separated CSV. */
function parseFile(text: string): ParsedFile {
  if (text.trimStart().startsWith('{')) {
    try {
      return parseRegionGeoJson(JSON.parse(text));
    } catch (error) {
      return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
    }
  }
  return parseRegionCsv(text);
}

/**
 * Imports Gemeindeverbände and Gemeinden from a file, all or nothing, in one transaction with its audit event.
 * Used by the CLI (`main.js regions:import`); the admin endpoint follows with the accounts module.
 */
@Injectable()
export class RegionImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  importFile(bytes: Buffer, file: string, options: ImportOptions = {}): Promise<ImportReport> {
    return this.dataSource.transaction((manager) => this.importIn(manager, bytes, file, options));
  }

  private async importIn(
    manager: EntityManager,
    bytes: Buffer,
    file: string,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const report = emptyReport(file, options.dryRun ?? false);
    const { text, encoding } = decodeText(bytes);
    report.encoding = encoding;
    const parsed = parseFile(text);
    if (!parsed.ok) return { ...report, fileError: parsed.error };
    report.format = parsed.format;
    if (parsed.rows.length === 0) return { ...report, fileError: 'The file has no rows.' };

    const keys = new Set<string>();
    for (const row of parsed.rows) {
      const result = normaliseRegionKey(row.key);
      for (let key = result.ok ? result.key.ars : null; key; key = parentArsOf(key)) keys.add(key);
    }
    const stored = await manager.find(Region, { where: { ars: In([...keys]) } });
    const plan = planImport(parsed.rows, new Map(stored.map((region) => [region.ars, region])));
    Object.assign(report, {
      created: plan.created,
      changed: plan.changed,
      unchanged: plan.unchanged,
      invalid: plan.invalid,
    });
    if (report.dryRun || plan.invalid.length > 0 || plan.upserts.length === 0) return report;

    // Parents before children, so the foreign key holds row by row.
    const ordered = [...plan.upserts].sort((a, b) => a.ars.length - b.ars.length);
    for (let start = 0; start < ordered.length; start += 1000) {
      await manager.upsert(Region, ordered.slice(start, start + 1000), ['ars']);
    }
    await this.audit.record(manager, {
      action: 'regions.imported',
      entityType: 'region-import',
      entityId: file.slice(-64),
      actorId: options.actorId ?? null,
      details: { format: report.format, created: plan.created.length, changed: plan.changed.length },
    });
    return { ...report, applied: true };
  }
}
