import type { ReadQuery } from './probed-api';

/** Per table of the application schema: its row count and an md5 over all its rows in a fixed order. */
export type Fingerprint = Record<string, string>;

/** The application's tables (schema `public`), minus those a test lets change. */
export async function applicationTables(read: ReadQuery, excluded: readonly string[]): Promise<string[]> {
  const rows = await read<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename).filter((name) => !excluded.includes(name));
}

export async function fingerprint(read: ReadQuery, tables: readonly string[]): Promise<Fingerprint> {
  const sql = tables
    .map(
      (table) =>
        `SELECT '${table}' AS name, count(*) || ':' || ` +
        `md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${table}" t`,
    )
    .join(' UNION ALL ');
  const rows = await read<{ name: string; hash: string }>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

/** Tables whose fingerprint differs, as `table (rows before → rows after)`. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after })
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table} (${before[table]?.split(':')[0]} → ${after[table]?.split(':')[0]} rows)`);
}
