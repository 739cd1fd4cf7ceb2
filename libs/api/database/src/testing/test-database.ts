import { randomBytes } from 'node:crypto';
import type { DatabaseLocation } from '@digitalcheck/api-config';
import { Client } from 'pg';

export interface TestDatabase {
  location: DatabaseLocation;
  /** The value to pass as DATABASE_URL to a spawned API. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test suite. With `TEST_DATABASE_URL` (a PostgreSQL server, e.g.
 * postgres://postgres@127.0.0.1:5432/postgres) it creates `dc_test_<random>` there and drops it
 * afterwards; without, it is an in-memory embedded database.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env['TEST_DATABASE_URL'];
  if (!server) {
    return { location: { kind: 'embedded', dataDir: null }, url: 'pglite://memory', drop: async () => undefined };
  }
  const name = `dc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'postgres', url: url.toString() },
    url: url.toString(),
    drop: () =>
      withAdminClient(server, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
