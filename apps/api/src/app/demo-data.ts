import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditService } from '@digitalcheck/api-audit';
import {
  BoundaryImportService,
  ReferenceSeedService,
  RegionImportService,
  type BoundaryImportOptions,
} from '@digitalcheck/api-regions';
import type pino from 'pino';
import type { DataSource } from 'typeorm';
import { BKG_ATTRIBUTION } from './boundaries-import';

/** main.js lives in dist/apps/api; the shared data folder sits beside the workspace. */
export const DEMO_GEO_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'geo');

const BKG = { source: 'BKG VG5000 (simplified)', referenceDate: '2021-01-01', attribution: BKG_ATTRIBUTION };
const BOUNDARIES: Array<[string, Pick<BoundaryImportOptions, 'level' | 'landArs'>]> = [
  ['laender_vg5000_simplified.geojson', { level: 'LAND' }],
  ['kreise_400_vg5000_simplified.geojson', { level: 'KREIS' }],
  ['rlp_verbandsgemeinden_vg5000_simplified.geojson', { level: 'GEMEINDEVERBAND', landArs: '07' }],
];

export function demoDataWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['DEMO_DATA'] === 'true';
}

/**
 * DEMO_DATA=true: import the RLP Verbandsgemeinden and the Länder, Kreise and VG boundaries from the shared
 * geo folder at start-up. Idempotent (unchanged files write nothing) and skipped, with a log line, if the
 * folder is missing: the data is not part of the product's repository.
 */
export async function importDemoData(dataSource: DataSource, logger: pino.Logger, dir = DEMO_GEO_DIR): Promise<void> {
  if (!existsSync(dir)) {
    logger.warn({ dir }, 'DEMO_DATA=true but the geo folder is missing; no demo map data imported');
    return;
  }
  if (await dataSource.showMigrations()) {
    logger.warn('DEMO_DATA=true but migrations are pending; no demo map data imported');
    return;
  }
  const audit = new AuditService();
  await new ReferenceSeedService(dataSource).seed();
  const vgFile = 'rlp_verbandsgemeinden_vg5000_simplified.geojson';
  const regions = await new RegionImportService(dataSource, audit).importFile(readFileSync(join(dir, vgFile)), vgFile);
  logger.info({ created: regions.created.length, changed: regions.changed.length }, 'demo regions imported');
  const boundaries = new BoundaryImportService(dataSource, audit);
  for (const [file, options] of BOUNDARIES) {
    const report = await boundaries.importFile(readFileSync(join(dir, file)), file, { ...BKG, ...options });
    logger.info({ file, applied: report.applied, features: report.featureCount }, 'demo boundaries imported');
  }
}
