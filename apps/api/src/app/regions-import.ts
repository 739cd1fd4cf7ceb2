import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AuditService } from '@digitalcheck/api-audit';
import { formatReport, ReferenceSeedService, RegionImportService } from '@digitalcheck/api-regions';
import { parseCliArgs } from './cli-args';
import { createLogger, openDatabase, readConfig, StartupError } from './startup';

const USAGE = 'Usage: main.js regions:import FILE [--dry-run]';

export function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new StartupError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * `main.js regions:import FILE [--dry-run]` (`npm run regions:import -- FILE`): imports Gemeindeverbände or
 * Gemeinden from a CSV or GeoJSON file, all or nothing, and prints the report. Exit code 1 if the file or a
 * row is invalid (nothing is written then). Migrates and seeds first, so it also works on a fresh database.
 */
export async function regionsImport(args: string[] = process.argv.slice(3)): Promise<void> {
  const { file, flags } = parseCliArgs(args, USAGE, ['--dry-run'], []);
  const bytes = readInput(file);
  const config = readConfig();
  const dataSource = await openDatabase(config, createLogger({ ...config, logLevel: 'warn' }), true);
  try {
    await new ReferenceSeedService(dataSource).seed();
    const report = await new RegionImportService(dataSource, new AuditService()).importFile(bytes, basename(file), {
      dryRun: flags.has('--dry-run'),
    });
    process.stdout.write(formatReport(report));
    if (report.fileError || report.invalid.length > 0) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}
