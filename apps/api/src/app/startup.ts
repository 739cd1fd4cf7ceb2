import { join } from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '@digitalcheck/api-config';
import {
  describeDatabaseError,
  openDataSource,
  runMigrationsExclusively,
  TypeOrmLogAdapter,
} from '@digitalcheck/api-database';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { databaseSchema } from '@digitalcheck/api-schema';

declare const __APP_VERSION__: string | undefined;
export const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** A start-up failure an operator can fix; main prints its message alone, without a stack trace. */
export class StartupError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    // main.js lives in dist/apps/api, the dashboard build in dist/apps/dashboard/browser.
    return loadConfig(env, {
      version: appVersion,
      cwd: process.cwd(),
      dashboardDir: join(__dirname, '../dashboard/browser'),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }
}

export function createLogger(config: AppConfig) {
  return pino({ level: config.logLevel, base: { app: 'digitalcheck-api', version: config.version } });
}

/** Opens the database (and with `migrate`, applies pending migrations) or fails with one clear line. */
export async function openDatabase(config: AppConfig, logger: pino.Logger, migrate: boolean): Promise<DataSource> {
  let dataSource: DataSource;
  try {
    dataSource = await openDataSource(config.database, databaseSchema, {
      poolSize: config.databasePoolSize,
      logger: new TypeOrmLogAdapter(logger),
    });
  } catch (error) {
    throw new StartupError(describeDatabaseError(error, config.database));
  }
  if (migrate) {
    try {
      const applied = await runMigrationsExclusively(dataSource);
      if (applied.length > 0)
        logger.info({ migrations: applied.map((m) => m.name) }, `applied ${applied.length} migration(s)`);
    } catch (error) {
      await dataSource.destroy().catch(() => undefined);
      throw new StartupError(
        `Migration failed, nothing was applied: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
      );
    }
  }
  return dataSource;
}
