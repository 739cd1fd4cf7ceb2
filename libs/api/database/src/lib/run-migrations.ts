import type { DataSource, Migration } from 'typeorm';
import { isEmbedded } from './data-source';

/** Arbitrary but fixed: the advisory-lock key all API processes of this product agree on for migrating. */
const MIGRATION_LOCK_KEY = 7_305_112_026;

/**
 * Applies pending migrations in one transaction. On a PostgreSQL server several API replicas may start at
 * once: a session-level advisory lock lets one migrate while the others wait and then find nothing to do,
 * instead of racing and failing on "relation already exists". The embedded database is one process anyway.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<Migration[]> {
  // The embedded database has a single session: holding the lock there would block the migration itself.
  if (isEmbedded(dataSource)) return dataSource.runMigrations({ transaction: 'all' });
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockHolder.release();
  }
}
