// Accounts at national scale on PostgreSQL: sign-in latency (argon2id), the guard's per-request session cost,
// and tenant-scoped lists (users, audit log) with 20,000 accounts and 200,000 audit events across all Länder.
// Needs the built API (`npx nx build api`) and PostgreSQL on 127.0.0.1:5432 (user postgres); creates and drops
// its own database. Usage: node tools/bench/accounts.mjs [requests=300]
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..');
const mainJs = join(root, 'dist/apps/api/main.js');
const server = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const requests = Number(process.argv[2] ?? 300);
const name = `dc_bench_accounts_${Date.now()}`;
const url = new URL(server);
url.pathname = `/${name}`;
const password = 'bench-passwort-2026';
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'false',
  ADMIN_EMAIL: 'admin@bench.example',
  ADMIN_PASSWORD: password,
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(times, run) {
  const t = performance.now();
  const response = await run();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  times.push(performance.now() - t);
}

async function signIn(base, email) {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie };
}

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
let api;
try {
  const migrated = spawnSync(process.execPath, [mainJs, 'migrate'], { env, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(migrated.stderr);
  const port = await freePort();
  api = spawn(process.execPath, [mainJs], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 300) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  // 20,000 respondents spread over the 400 Kreise (50 each), one analyst per Land, 200,000 audit events.
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const hash = (await db.query(`SELECT "password_hash" FROM "app_user" WHERE "email_key" = 'admin@bench.example'`))
    .rows[0].password_hash;
  let t = performance.now();
  await db.query(
    `
    INSERT INTO "app_user" ("email", "email_key", "display_name", "password_hash", "status")
    SELECT 'r' || i || '@bench.example', 'r' || i || '@bench.example', 'Respondent ' || i, $1, 'active'
    FROM generate_series(1, 20000) AS i`,
    [hash],
  );
  await db.query(`
    INSERT INTO "role_assignment" ("user_id", "role", "region_ars")
    SELECT u.id, 'RESPONDENT', k.ars
    FROM (SELECT id, row_number() OVER (ORDER BY email_key) AS n FROM "app_user" WHERE email_key LIKE 'r%') u
    JOIN (SELECT ars, row_number() OVER (ORDER BY ars) - 1 AS n FROM "region" WHERE level = 'KREIS') k
      ON k.n = u.n % 400`);
  await db.query(
    `
    INSERT INTO "app_user" ("email", "email_key", "display_name", "password_hash", "status")
    SELECT 'analyse.' || ars || '@bench.example', 'analyse.' || ars || '@bench.example', 'Analyse ' || name, $1, 'active'
    FROM "region" WHERE level = 'LAND'`,
    [hash],
  );
  await db.query(`
    INSERT INTO "role_assignment" ("user_id", "role", "region_ars")
    SELECT u.id, 'STATE_ANALYST', substring(u.email_key from 9 for 2) FROM "app_user" u WHERE email_key LIKE 'analyse.%'`);
  await db.query(`
    INSERT INTO "audit_event" ("action", "entity_type", "entity_id", "region_ars", "details")
    SELECT 'response.answer_changed', 'response', 'r' || i, k.ars, '{}'
    FROM generate_series(1, 200000) AS i
    JOIN (SELECT ars, row_number() OVER (ORDER BY ars) - 1 AS n FROM "region" WHERE level = 'KREIS') k ON k.n = i % 400`);
  await db.query('ANALYZE');
  await db.end();
  console.log(`seeded 20,016 accounts and 200,000 audit events (${Math.round(performance.now() - t)} ms)`);

  const logins = [];
  for (let i = 0; i < 30; i++) {
    t = performance.now();
    await signIn(base, `r${i + 1}@bench.example`);
    logins.push(performance.now() - t);
  }
  const analyst = await signIn(base, 'analyse.07@bench.example');
  const root = await signIn(base, 'admin@bench.example');

  const measure = async (label, path, cookie) => {
    for (let i = 0; i < 20; i++)
      await (await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} })).arrayBuffer();
    const times = [];
    for (let i = 0; i < requests; i++)
      await timed(times, () => fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} }));
    console.log(`${label}: median ${median(times).toFixed(2)} ms`);
    return median(times);
  };
  console.log(`sign-in (argon2id 19 MiB, t=2): median ${median(logins).toFixed(1)} ms over ${logins.length}`);
  const anonymous = await measure('GET /regions/07137 anonymous', '/api/v1/regions/07137', null);
  const signedIn = await measure('GET /regions/07137 signed in', '/api/v1/regions/07137', analyst.cookie);
  console.log(
    `guard cost per signed-in request: ${(signedIn - anonymous).toFixed(2)} ms (ratio ${(signedIn / anonymous).toFixed(2)})`,
  );
  await measure('GET /users?limit=50 analyst RLP (1,800 of 20,016 visible)', '/api/v1/users?limit=50', analyst.cookie);
  await measure('GET /users?limit=50 admin (all)', '/api/v1/users?limit=50', root.cookie);
  await measure('GET /users?q=r1999 analyst RLP', '/api/v1/users?q=r1999', analyst.cookie);
  await measure('GET /audit?limit=100 analyst RLP (of 200,000)', '/api/v1/audit?limit=100', analyst.cookie);
  await measure(
    'GET /audit?limit=100&regionArs=07137 analyst RLP',
    '/api/v1/audit?limit=100&regionArs=07137',
    analyst.cookie,
  );
} finally {
  if (api) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
