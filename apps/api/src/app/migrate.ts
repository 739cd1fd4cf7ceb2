import { runMigrationsExclusively } from '@digitalcheck/api-database';
import { createLogger, openDatabase, readConfig } from './startup';

/** `main.js migrate` (`npm run db:migrate`): apply pending migrations in one transaction and exit. */
export async function migrate(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const dataSource = await openDatabase(config, logger, false);
  try {
    const applied = await runMigrationsExclusively(dataSource);
    process.stdout.write(
      applied.length === 0
        ? 'Database schema is up to date; no migration to apply.\n'
        : `Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m.name}`).join('\n')}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}
