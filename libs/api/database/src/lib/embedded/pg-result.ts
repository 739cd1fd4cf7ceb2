import type { Results } from '@electric-sql/pglite';

/** The subset of a `pg` QueryResult that TypeORM's postgres driver reads. */
export interface PgQueryResult {
  command: string;
  rowCount: number;
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
}

/**
 * TypeORM takes `affected` from `rowCount` and formats UPDATE/DELETE results by `command`; PGlite
 * reports `affectedRows` only for writes, so SELECT counts its rows as `pg` does.
 */
export function toPgResult(sql: string, result: Results): PgQueryResult {
  const command = leadingKeyword(sql);
  const rowCount = command === 'SELECT' || command === 'WITH' ? result.rows.length : (result.affectedRows ?? 0);
  return { command, rowCount, rows: result.rows, fields: result.fields };
}

function leadingKeyword(sql: string): string {
  const match = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*([a-zA-Z]+)/.exec(sql);
  return match ? match[1].toUpperCase() : '';
}
