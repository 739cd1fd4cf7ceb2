/**
 * CSV for spreadsheets, UTF-8 with BOM and CRLF. Two dialects: German Excel (`;` separator, decimal comma,
 * the default) and international (`,` separator, decimal point). Text cells are neutralised against
 * formula injection; numbers are written as numbers in the dialect's notation.
 */
import { neutraliseFormula } from './formula-guard';

export type CsvDialect = 'de' | 'international';

export const CSV_DIALECTS: readonly CsvDialect[] = ['de', 'international'];

export type CsvValue = string | number | boolean | Date | null | undefined;

export const CSV_BOM = '\uFEFF';

const SEPARATOR: Record<CsvDialect, string> = { de: ';', international: ',' };

export function csvSeparator(dialect: CsvDialect): string {
  return SEPARATOR[dialect];
}

export function csvNumber(value: number, dialect: CsvDialect): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return dialect === 'de' ? text.replace('.', ',') : text;
}

export function csvCell(value: CsvValue | object, dialect: CsvDialect = 'de'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value, dialect);
  const raw =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : typeof value === 'boolean'
          ? value
            ? 'ja'
            : 'nein'
          : value;
  const text = neutraliseFormula(raw);
  const separator = SEPARATOR[dialect];
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line with its CRLF, for streaming writers. */
export function csvLine(cells: readonly (CsvValue | object)[], dialect: CsvDialect = 'de'): string {
  return `${cells.map((cell) => csvCell(cell, dialect)).join(SEPARATOR[dialect])}\r\n`;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (CsvValue | object)[])[],
  dialect: CsvDialect = 'de',
): string {
  return CSV_BOM + [header, ...rows].map((row) => csvLine(row, dialect)).join('');
}
