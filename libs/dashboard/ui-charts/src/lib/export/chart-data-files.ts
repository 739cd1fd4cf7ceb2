/**
 * The data behind a chart as files: CSV (UTF-8 with BOM, German Excel or international dialect, via
 * shared-export) and XLSX (exceljs, loaded on first use: typed cells, bold frozen header row, column widths,
 * a metadata sheet). Text cells and headers that a spreadsheet would read as formulas are neutralised.
 */
import { type CsvDialect, neutraliseFormula, toCsv } from '@digitalcheck/shared-export';
import type { ChartExportTable, ExportCell } from './export-table';
import { type ChartExportMeta, metadataRows } from './export-meta';

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function chartCsv(table: ChartExportTable, dialect: CsvDialect): string {
  return toCsv(
    table.columns.map((column) => column.header),
    table.rows.map((row) => row.map((cell, i) => typedCell(cell, table.columns[i]?.kind ?? 'text'))),
    dialect,
  );
}

/** Numbers are rounded to this many decimals (scores are 0–100; medians come with float noise). */
export const EXPORT_DECIMALS = 2;

/** A number column's cell is a number (rounded) or empty; anything else is text. */
function typedCell(cell: ExportCell, kind: 'text' | 'number'): ExportCell {
  if (cell === null) return null;
  if (kind === 'number') return typeof cell === 'number' && Number.isFinite(cell) ? roundExport(cell) : null;
  return String(cell);
}

/** Decimal rounding as on screen (1.005 → 1.01; binary arithmetic would give 1). */
const ROUNDING = new Intl.NumberFormat('en-US', { maximumFractionDigits: EXPORT_DECIMALS, useGrouping: false });

export function roundExport(value: number): number {
  return Number(ROUNDING.format(value));
}

/** Excel's limit for the text of one cell; longer text makes it call the workbook damaged. */
export const XLSX_CELL_LIMIT = 32_767;
const SHORTENED = ' … (gekürzt)';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const cleaned = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'Daten').slice(0, 31);
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export function columnWidth(texts: readonly string[]): number {
  const longest = texts.reduce((max, text) => Math.max(max, text.length), 0);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

export async function chartXlsx(table: ChartExportTable, meta: ChartExportMeta): Promise<Blob> {
  return new Blob([await chartWorkbook(table, meta)], { type: XLSX_TYPE });
}

/** The workbook's bytes: sheet "Daten" (typed, bold frozen header, widths) and sheet "Metadaten". */
export async function chartWorkbook(table: ChartExportTable, meta: ChartExportMeta): Promise<ArrayBuffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Digitalcheck Kommune';
  workbook.created = meta.exportedAt;

  const data = workbook.addWorksheet(sheetName($localize`:XLSX sheet with the chart data@@export.sheet.data:Daten`), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  data.addRow(table.columns.map((column) => neutraliseFormula(column.header))).font = { bold: true };
  for (const row of table.rows) {
    data.addRow(row.map((cell, i) => xlsxCell(typedCell(cell, table.columns[i]?.kind ?? 'text'))));
  }
  table.columns.forEach((column, i) => {
    const texts = [column.header, ...table.rows.map((row) => displayText(row[i] ?? null))];
    const sheetColumn = data.getColumn(i + 1);
    sheetColumn.width = columnWidth(texts);
  });

  const info = workbook.addWorksheet(sheetName($localize`:XLSX sheet with the metadata@@export.sheet.meta:Metadaten`));
  for (const [label, value] of metadataRows(meta, table.rows.length)) {
    info.addRow([neutraliseFormula(label), typeof value === 'number' ? value : neutraliseFormula(value)]);
  }
  info.getColumn(1).font = { bold: true };
  info.getColumn(1).width = 24;
  info.getColumn(2).width = 90;

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

type ExcelJs = typeof import('exceljs');

/** exceljs is CommonJS: bundlers hand it over as the module's default export, jest as the module itself. */
async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return loaded.default?.Workbook ? loaded.default : loaded;
}

function xlsxCell(cell: ExportCell): string | number | null {
  if (typeof cell !== 'string') return cell;
  const text = neutraliseFormula(cell);
  return text.length > XLSX_CELL_LIMIT ? text.slice(0, XLSX_CELL_LIMIT - SHORTENED.length) + SHORTENED : text;
}

function displayText(cell: ExportCell): string {
  return cell === null ? '' : String(cell);
}
