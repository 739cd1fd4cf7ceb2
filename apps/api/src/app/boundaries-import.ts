import { basename } from 'node:path';
import { AuditService } from '@digitalcheck/api-audit';
import { BoundaryImportService, formatBoundaryReport, ReferenceSeedService } from '@digitalcheck/api-regions';
import { REGION_LEVELS, type RegionLevel } from '@digitalcheck/shared-contracts';
import { parseCliArgs } from './cli-args';
import { readInput } from './regions-import';
import { createLogger, openDatabase, readConfig, StartupError } from './startup';

const USAGE =
  'Usage: main.js boundaries:import FILE --level LAND|KREIS|GEMEINDEVERBAND|GEMEINDE [--land 07] ' +
  '[--source TEXT] [--reference-date YYYY-MM-DD] [--attribution TEXT] [--dry-run]';
export const BKG_ATTRIBUTION = '© GeoBasis-DE / BKG 2021 (Daten verändert)';

/** `main.js boundaries:import FILE --level KREIS …`: stores a GeoJSON/TopoJSON file as the level's pack. */
export async function boundariesImport(args: string[] = process.argv.slice(3)): Promise<void> {
  const { file, flags, options } = parseCliArgs(
    args,
    USAGE,
    ['--dry-run'],
    ['--level', '--land', '--source', '--reference-date', '--attribution'],
  );
  const level = options.get('--level') as RegionLevel | undefined;
  const referenceDate = options.get('--reference-date') ?? new Date().toISOString().slice(0, 10);
  if (!level || !REGION_LEVELS.includes(level) || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new StartupError(USAGE);
  }
  const bytes = readInput(file);
  const config = readConfig();
  const dataSource = await openDatabase(config, createLogger({ ...config, logLevel: 'warn' }), true);
  try {
    await new ReferenceSeedService(dataSource).seed();
    const report = await new BoundaryImportService(dataSource, new AuditService()).importFile(bytes, basename(file), {
      level,
      landArs: options.get('--land') ?? null,
      source: options.get('--source') ?? basename(file),
      referenceDate,
      attribution: options.get('--attribution') ?? BKG_ATTRIBUTION,
      dryRun: flags.has('--dry-run'),
    });
    process.stdout.write(formatBoundaryReport(report));
    if (report.fileError || report.invalid.length > 0) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}
