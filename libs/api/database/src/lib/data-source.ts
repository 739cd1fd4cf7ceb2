import type { DatabaseLocation } from '@digitalcheck/api-config';
import * as pg from 'pg';
import {
  DataSource,
  DataSourceOptions,
  EntitySchema,
  Logger as TypeOrmLogger,
  LoggerOptions,
  MixedList,
} from 'typeorm';
import { EmbeddedPostgres } from './embedded/embedded-postgres';

/** What the composition root hands over: every entity and every migration of every domain module. */
export interface DatabaseSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function | string>;
}

export interface OpenDatabaseOptions {
  poolSize?: number;
  logger?: TypeOrmLogger;
  /** How long a request waits for the embedded database's single session. */
  embeddedLockTimeoutMs?: number;
}

/**
 * Opens the database at `location` and returns an initialised DataSource.
 * Always TypeORM type `postgres`: a server through a `pg` pool, or PGlite through EmbeddedPostgres.
 * Migrations are not run here: the caller decides (start-up, `db:migrate`, tests).
 */
export async function openDataSource(
  location: DatabaseLocation,
  schema: DatabaseSchema,
  options: OpenDatabaseOptions = {},
): Promise<DataSource> {
  const common = {
    type: 'postgres',
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: false,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    // gen_random_uuid() is core since PostgreSQL 13; no extension to install on either back end.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: options.logger,
    logging: options.logger ? (['error', 'warn', 'migration'] as LoggerOptions) : false,
  } as const;

  if (location.kind === 'postgres') {
    const dataSource = new DataSource({
      ...common,
      url: location.url,
      driver: pg,
      poolSize: options.poolSize ?? 10,
      connectTimeoutMS: 5_000,
      applicationName: 'digitalcheck-api',
    } satisfies DataSourceOptions);
    return dataSource.initialize();
  }

  const embedded = await EmbeddedPostgres.open(location.dataDir, { lockTimeoutMs: options.embeddedLockTimeoutMs });
  try {
    const dataSource = new DataSource({ ...common, driver: embedded.driver, poolSize: 1 } satisfies DataSourceOptions);
    embeddedDataSources.add(dataSource);
    return await dataSource.initialize();
  } catch (error) {
    await embedded.close();
    throw error;
  }
}

const embeddedDataSources = new WeakSet<DataSource>();

/** True for a DataSource on the embedded database (one session), false for a PostgreSQL server. */
export function isEmbedded(dataSource: DataSource): boolean {
  return embeddedDataSources.has(dataSource);
}

/** Names of the migrations not yet applied, in order. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await dataSource
    .query(`SELECT name FROM schema_migration`)
    // Only a missing table (42P01: nothing migrated yet) means "all pending"; other failures propagate.
    .catch((error: { code?: string }) => {
      if (error.code === '42P01') return [];
      throw error;
    });
  const applied = new Set(rows.map((row) => row.name));
  return dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !applied.has(name));
}
