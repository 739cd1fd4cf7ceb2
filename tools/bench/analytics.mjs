// Analytics latency on national data (issue 7): the Land overview and the national overview of the latest national
// synthetic wave (tools/national-data: 400 Kreise + ~11,000 Gemeinden, 5 ended waves) under 20 concurrent clients,
// through the API and, in the same run, as one hand-written SQL statement per overview over the same tables
// (20 concurrent `pg` connections, the same request count). Reports median, p95, p99 and throughput of each, and
// the ratios API / SQL; checks that the SQL gives the API's figures.
//
// Needs the built API (`npx nx build api`) and PostgreSQL on 127.0.0.1:5432 (user postgres, BENCH_PG overrides).
// Without --database-url it creates a fresh database, loads the national data into it (`tools/national-data`,
// about 40 s) and drops it at the end; with --database-url it uses that already loaded database (and only adds
// the bench accounts, which it removes again).
//
// Usage: node tools/bench/analytics.mjs [requests=400] [--database-url postgres://…/<loaded db>]
//   BENCH_RUNS=3              measurement runs (each: every scenario through the API, then its SQL); the summary
//                             reports the median of the runs' figures
//   BENCH_CLIENTS=20          concurrent clients (API and SQL)
//   BENCH_WARMUP=40           warm-up requests before each measurement (not counted)
//   BENCH_PORT=3300           first port tried for the API
//   BENCH_LOG_LEVEL=warn      the API's LOG_LEVEL
//   BENCH_EXTRA=1             also the Land's ranking and heatmap (API only)
//   BENCH_SQL=0               the API only (no hand-written SQL runs; for profiling)
//   BENCH_SQL_JIT=on          leave JIT on for the hand-written SQL (off by default, see the pool below)
//   BENCH_API_NODE_ARGS=…     extra node options for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
//   BENCH_API_MAIN=…          the API bundle to run (default dist/apps/api/main.js). Use a private copy while
//                             others rebuild dist, under the checkout so that node_modules resolves, e.g.
//                             tmp/bench-analytics/dist/apps/api/main.js; the data loader then runs its
//                             migrations with that copy as well.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..');
const mainJs = resolve(process.env.BENCH_API_MAIN ?? join(root, 'dist/apps/api/main.js'));
const server = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const argv = process.argv.slice(2);
const urlFlag = argv.indexOf('--database-url');
const givenUrl = urlFlag >= 0 ? argv[urlFlag + 1] : null;
const positional = argv.filter((_, i) => i !== urlFlag && i !== urlFlag + 1);
const requests = Number(positional[0] ?? 400);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const clients = Number(process.env.BENCH_CLIENTS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP ?? 40);
const skipSql = process.env.BENCH_SQL === '0';
const name = `bench_analytics_${Date.now()}`;
const url = givenUrl ? new URL(givenUrl) : new URL(server);
if (!givenUrl) url.pathname = `/${name}`;
const password = 'bench-passwort-2026';
const adminEmail = 'admin@bench-analytics.example';
const analystEmail = 'analyse.07@bench-analytics.example';
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: url.toString(),
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  DEMO_DATA: 'false',
  ADMIN_EMAIL: adminEmail,
  ADMIN_PASSWORD: password,
};
const LAND = '07'; // Rheinland-Pfalz: 24 Landkreise + 12 kreisfreie Städte + its share of the synthetic Gemeinden

const portFree = (port) =>
  new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(false));
    s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
  });
