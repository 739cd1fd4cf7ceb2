/**
 * npm run data:national -- --database-url postgres://… [--seed national-1] [--gemeinden 11000] [--waves 5]
 *                          [--laender 07,10]
 *
 * Migrates the database with the built API (dist/apps/api/main.js migrate), then loads the reference regions,
 * the synthetic Gemeinden and the waves (see README.md). PostgreSQL only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDataSource } from '@digitalcheck/api-database';
import { databaseSchema } from '@digitalcheck/api-schema';
import { loadNationalData, NationalDataPresentError, type NationalDataOptions } from './lib/load';
import { parseArgs } from './lib/args';

async function main(): Promise<number> {
  let parsed: { url: string; options: NationalDataOptions };
  try {
    parsed = parseArgs(process.argv.slice(2), process.env['DATABASE_URL']);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const { url, options } = parsed;
  const redacted = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

  const api = join(process.cwd(), 'dist', 'apps', 'api', 'main.js');
  if (!existsSync(api)) {
    process.stderr.write(`${api} is missing: build the API first (npx nx build api)\n`);
    return 2;
  }
  process.stdout.write(`migrating ${redacted} with ${api}\n`);
  const migrate = spawnSync(process.execPath, [api, 'migrate'], {
    env: { ...process.env, DATABASE_URL: url, DEMO_DATA: 'false' },
    stdio: 'inherit',
  });
  if (migrate.status !== 0) {
    process.stderr.write(`main.js migrate failed (exit ${migrate.status ?? migrate.signal})\n`);
    return 1;
  }

  const dataSource = await openDataSource({ kind: 'postgres', url }, databaseSchema, { poolSize: 2 });
  try {
    const outcome = await loadNationalData(dataSource, options, (line) => process.stdout.write(`${line}\n`));
    if (outcome.status === 'present') {
      process.stdout.write(`${outcome.message}\n`);
      return 0;
    }
    const total = outcome.tables.filter((t) => !t.table.startsWith('(')).reduce((sum, t) => sum + t.rows, 0);
    process.stdout.write(`\n${'table'.padEnd(20)}${'rows'.padStart(12)}${'seconds'.padStart(10)}\n`);
    for (const t of outcome.tables) {
      process.stdout.write(
        `${t.table.padEnd(20)}${String(t.rows).padStart(12)}${(t.ms / 1000).toFixed(1).padStart(10)}\n`,
      );
    }
    process.stdout.write(
      `${'total'.padEnd(20)}${String(total).padStart(12)}${(outcome.ms / 1000).toFixed(1).padStart(10)}\n`,
    );
    process.stdout.write(
      `(generate: answers and scores computed in Node, in the total; options: ${JSON.stringify(options)})\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof NationalDataPresentError) {
      process.stderr.write(`refused: ${error.message}\n`);
      return 3;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
