import { parse } from 'csv-parse/sync';
import { ImportRow, ParsedFile } from './import-row';

/** Header names (lower case, trimmed) per field; the first column that matches wins. */
const HEADERS = {
  key: [
    'ars',
    'rs',
    'regionalschlüssel',
    'amtlicher regionalschlüssel',
    'ags',
    'gemeindeschlüssel',
    'schlüssel',
    'key',
  ],
  name: ['name', 'gen', 'gemeindename', 'gemeindeverbandsname', 'bezeichnung'],
  kind: ['kind', 'bez', 'art', 'typ', 'gemeindeverbandsart', 'gemeindeart'],
  population: ['population', 'einwohner', 'einwohnerzahl', 'bevölkerung', 'ewz', 'insgesamt'],
} as const;

function columnOf(header: string[], names: readonly string[]): number {
  const normalised = header.map((cell) => cell.trim().toLowerCase());
  for (const name of names) {
    const index = normalised.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** "12.345" or "12 345" (German thousands separators) → 12345; empty → null; anything else → NaN. */
function parsePopulation(text: string | undefined): number | null {
  const cleaned = (text ?? '').replace(/[.\s]/g, '');
  return cleaned === '' ? null : /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** `;`-separated CSV with a header row (see docs/REGIONS.md for the accepted column names). */
export function parseRegionCsv(text: string): ParsedFile {
  let records: string[][];
  try {
    records = parse(text, { delimiter: ';', relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { ok: false, error: `The CSV cannot be read: ${(error as Error).message}` };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, error: 'The file is empty.' };
  const key = columnOf(header, HEADERS.key);
  const name = columnOf(header, HEADERS.name);
  if (key < 0) return { ok: false, error: `No key column: expected one of ${HEADERS.key.join(', ')} (";"-separated).` };
  if (name < 0) return { ok: false, error: `No name column: expected one of ${HEADERS.name.join(', ')}.` };
  const kind = columnOf(header, HEADERS.kind);
  const population = columnOf(header, HEADERS.population);
  const rows: ImportRow[] = body.map((record, index) => ({
    line: index + 2,
    key: record[key] ?? '',
    name: record[name] ?? '',
    kind: kind >= 0 ? record[kind] || null : null,
    ...(population >= 0 && { population: parsePopulation(record[population]) }),
  }));
  return { ok: true, format: 'csv', rows };
}
