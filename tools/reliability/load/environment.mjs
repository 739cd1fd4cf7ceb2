// The load run's database and API process: its own PostgreSQL database (created and dropped here) or a fresh
// embedded data directory, migrated, demo data imported (the DLT replica wave gives the analysts real
// dashboards), then the built API on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../lib/api-process.mjs';
import { sleep } from './http-client.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
export const MAIN_JS = process.env.RELIABILITY_API_MAIN ?? join(root, 'dist/apps/api/main.js');
/** The demo administrator (DEMO_DATA=true creates it; a start with demo data makes no first admin of its own). */
export const ADMIN = { email: 'admin@demo.example', password: 'demo-digitalcheck' };

/** `postgresUrl` null = embedded (PGlite in a temporary directory). */
export async function createEnvironment({ postgresUrl, logLevel = 'warn', poolSize }) {
  let databaseUrl;
  let dropDatabase = async () => undefined;
  if (postgresUrl) {
    const name = `dc_rel_load_${Date.now()}`;
    const serverUrl = new URL(postgresUrl);
    const admin = new pg.Client({ connectionString: serverUrl.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      // A fresh connection: a PostgreSQL restart during the run ended the first one.
      const client = new pg.Client({ connectionString: serverUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'dc-rel-load-'));
    databaseUrl = `pglite://${dir}`;
    dropDatabase = async () => rmSync(dir, { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: logLevel,
    DEMO_DATA: 'true',
    ...(poolSize ? { DATABASE_POOL_SIZE: String(poolSize) } : {}),
  };
  const migrated = spawnSync(process.execPath, [MAIN_JS, 'migrate'], { env, encoding: 'utf8' });
  if (migrated.status !== 0) {
    await dropDatabase();
    throw new Error(`migrate failed:\n${migrated.stdout}${migrated.stderr}`);
  }
  const port = await freePort();
  let output = '';
  const api = spawn(process.execPath, [MAIN_JS], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  api.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const exited = new Promise((resolve) => api.once('exit', (code, signal) => resolve({ code, signal })));

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (api.exitCode !== null || api.signalCode !== null) {
      await dropDatabase();
      throw new Error(`API exited during start-up:\n${output}`);
    }
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      api.kill('SIGKILL');
      await dropDatabase();
      throw new Error(`API not healthy within 180 s:\n${output}`);
    }
    await sleep(250);
  }

  return {
    port,
    pid: api.pid,
    kind: postgresUrl ? 'postgres' : 'embedded',
    output: () => output,
    alive: () => api.exitCode === null && api.signalCode === null,
    async close() {
      if (api.exitCode === null && api.signalCode === null) {
        api.kill('SIGTERM');
        await exited;
      }
      await dropDatabase();
    },
  };
}
