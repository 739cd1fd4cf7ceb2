import type { RawCellValue, RawColumnType } from '../raw/raw-columns';

/** A date as CSV text: `YYYY-MM-DD` for dates, `YYYY-MM-DDTHH:MM:SSZ` (UTC) for timestamps. */
export function csvDateText(value: Date, type: RawColumnType): string {
  const iso = value.toISOString();
  return type === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/** The cells of a CSV line: dates as ISO text, the rest as they are (csvLine types and neutralises them). */
export function csvCells(values: readonly RawCellValue[], types: readonly RawColumnType[]): (string | number | null)[] {
  return values.map((value, index) =>
    value instanceof Date ? csvDateText(value, types[index] ?? 'timestamp') : value,
  );
}