async function choosePort() {
  for (let port = Number(process.env.BENCH_PORT ?? 3300); port < 3400; port++) if (await portFree(port)) return port;
  throw new Error('no free port in 3300–3399');
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (ms) => (ms === undefined || ms === null ? '–' : `${ms.toFixed(1)} ms`);

// Keep-alive HTTP client (node:http is lighter than fetch; the client shares the 2 cores with API and database).
let port;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 4 });
function request(method, path, { cookie, csrf, body, parse = true } = {}) {
  return new Promise((done, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { accept: 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (cookie) headers.cookie = cookie;
    if (csrf) headers['x-xsrf-token'] = csrf;
    const req = http.request({ agent, host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        // Measured requests only read the body: parsing 14 KB of JSON would take CPU from the API under test.
        if (!parse) return done({ status: res.statusCode, headers: res.headers, json: null, bytes: 0 });
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = { raw: text.slice(0, 200) };
        }
        done({ status: res.statusCode, headers: res.headers, json, bytes: text.length });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function signIn(email) {
  const res = await request('POST', '/api/v1/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.json)}`);
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: res.json.csrfToken };
}

// CPU accounting from /proc (Linux), as in answer-saves.mjs: the API process, the PostgreSQL backends of the
// bench database, this process, and the whole machine (the rest is other jobs on the shared machine).
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);
function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK; // utime + stime
  } catch {
    return 0;
  }
}
function machineCpu() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = values.map(Number);
  const idle = ticks[3] + ticks[4];
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busyMs: ((total - idle) * 1000) / CLK_TCK, totalMs: (total * 1000) / CLK_TCK };
}
let cpuDb;
async function cpuSnapshot() {
  const pids = (
    await cpuDb.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
      url.pathname.slice(1),
    ])
  ).rows.map((r) => r.pid);
  const own = process.cpuUsage();
  return {
    machine: machineCpu(),
    api: api ? processCpuMs(api.pid) : 0,
    pg: new Map(pids.map((pid) => [pid, processCpuMs(pid)])),
    bench: (own.user + own.system) / 1000,
  };
}
/** CPU per request (ms) of the API process, the database backends and the bench; cores used by other jobs. */
function cpuPerRequest(before, after, wallMs, count) {
  const busy = after.machine.busyMs - before.machine.busyMs;
  // Backends that ended in between (the pool closes idle connections) are left out; new ones count from 0.
  let pgMs = 0;
  for (const [pid, ms] of after.pg) pgMs += ms - (before.pg.get(pid) ?? 0);
  const d = (k) => (k === 'pg' ? pgMs : after[k] - before[k]);
  return {
    apiMs: d('api') / count,
    pgMs: d('pg') / count,
    benchMs: d('bench') / count,
    otherCores: (busy - d('api') - d('pg') - d('bench')) / wallMs,
  };
}

/** `total` calls of `worker()` by `clients` concurrent loops after `warmup` uncounted ones; per-call latency. */
async function measure(worker) {
  let next = 0;
  const latencies = [];
  const statuses = {};
  const loop = async (count, record) => {
    while (next < count) {
      next++;
      const t0 = performance.now();
      const status = await worker().catch((error) => `error ${error.code ?? error.message}`);
      if (record) {
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, () => loop(warmup, false)));
  next = 0;
  const cpuBefore = await cpuSnapshot();
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, () => loop(requests, true)));
  const wallMs = performance.now() - start;
  const cpu = cpuPerRequest(cpuBefore, await cpuSnapshot(), wallMs, latencies.length);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    cpu,
    n: sorted.length,
    perSecond: (sorted.length * 1000) / wallMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    errors: Object.fromEntries(Object.entries(statuses).filter(([s]) => s !== '200')),
  };
}
const line = (label, r) =>
  `${label.padEnd(34)} ${r.perSecond.toFixed(1).padStart(6)}/s  p50 ${fmt(r.p50).padStart(9)}  ` +
  `p95 ${fmt(r.p95).padStart(9)}  p99 ${fmt(r.p99).padStart(9)}  max ${fmt(r.max).padStart(9)}  ` +
  `CPU/request: API ${r.cpu.apiMs.toFixed(2)} ms, PostgreSQL ${r.cpu.pgMs.toFixed(2)} ms, ` +
  `bench ${r.cpu.benchMs.toFixed(2)} ms; other jobs ${r.cpu.otherCores.toFixed(2)} cores` +
  (Object.keys(r.errors).length ? `  errors ${JSON.stringify(r.errors)}` : '');

