import type { Results } from '@electric-sql/pglite';

/** The subset of a `pg` QueryResult that TypeORM's postgres driver reads. */
export interface PgQueryResult {
  command: string;
  rowCount: number;
  rows: unknown[];
  fields: Array<{ name: string; dataTypeID: number }>;
}

/**
 * TypeORM takes `affected` from `rowCount` and formats UPDATE/DELETE results by `command`. PGlite reports
 * both per statement, as `pg` does (its `affectedRows` instead adds up over a multi-statement string).
 */
export function toPgResult(result: Results & { command?: string; rowCount?: number }): PgQueryResult {
  return {
    command: result.command ?? '',
    rowCount: result.rowCount ?? result.rows.length,
    rows: result.rows,
    fields: result.fields,
  };
}
