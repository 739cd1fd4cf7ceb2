import type { RegionImportReport } from '@digitalcheck/shared-contracts';

export type ImportReport = RegionImportReport;

export function emptyReport(file: string, dryRun: boolean): ImportReport {
  return {
    file,
    format: null,
    encoding: null,
    dryRun,
    applied: false,
    fileError: null,
    created: [],
    changed: [],
    unchanged: 0,
    invalid: [],
  };
}

/** A few lines for the CLI: totals, then every invalid row and every change with its line number. */
export function formatReport(report: ImportReport): string {
  if (report.fileError) return `${report.file}: ${report.fileError}\nNothing was written.\n`;
  const lines = [
    `${report.file} (${report.format}, ${report.encoding}): ${report.created.length} new, ${report.changed.length} changed, ` +
      `${report.unchanged} unchanged, ${report.invalid.length} invalid.`,
    ...report.invalid.map((row) => `  invalid line ${row.line} (${row.key || 'no key'}): ${row.reason}`),
    ...report.created.map((row) => `  new line ${row.line}: ${row.ars} ${row.name}`),
    ...report.changed.map(
      (row) =>
        `  changed line ${row.line}: ${row.ars} ${Object.entries(row.changes)
          .map(([field, [before, after]]) => `${field} ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
          .join(', ')}`,
    ),
  ];
  if (report.invalid.length > 0) lines.push('Nothing was written: fix the invalid rows and import again.');
  else if (report.dryRun) lines.push('Dry run: nothing was written.');
  else if (report.applied) lines.push('Applied in one transaction.');
  else lines.push('Nothing to change.');
  return `${lines.join('\n')}\n`;
}
