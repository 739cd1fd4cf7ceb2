import type * as pg from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { isEmbedded } from './data-source';

/**
 * A hot SQL statement with a fixed text, run outside a transaction. On a PostgreSQL server it is a named
 * prepared statement: each pooled connection parses and plans it once (on first use) and afterwards only binds
 * and executes it. The name must be unique per text in the process (`pg` refuses a name reused for another
 * text); on the embedded database (PGlite, one session) the text runs as an ordinary parameterised query.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const names = new Map<string, string>();

/** Declares a statement; throws at load time when `name` is already taken by another text. */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = names.get(name);
  if (known !== undefined && known !== text) throw new Error(`Prepared statement ${name} declared twice`);
  names.set(name, text);
  return { name, text };
}

/**
 * Runs `statement` with `values` on its own pooled connection (not inside a transaction) and returns its rows.
 * Errors are TypeORM QueryFailedErrors, as from `dataSource.query`, and are logged the same way.
 */
export async function runPrepared<T>(
  dataSource: DataSource,
  statement: PreparedStatement,
  values: readonly unknown[],
): Promise<T[]> {
  if (isEmbedded(dataSource)) return dataSource.query(statement.text, [...values]);
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  // Checked out and released by hand, as TypeORM does: pool.query would end the connection after any error
  // (a unique violation, say), and with it the statements prepared on it. A broken connection is not
  // queryable any more, and the pool drops it on release.
  const client = await pool.connect();
  try {
    const result = await client.query<T & pg.QueryResultRow>({
      name: statement.name,
      text: statement.text,
      values: [...values],
    });
    return result.rows;
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, statement.text, [...values]);
    throw new QueryFailedError(statement.text, [...values], error as Error);
  } finally {
    client.release();
  }
}
