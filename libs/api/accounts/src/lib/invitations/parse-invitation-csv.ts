import { parse } from 'csv-parse/sync';

export interface InvitationCsvRow {
  line: number;
  region: string;
  email: string;
}

const REGION_COLUMNS = ['region', 'ars', 'regionalschluessel', 'regionalschlüssel', 'schluessel', 'schlüssel', 'ags'];
const EMAIL_COLUMNS = ['email', 'e-mail', 'mail', 'e_mail'];
export const MAX_BULK_ROWS = 2_000;

/**
 * Reads `region;email` rows (`,` also accepted; header names in German or English, any order). Throws an
 * Error naming the problem when the header lacks a column; row problems are left to the
 * caller, which reports them per line.
 */
export function parseInvitationCsv(text: string): InvitationCsvRow[] {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const records = parse(clean, {
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const header = (records[0]?.record ?? []).map((cell) => cell.toLowerCase());
  const regionAt = header.findIndex((cell) => REGION_COLUMNS.includes(cell));
  const emailAt = header.findIndex((cell) => EMAIL_COLUMNS.includes(cell));
  if (regionAt < 0 || emailAt < 0) {
    throw new Error('the first line must name the columns "region" and "email" (separated by ; or ,)');
  }
  if (records.length - 1 > MAX_BULK_ROWS) throw new Error(`at most ${MAX_BULK_ROWS} rows per file`);
  return records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    region: record[regionAt] ?? '',
    email: record[emailAt] ?? '',
  }));
}
