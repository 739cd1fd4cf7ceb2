import { createHash } from 'node:crypto';
import { AuditService } from '@digitalcheck/api-audit';
import type { RegionLevel } from '@digitalcheck/shared-contracts';
import { normaliseRegionKey } from '@digitalcheck/shared-regions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Feature, FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { DataSource, EntityManager } from 'typeorm';
import { Region } from '../region.entity';
import { BoundaryPack } from './boundary-pack.entity';
import { BOUNDARY_KEY_PROPERTIES, geometryProblem, readFeatures } from './read-features';

export interface BoundaryImportOptions {
  level: RegionLevel;
  source: string;
  referenceDate: string;
  attribution: string;
  /** Limits the pack (and the "regions without geometry" check) to one Land. */
  landArs?: string | null;
  dryRun?: boolean;
}

export interface BoundaryImportReport {
  file: string;
  level: RegionLevel;
  applied: boolean;
  unchanged: boolean;
  fileError: string | null;
  keyProperty: string | null;
  featureCount: number;
  invalid: Array<{ feature: number; key: string; reason: string }>;
  /** Features whose key names no region of the level; left out of the pack. */
  unmatched: string[];
  /** Regions of the level (and Land) that got no geometry. */
  withoutGeometry: string[];
  bytes: number;
  etag: string | null;
}

/** Quantisation of the stored TopoJSON: 1e4 steps per axis is ~50 m across Germany, far below the simplification. */
export const QUANTIZATION = 1e4;

function keyOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Imports map geometry for one level as a pack; all or nothing, audited in the same transaction. */
@Injectable()
export class BoundaryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  importFile(bytes: Buffer, file: string, options: BoundaryImportOptions): Promise<BoundaryImportReport> {
    return this.dataSource.transaction((manager) => this.importIn(manager, bytes.toString('utf8'), file, options));
  }

  private async importIn(
    manager: EntityManager,
    text: string,
    file: string,
    options: BoundaryImportOptions,
  ): Promise<BoundaryImportReport> {
    const report: BoundaryImportReport = {
      file,
      level: options.level,
      applied: false,
      unchanged: false,
      fileError: null,
      keyProperty: null,
      featureCount: 0,
      invalid: [],
      unmatched: [],
      withoutGeometry: [],
      bytes: 0,
      etag: null,
    };
    const read = readFeatures(text);
    if (!read.ok) return { ...report, fileError: read.error };
    const keyProperty = BOUNDARY_KEY_PROPERTIES.find(
      (name) => read.features.length > 0 && read.features.every((f) => keyOf(f.properties?.[name]) !== ''),
    );
    if (!keyProperty) {
      return {
        ...report,
        fileError: `No key property in every feature: expected ${BOUNDARY_KEY_PROPERTIES.join(', ')}.`,
      };
    }
    report.keyProperty = keyProperty;

    const where = options.landArs ? { level: options.level, landArs: options.landArs } : { level: options.level };
    const regions = new Map((await manager.find(Region, { where })).map((region) => [region.ars, region]));
    const features: Feature[] = [];
    const seen = new Set<string>();
    read.features.forEach((source, index) => {
      const raw = keyOf(source.properties?.[keyProperty]);
      const key = normaliseRegionKey(raw, options.level);
      const problem = !key.ok
        ? key.message
        : !key.key.ars
          ? 'not a key of this level'
          : geometryProblem(source.geometry);
      const ars = key.ok ? key.key.ars : null;
      if (problem || !ars) {
        report.invalid.push({ feature: index + 1, key: raw, reason: problem ?? 'not a key of this level' });
        return;
      }
      if (seen.has(ars)) {
        report.invalid.push({ feature: index + 1, key: raw, reason: `duplicate key ${ars}` });
        return;
      }
      seen.add(ars);
      const region = regions.get(ars);
      if (!region) {
        report.unmatched.push(ars);
        return;
      }
      features.push({
        type: 'Feature',
        id: region.ars,
        properties: { ars: region.ars, name: region.name },
        geometry: source.geometry,
      });
    });
    report.withoutGeometry = [...regions.keys()].filter((ars) => !seen.has(ars)).sort();
    report.featureCount = features.length;
    if (report.invalid.length > 0 || features.length === 0) {
      return features.length === 0 && report.invalid.length === 0
        ? { ...report, fileError: 'No feature matches a region of this level.' }
        : report;
    }

    features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
    const collection: FeatureCollection = { type: 'FeatureCollection', features };
    const topologyText = JSON.stringify(topology({ regions: collection }, QUANTIZATION));
    const etag = createHash('sha256').update(topologyText).update('\0').update(options.attribution).digest('base64url');
    Object.assign(report, { bytes: Buffer.byteLength(topologyText), etag });
    const stored = await manager.findOneBy(BoundaryPack, { level: options.level });
    if (stored?.etag === etag && stored.source === options.source && stored.referenceDate === options.referenceDate) {
      return { ...report, unchanged: true };
    }
    if (options.dryRun) return report;
    await manager.save(BoundaryPack, {
      level: options.level,
      landArs: options.landArs ?? null,
      source: options.source,
      referenceDate: options.referenceDate,
      attribution: options.attribution,
      topology: topologyText,
      etag,
      featureCount: features.length,
    });
    await this.audit.record(manager, {
      action: 'boundaries.imported',
      entityType: 'boundary-pack',
      entityId: options.level,
      details: { file, featureCount: features.length, unmatched: report.unmatched.length, etag },
    });
    return { ...report, applied: true };
  }
}

export function formatBoundaryReport(report: BoundaryImportReport): string {
  if (report.fileError) return `${report.file}: ${report.fileError}\nNothing was written.\n`;
  const lines = [
    `${report.file} (${report.level}, key ${report.keyProperty}): ${report.featureCount} geometries, ` +
      `${report.unmatched.length} features without a region, ${report.withoutGeometry.length} regions without geometry, ` +
      `${report.invalid.length} invalid; ${report.bytes} bytes of TopoJSON.`,
    ...report.invalid.map((row) => `  invalid feature ${row.feature} (${row.key || 'no key'}): ${row.reason}`),
    ...(report.unmatched.length ? [`  no region for: ${report.unmatched.join(', ')}`] : []),
    ...(report.withoutGeometry.length ? [`  no geometry for: ${report.withoutGeometry.join(', ')}`] : []),
  ];
  if (report.invalid.length > 0) lines.push('Nothing was written: fix the invalid features and import again.');
  else if (report.unchanged) lines.push('Nothing to change: the stored pack is identical.');
  else if (report.applied) lines.push('Applied in one transaction.');
  else lines.push('Dry run: nothing was written.');
  return `${lines.join('\n')}\n`;
}