// ---- The hand-written SQL: every figure of the overview in one statement over the same tables -----------------
// Participation (invited, submitted), the indicator counts (n with the flag, base with a boolean, per indicator and
// matrix row) and per section (index and each field) n, quartiles (percentile_cont), maturity levels and 10-point
// bins; only submitted and published responses with a score count, as in the API. $1 wave, $2 Land key or NULL.
const levels = [1, 2, 3, 4, 5].map((l) => `count(*) FILTER (WHERE "lvl" = ${l})`).join(', ');
const bins = Array.from({ length: 10 }, (_, b) => `count(*) FILTER (WHERE "bin" = ${b})`).join(', ');
const HAND_SQL = `
WITH "selection" AS (
  SELECT wr."region_ars" FROM "survey_wave_region" wr JOIN "region" reg ON reg."ars" = wr."region_ars"
   WHERE wr."wave_id" = $1 AND ($2::text IS NULL OR reg."land_ars" = $2)),
"items" AS (
  SELECT v.* FROM "selection" sel
    JOIN "survey_response" r ON r."wave_id" = $1 AND r."region_ars" = sel."region_ars"
   CROSS JOIN LATERAL jsonb_to_record(r."score") AS x("index" jsonb, "fields" jsonb, "indicators" jsonb)
   CROSS JOIN LATERAL (
     SELECT 'r'::text AS "kind", NULL::text AS "k1", NULL::text AS "k2", NULL::float8 AS "v", NULL::jsonb AS "flag"
     UNION ALL SELECT 'v', '#index', NULL, (x."index" ->> 'score')::float8, NULL
     UNION ALL SELECT 'v', f ->> 'section', NULL, (f ->> 'score')::float8, NULL
                FROM jsonb_array_elements(x."fields") AS f
     UNION ALL SELECT 'i', i.key, NULL, NULL, i.value FROM jsonb_each(x."indicators") AS i
                WHERE jsonb_typeof(i.value) <> 'object'
     UNION ALL SELECT 'i', i.key, m.key, NULL, m.value FROM jsonb_each(x."indicators") AS i
               CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(i.value) = 'object' THEN i.value ELSE '{}' END) AS m
   ) AS v
   WHERE r."status" IN ('submitted', 'published') AND r."score" IS NOT NULL),
"dist" AS (
  SELECT "k1" AS "section", count(*) AS "n",
         percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY "v") AS "q",
         ARRAY[${levels}] AS "levels", ARRAY[${bins}] AS "bins"
    FROM (SELECT "k1", "v", LEAST(5, floor(("v" + 1e-9) / 20) + 1)::int AS "lvl",
                 LEAST(9, floor(("v" + 1e-9) / 10))::int AS "bin"
            FROM "items" WHERE "kind" = 'v' AND "v" IS NOT NULL) t
   GROUP BY "k1"),
"ind" AS (
  SELECT "k1" AS "code", "k2" AS "row", count(*) FILTER (WHERE "flag" = 'true'::jsonb) AS "n",
         count(*) FILTER (WHERE jsonb_typeof("flag") = 'boolean') AS "base"
    FROM "items" WHERE "kind" = 'i' GROUP BY "k1", "k2")
SELECT (SELECT count(*) FROM "selection") AS "invited",
       (SELECT count(*) FROM "items" WHERE "kind" = 'r') AS "submitted",
       (SELECT json_agg("dist") FROM "dist") AS "distributions",
       (SELECT json_agg("ind") FROM "ind") AS "indicators"`;

