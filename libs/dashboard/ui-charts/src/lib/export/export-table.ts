/**
 * The data behind a chart, as its CSV/XLSX export holds it: typed columns (numbers stay numbers, so a
 * spreadsheet can compute with them) and one row per mark. Every chart builds one from its inputs.
 */
export type ExportCellKind = 'text' | 'number';

export interface ExportColumn {
  header: string;
  kind: ExportCellKind;
}

export type ExportCell = string | number | null;

export interface ChartExportTable {
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}

export function textColumn(header: string): ExportColumn {
  return { header, kind: 'text' };
}

export function numberColumn(header: string): ExportColumn {
  return { header, kind: 'number' };
}

/** Header and cells of the comparison charts (grouped bars, radar, trend): one row per group, one column per series. */
export function seriesTable(
  groupHeader: string,
  groups: readonly { label: string }[],
  series: readonly { label: string; values: readonly (number | null)[] }[],
): ChartExportTable {
  return {
    columns: [textColumn(groupHeader), ...series.map((entry) => numberColumn(entry.label))],
    rows: groups.map((group, g) => [group.label, ...series.map((entry) => entry.values[g] ?? null)]),
  };
}
