// A scratch database on a PostgreSQL server: created for one run, dropped at the end (also on failure/SIGINT).
import pg from 'pg';

/** Creates `name` on `serverUrl` (a URL to any database of the server); { url, name, drop() }. */
export async function createScratchDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** A connection for the checks: { query(sql, params) → { rows }, close() }. */
export async function connectPostgres(url) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // the final DROP … WITH (FORCE) ends it
  await client.connect();
  return { query: (sql, params) => client.query(sql, params), close: () => client.end() };
}