/** The API's figures that the SQL must reproduce; differences listed (empty: the same figures). */
function compare(overview, row) {
  const diffs = [];
  const same = (what, a, b) => {
    const equal = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
    if (!equal) diffs.push(`${what}: API ${a}, SQL ${b}`);
  };
  same('invited', overview.participation.invited, Number(row.invited));
  same('submitted', overview.participation.submitted, Number(row.submitted));
  const dists = new Map((row.distributions ?? []).map((d) => [d.section, d]));
  for (const d of [overview.index, ...overview.fields]) {
    const s = dists.get(d.section ?? '#index');
    same(`${d.section ?? 'index'} n`, d.n, s ? Number(s.n) : 0);
    if (!d.quartiles || !s) continue;
    same(`${d.section ?? 'index'} q1`, d.quartiles.q1, s.q[0]);
    same(`${d.section ?? 'index'} median`, d.quartiles.median, s.q[1]);
    same(`${d.section ?? 'index'} q3`, d.quartiles.q3, s.q[2]);
    d.levels.forEach((l, i) => same(`${d.section ?? 'index'} level ${l.level}`, l.count, Number(s.levels[i])));
    d.bins.forEach((b, i) => same(`${d.section ?? 'index'} bin ${b.from}`, b.count, Number(s.bins[i])));
  }
  const inds = new Map((row.indicators ?? []).map((i) => [`${i.code}/${i.row}`, i]));
  for (const k of [...overview.kpis, ...overview.obstacles]) {
    const s = inds.get(`${k.code}/${k.row}`);
    same(`${k.code}/${k.row} base`, k.base, s ? Number(s.base) : 0);
    if (k.n !== null) same(`${k.code}/${k.row} n`, k.n, s ? Number(s.n) : 0);
  }
  return diffs;
}

// ---- Set-up ------------------------------------------------------------------------------------------------------
const admin = new pg.Client({ connectionString: server });
await admin.connect();
let api;
let db;
let pool;
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  agent.destroy();
  await pool?.end().catch(() => undefined);
  if (api && api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  if (givenUrl && db) {
    await db
      .query(`DELETE FROM "app_user" WHERE "email_key" IN ($1, $2)`, [adminEmail, analystEmail])
      .catch(() => undefined);
  }
  await db?.end().catch(() => undefined);
  if (!givenUrl) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));

try {
  if (!givenUrl) {
    await admin.query(`CREATE DATABASE "${name}"`);
    // The loader migrates with <cwd>/dist/apps/api/main.js: run it from the root of BENCH_API_MAIN's dist copy.
    const cwd = mainJs.endsWith(join('dist', 'apps', 'api', 'main.js')) ? resolve(dirname(mainJs), '../../..') : root;
    const t = performance.now();
    const loaded = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register',
        '-r',
        'tsconfig-paths/register',
        join(root, 'tools/national-data/src/main.ts'),
        '--database-url',
        url.toString(),
      ],
      {
        cwd,
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(root, 'tools/national-data/tsconfig.cli.json'),
          TS_NODE_TRANSPILE_ONLY: 'true',
        },
        encoding: 'utf8',
      },
    );
    if (loaded.status !== 0) throw new Error(`national data failed:\n${loaded.stdout}${loaded.stderr}`);
    console.log(`national data loaded into ${name} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  db = new pg.Client({ connectionString: url.toString() });
  db.on('error', () => undefined);
  await db.connect();
  cpuDb = db;
  // Planner statistics of the tables the analytics read, as autovacuum would keep them (the loader analyses
  // region and survey_response only; without survey_wave_region's, a wave's 11,400 invitations are estimated at 196).
  await db.query(`ANALYZE "region", "survey_wave_region", "survey_response", "survey_wave"`);
  const [wave] = (
    await db.query(
      `SELECT w."id", w."title", (SELECT count(*) FROM "survey_wave_region" wr WHERE wr."wave_id" = w."id")::int AS "invited"
         FROM "survey_wave" w ORDER BY w."starts_at" DESC, w."title" DESC LIMIT 1`,
    )
  ).rows;
  if (!wave) throw new Error(`no wave in ${url.pathname}: load the national data first`);

  port = await choosePort();
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  api = spawn(process.execPath, [...nodeArgs, mainJs], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  api.stderr.on('data', (chunk) => process.stderr.write(chunk));
  for (let i = 0; ; i++) {
    const up = await request('GET', '/api/health').then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) break;
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode}`);
    if (i > 600) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // The bench's admin and the analyst of Rheinland-Pfalz (a loaded database may already have other admins, so
  // the API's ADMIN_EMAIL start-up does not create one there), argon2id as the API hashes.
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  for (const [email, displayName, role, region] of [
    [adminEmail, 'Bench-Administration', 'ADMIN', ''],
    [analystEmail, 'Analyse Rheinland-Pfalz', 'STATE_ANALYST', LAND],
  ]) {
    await db.query(
      `INSERT INTO "app_user" ("email", "email_key", "display_name", "password_hash", "status")
       VALUES ($1, $1, $2, $3, 'active') ON CONFLICT ("email_key") DO UPDATE SET "password_hash" = excluded."password_hash"`,
      [email, displayName, hash],
    );
    await db.query(
      `INSERT INTO "role_assignment" ("user_id", "role", "region_ars")
       SELECT "id", $2, $3 FROM "app_user" WHERE "email_key" = $1 ON CONFLICT DO NOTHING`,
      [email, role, region],
    );
  }
  const adminSession = await signIn(adminEmail);
  const analystSession = await signIn(analystEmail);
  const base = `/api/v1/analytics/waves/${wave.id}`;
  const scenarios = [
    {
      key: 'national',
      label: 'national overview (admin)',
      path: `${base}/overview`,
      session: adminSession,
      land: null,
    },
    {
      key: 'land',
      label: `Land overview ${LAND} (admin, landArs)`,
      path: `${base}/overview?landArs=${LAND}`,
      session: adminSession,
      land: LAND,
    },
    {
      key: 'landAnalyst',
      label: `Land overview ${LAND} (analyst ${LAND})`,
      path: `${base}/overview`,
      session: analystSession,
      land: LAND,
    },
  ];
  // Further endpoints of the Land, API only (no SQL counterpart): BENCH_EXTRA=1.
  const extras =
    process.env.BENCH_EXTRA === '1'
      ? [
          {
            key: 'landRanking',
            label: `Land ranking ${LAND} (analyst)`,
            path: `${base}/ranking`,
            session: analystSession,
          },
          {
            key: 'landHeatmap',
            label: `Land heatmap ${LAND} (analyst)`,
            path: `${base}/heatmap`,
            session: analystSession,
          },
        ]
      : [];

  pool = new pg.Pool({ connectionString: url.toString(), max: clients });
  pool.on('error', () => undefined);
  // No JIT for the hand-written SQL: the planner estimates millions of rows for the expanded JSON (100 per
  // jsonb_each), which crosses jit_optimize_above_cost, and compiling then takes seconds per statement.
  if (process.env.BENCH_SQL_JIT !== 'on') pool.on('connect', (client) => client.query('SET jit = off'));
  await Promise.all(Array.from({ length: clients }, () => pool.query('SELECT 1')));
  const handSql = (land) => pool.query({ name: 'bench-overview', text: HAND_SQL, values: [wave.id, land] });

  // Single requests first (the first one cold: nothing cached, if anything is), and the figures check.
  const single = {};
  for (const s of scenarios) {
    const t0 = performance.now();
    const res = await request('GET', s.path, s.session);
    const apiMs = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${s.path}: ${res.status} ${JSON.stringify(res.json)}`);
    const t1 = performance.now();
    const { rows } = await handSql(s.land);
    const sqlMs = performance.now() - t1;
    const diffs = compare(res.json, rows[0]);
    if (diffs.length > 0) throw new Error(`${s.label}: the SQL's figures differ:\n  ${diffs.join('\n  ')}`);
    single[s.key] = { apiMs, sqlMs, bytes: res.bytes, submitted: res.json.participation.label };
    console.log(
      `${s.label}: ${res.json.participation.label} submitted, ${res.bytes} bytes; first request ${fmt(apiMs)}, ` +
        `hand SQL ${fmt(sqlMs)}; the SQL gives the API's figures`,
    );
  }
  console.log(
    `wave "${wave.title}" (${wave.invited} invited); ${clients} clients, ${warmup} warm-up + ${requests} requests ` +
      `per scenario, ${runs} run(s); API ${mainJs}, LOG_LEVEL=${env.LOG_LEVEL}, ` +
      `DATABASE_POOL_SIZE=${env.DATABASE_POOL_SIZE ?? '10 (default)'}`,
  );

  // JIT warm-up of the API process before the first measurement: 10 rounds over every endpoint (not counted).
  const get = (s) => request('GET', s.path, { ...s.session, parse: false });
  for (let round = 0; round < 10; round++) {
    await Promise.all([...scenarios, ...extras].flatMap((s) => Array.from({ length: clients }, () => get(s))));
  }

  const all = [];
  for (let run = 1; run <= runs; run++) {
    console.log(`-- run ${run}/${runs}`);
    const result = {};
    for (const s of scenarios) {
      const apiResult = await measure(async () => (await get(s)).status.toString());
      console.log(line(`API  ${s.label}`, apiResult));
      if (skipSql) {
        result[s.key] = { api: apiResult };
        continue;
      }
      const sqlResult = await measure(async () => {
        await handSql(s.land);
        return '200';
      });
      console.log(line(`SQL  ${s.label}`, sqlResult));
      result[s.key] = { api: apiResult, sql: sqlResult };
    }
    for (const s of extras) {
      const apiResult = await measure(async () => (await get(s)).status.toString());
      console.log(line(`API  ${s.label}`, apiResult));
      result[s.key] = { api: apiResult };
    }
    all.push(result);
  }

  // Median over the runs of each figure; ratios of the medians.
  const summary = {};
  for (const key of [...scenarios, ...extras].map((s) => s.key)) {
    const of = (side, figure) => median(all.map((r) => r[key][side][figure]));
    const side = (name) =>
      all[0][key][name]
        ? {
            p50: of(name, 'p50'),
            p95: of(name, 'p95'),
            p99: of(name, 'p99'),
            perSecond: of(name, 'perSecond'),
            cpu: {
              apiMs: median(all.map((r) => r[key][name].cpu.apiMs)),
              pgMs: median(all.map((r) => r[key][name].cpu.pgMs)),
              otherCores: median(all.map((r) => r[key][name].cpu.otherCores)),
            },
            runs: all.map((r) => ({ p50: r[key][name].p50, p95: r[key][name].p95, p99: r[key][name].p99 })),
            errors: all.reduce((n, r) => n + Object.values(r[key][name].errors).reduce((a, b) => a + b, 0), 0),
          }
        : undefined;
    const apiSide = side('api');
    const sqlSide = side('sql');
    summary[key] = {
      api: apiSide,
      sql: sqlSide,
      ratio: sqlSide ? { p50: apiSide.p50 / sqlSide.p50, p95: apiSide.p95 / sqlSide.p95 } : undefined,
      single: single[key],
    };
  }
  console.log(`-- median of ${runs} run(s)`);
  for (const s of [...scenarios, ...extras]) {
    const r = summary[s.key];
    console.log(
      `${s.label.padEnd(34)} API p50 ${fmt(r.api.p50)}, p95 ${fmt(r.api.p95)}, p99 ${fmt(r.api.p99)}, ` +
        `${r.api.perSecond.toFixed(1)}/s, CPU/request API ${r.api.cpu.apiMs.toFixed(2)} + PostgreSQL ` +
        `${r.api.cpu.pgMs.toFixed(2)} ms` +
        (r.sql
          ? `; SQL p50 ${fmt(r.sql.p50)}, p95 ${fmt(r.sql.p95)}, p99 ${fmt(r.sql.p99)}; ` +
            `API/SQL p50 ${r.ratio.p50.toFixed(2)}, p95 ${r.ratio.p95.toFixed(2)}`
          : '') +
        (s.key === 'extra' ? '' : r.sql ? `; p95 ≤ 50 ms: ${r.api.p95 <= 50 ? 'met' : 'NOT met'}` : ''),
    );
  }
  console.log(
    `RESULT ${JSON.stringify({
      date: new Date().toISOString(),
      wave: { id: wave.id, title: wave.title, invited: wave.invited },
      clients,
      warmup,
      requests,
      runs,
      logLevel: env.LOG_LEVEL,
      poolSize: env.DATABASE_POOL_SIZE ?? null,
      summary,
    })}`,
  );
} finally {
  await cleanup();
}
