// Survey answer autosave throughput on PostgreSQL (issue 6): 50 concurrent respondents, each in its own Kreis,
// save answers through `PUT /api/v1/responses/{id}/answers/{questionCode}` for a fixed time; then, in the same
// run, 50 concurrent `pg` connections do a plain single-row upsert of the same data (the baseline).
// Needs the built API (`npx nx build api`) and PostgreSQL on 127.0.0.1:5432 (user postgres, BENCH_PG overrides);
// creates and drops its own database.
//
// Usage: node tools/bench/answer-saves.mjs [seconds=10]
//   BENCH_CLIENTS=50          concurrent clients (API and baseline)
//   BENCH_WARMUP=2            warm-up seconds before each measurement
//   BENCH_LOG_LEVEL=warn      the API's LOG_LEVEL
//   DATABASE_POOL_SIZE=…      passed to the API (its default is 10)
//   BENCH_COUNT_QUERIES=1     diagnostics: counts the API's database round trips per save (wraps pg's
//                             Client#query in the API process through a `node -r` preload)
//   BENCH_API_NODE_ARGS=…     extra node options for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
//   BENCH_API_MAIN=…          the API bundle to run (default dist/apps/api/main.js; for paired runs of two builds,
//                             e.g. a copy under tmp/ so that node_modules still resolves)
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..');
const mainJs = process.env.BENCH_API_MAIN ?? join(root, 'dist/apps/api/main.js');
const server = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.argv[2] ?? 10);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const countQueries = process.env.BENCH_COUNT_QUERIES === '1';
const name = `dc_bench_saves_${Date.now()}`;
const url = new URL(server);
url.pathname = `/${name}`;
const password = 'bench-passwort-2026';
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: url.toString(),
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  DEMO_DATA: 'false',
  ADMIN_EMAIL: 'admin@bench.example',
  ADMIN_PASSWORD: password,
};

// Valid answers of the default questionnaire (digitale-kommune v1): option codes (Likert as "1"…"5"), numbers
// in range. Each client cycles through the questions; each question through its values.
const LIKERT = ['1', '2', '3', '4', '5'];
const STATUS = ['vollstaendig', 'teilweise', 'inUmsetzung', 'geplant', 'keinThema', 'nichtZutreffend'];
const QUESTIONS = [
  ['A1', ['a', 'b', 'c', 'd', 'e']],
  ['A3', ['ja', 'nein', 'weissNicht']],
  ['A4', [0, 3, 12, 40]],
  ['A7', LIKERT],
  ['S3', [1, 25, 180, 4000]],
  ['S4', ['verwaltungsspitze', 'digitalbeauftragte', 'itLeitung', 'organisation', 'sonstige']],
  ['V1', ['keine', '1bis9', '10bis49', '50bis99', 'ab100']],
  ['V3', STATUS],
  ['I1', [0, 15, 50, 100]],
  ['G3', LIKERT],
  ['B4', LIKERT],
  ['W2', STATUS],
];
const answerAt = (i) => {
  const [code, values] = QUESTIONS[i % QUESTIONS.length];
  return [code, values[Math.floor(i / QUESTIONS.length) % values.length]];
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const fmt = (ms) => (ms === undefined ? '–' : `${ms.toFixed(1)} ms`);

// Keep-alive HTTP client (node:http is lighter than fetch; the client shares the 2 cores with API and database).
let port;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 4 });
function request(method, path, { cookie, csrf, body } = {}) {
  return new Promise((resolve, reject) => {
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
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = { raw: text.slice(0, 200) };
        }
        resolve({ status: res.statusCode, headers: res.headers, json });
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

// CPU accounting from /proc (Linux): busy time of the whole machine, of one process, of a set of processes.
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
async function backendPids(db) {
  const rows = (
    await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name])
  ).rows;
  return rows.map((r) => r.pid);
}
async function cpuSnapshot(db, apiPid) {
  const pids = await backendPids(db);
  return {
    machine: machineCpu(),
    api: apiPid ? processCpuMs(apiPid) : 0,
    pg: pids.reduce((sum, pid) => sum + processCpuMs(pid), 0),
    bench: (() => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    })(),
  };
}
function cpuReport(before, after, wallMs, count) {
  const d = (k) => after[k] - before[k];
  const busy = after.machine.busyMs - before.machine.busyMs;
  const total = after.machine.totalMs - before.machine.totalMs;
  const cores = total / wallMs; // ≈ number of cores
  const perSave = (ms) => (count ? ((ms * 1000) / count).toFixed(0) : '–');
  return {
    machineBusyPct: (100 * busy) / total,
    apiCores: d('api') / wallMs,
    pgCores: d('pg') / wallMs,
    benchCores: d('bench') / wallMs,
    otherCores: (busy - d('api') - d('pg') - d('bench')) / wallMs,
    cores,
    text:
      `CPU over the window: machine ${((100 * busy) / total).toFixed(0)} % busy of ${cores.toFixed(1)} cores; ` +
      `API ${(d('api') / wallMs).toFixed(2)} cores (${perSave(d('api'))} µs/save), ` +
      `PostgreSQL backends ${(d('pg') / wallMs).toFixed(2)} cores (${perSave(d('pg'))} µs/save), ` +
      `bench client ${(d('bench') / wallMs).toFixed(2)} cores, ` +
      `everything else ${((busy - d('api') - d('pg') - d('bench')) / wallMs).toFixed(2)} cores`,
  };
}

/** Runs `worker(i, now)` in `clients` concurrent loops: warm-up, then `seconds` measured by completion time. */
async function load(worker) {
  const start = performance.now();
  const from = start + warmup * 1000;
  const until = from + seconds * 1000;
  const latencies = [];
  const statuses = {};
  let onWindow;
  const windowStarted = new Promise((resolve) => (onWindow = resolve));
  setTimeout(onWindow, warmup * 1000);
  const loops = Array.from({ length: clients }, async (_, c) => {
    for (let i = c; performance.now() < until; i++) {
      const t0 = performance.now();
      const status = await worker(c, i);
      const t1 = performance.now();
      if (t1 >= from && t1 <= until) {
        latencies.push(t1 - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
  });
  return { windowStarted, done: Promise.all(loops).then(() => ({ latencies, statuses, wallMs: until - from })) };
}

function summarize(label, { latencies, statuses, wallMs }) {
  const ok = statuses['200'] ?? 0;
  const sorted = latencies.sort((a, b) => a - b);
  const errors = Object.entries(statuses).filter(([s]) => s !== '200');
  const result = {
    savesPerSecond: (ok * 1000) / wallMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    errors: Object.fromEntries(errors),
  };
  console.log(
    `${label}: ${result.savesPerSecond.toFixed(0)} saves/s (${ok} in ${(wallMs / 1000).toFixed(0)} s), ` +
      `p50 ${fmt(result.p50)}, p95 ${fmt(result.p95)}, p99 ${fmt(result.p99)}, max ${fmt(result.max)}; ` +
      `errors: ${errors.length ? errors.map(([s, n]) => `${s}×${n}`).join(', ') : 'none'}`,
  );
  return result;
}

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
let api;
let db;
let pool;
let preloadDir;
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  agent.destroy();
  await pool?.end().catch(() => undefined);
  await db?.end().catch(() => undefined);
  if (api && api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  if (preloadDir) rmSync(preloadDir, { recursive: true, force: true });
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));

try {
  const migrated = spawnSync(process.execPath, [mainJs, 'migrate'], { env, encoding: 'utf8' });
  if (migrated.status !== 0) throw new Error(`migrate failed:\n${migrated.stdout}${migrated.stderr}`);
  port = await freePort();
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  if (countQueries) {
    // Counts every query the API sends (pg is external to the bundle, so this is the module TypeORM uses).
    preloadDir = mkdtempSync(join(tmpdir(), 'dc-bench-saves-'));
    const preload = join(preloadDir, 'count-queries.cjs');
    writeFileSync(
      preload,
      `const pg = require(require.resolve('pg', { paths: [${JSON.stringify(dirname(mainJs))}] }));
const kinds = {};
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  const text = String(typeof args[0] === 'string' ? args[0] : args[0]?.text ?? '').replace(/\\s+/g, ' ').trim();
  const kind = text.slice(0, 60);
  kinds[kind] = (kinds[kind] ?? 0) + 1;
  return query.apply(this, args);
};
process.on('message', (m) => m === 'count' && process.send({ kinds }));
`,
    );
    nodeArgs.push('-r', preload);
  }
  api = spawn(process.execPath, [...nodeArgs, mainJs], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    // An IPC channel only when counting (Nest's shutdown hooks take SIGUSR2, so no signal is free for it).
    stdio: countQueries ? ['ignore', 'inherit', 'pipe', 'ipc'] : ['ignore', 'inherit', 'pipe'],
  });
  api.stderr.on('data', (chunk) => process.stderr.write(chunk));
  const queryCount = () =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no query count from the API')), 5000);
      api.once('message', (m) => {
        clearTimeout(timer);
        resolve(m.kinds);
      });
      api.send('count');
    });
  for (let i = 0; ; i++) {
    const up = await request('GET', '/api/health').then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) break;
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode}`);
    if (i > 300) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 100));
  }

  // One respondent per Kreis (50 Kreise spread over the Länder), with the admin's password hash.
  db = new pg.Client({ connectionString: url.toString() });
  db.on('error', () => undefined);
  await db.connect();
  const hash = (await db.query(`SELECT "password_hash" FROM "app_user" WHERE "email_key" = 'admin@bench.example'`))
    .rows[0].password_hash;
  const kreise = (
    await db.query(
      `SELECT ars FROM (SELECT ars, row_number() OVER (ORDER BY ars) AS n FROM "region" WHERE level = 'KREIS') k
        ORDER BY (n % 8), ars LIMIT $1`,
      [clients],
    )
  ).rows.map((r) => r.ars);
  if (kreise.length < clients) throw new Error(`only ${kreise.length} Kreise`);
  await db.query(
    `INSERT INTO "app_user" ("email", "email_key", "display_name", "password_hash", "status")
     SELECT 'r' || ars || '@bench.example', 'r' || ars || '@bench.example', 'Respondent ' || ars, $1, 'active'
     FROM unnest($2::text[]) AS ars`,
    [hash, kreise],
  );
  await db.query(
    `INSERT INTO "role_assignment" ("user_id", "role", "region_ars")
     SELECT u.id, 'RESPONDENT', substring(u.email_key from 2 for 5) FROM "app_user" u
      WHERE u.email_key LIKE 'r%@bench.example'`,
  );

  // The wave: open since an hour, for a week, over the 50 Kreise, with the default questionnaire.
  const root = await signIn('admin@bench.example');
  const now = Date.now();
  const wave = await request('POST', '/api/v1/waves', {
    ...root,
    body: {
      title: 'Bench Autosave',
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs: kreise,
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 7 * 86_400_000).toISOString(),
    },
  });
  if (wave.status !== 201 && wave.status !== 200) throw new Error(`wave: ${wave.status} ${JSON.stringify(wave.json)}`);
  const waveId = wave.json.id;

  // Each client signs in as its Kreis's respondent (two at a time: argon2 and the per-IP login throttle) and
  // gets-or-creates its response.
  const respondents = new Array(kreise.length);
  const t = performance.now();
  for (let i = 0; i < kreise.length; i += 2) {
    await Promise.all(
      kreise.slice(i, i + 2).map(async (ars, j) => {
        const session = await signIn(`r${ars}@bench.example`);
        const opened = await request('POST', `/api/v1/waves/${waveId}/regions/${ars}/response`, session);
        if (opened.status !== 200) throw new Error(`response ${ars}: ${opened.status} ${JSON.stringify(opened.json)}`);
        respondents[i + j] = { ...session, ars, responseId: opened.json.id, versions: {} };
      }),
    );
  }
  console.log(
    `set-up: wave over ${kreise.length} Kreise, ${kreise.length} respondents signed in with their response ` +
      `(${Math.round(performance.now() - t)} ms); API LOG_LEVEL=${env.LOG_LEVEL}, ` +
      `DATABASE_POOL_SIZE=${env.DATABASE_POOL_SIZE ?? '10 (default)'}, ${clients} clients, ` +
      `${warmup} s warm-up + ${seconds} s`,
  );

  // ---- API: per-question autosave ------------------------------------------------------------------------
  const apiRun = await load(async (c, i) => {
    const state = respondents[c];
    const [code, value] = answerAt(i);
    let res;
    try {
      res = await request('PUT', `/api/v1/responses/${state.responseId}/answers/${code}`, {
        cookie: state.cookie,
        csrf: state.csrf,
        body: { value, baseVersion: state.versions[code] ?? 0, operationId: randomUUID() },
      });
    } catch (error) {
      return `network ${error.code ?? error.message}`;
    }
    if (res.status === 200) state.versions[code] = res.json.version;
    else if (res.status === 409 && res.json?.conflict) state.versions[code] = res.json.conflict.current.version;
    return String(res.status);
  });
  await apiRun.windowStarted;
  const cpuBefore = await cpuSnapshot(db, api.pid);
  const queriesBefore = countQueries ? await queryCount() : {};
  const apiRaw = await apiRun.done;
  const queriesAfter = countQueries ? await queryCount() : {};
  const cpuAfter = await cpuSnapshot(db, api.pid);
  const apiResult = summarize(`API  PUT /responses/{id}/answers/{code}, ${clients} clients`, apiRaw);
  const apiCpu = cpuReport(cpuBefore, cpuAfter, apiRaw.wallMs, apiRaw.statuses['200'] ?? 0);
  console.log(`     ${apiCpu.text}`);
  if (countQueries) {
    // Per save = per answered request in the window (requests in flight at the edges blur it slightly);
    // includes the guard's session look-up.
    const saves = apiRaw.statuses['200'] ?? 1;
    const perSave = Object.entries(queriesAfter)
      .map(([kind, n]) => [kind, (n - (queriesBefore[kind] ?? 0)) / saves])
      .filter(([, n]) => n > 0.001)
      .sort((a, b) => b[1] - a[1]);
    const total = perSave.reduce((sum, [, n]) => sum + n, 0);
    console.log(`     database round trips per save: ${total.toFixed(2)}`);
    for (const [kind, n] of perSave) console.log(`       ${n.toFixed(2)}  ${kind}`);
  }
  const stored = (
    await db.query(
      `SELECT (SELECT count(*) FROM "survey_answer_operation")::int AS operations,
              (SELECT count(*) FROM "audit_event" WHERE "action" = 'response.answer_changed')::int AS audits,
              (SELECT coalesce(sum("version"), 0) FROM "survey_answer")::int AS versions`,
    )
  ).rows[0];
  console.log(
    `     stored: ${stored.operations} operations, ${stored.audits} audit events, sum of answer versions ${stored.versions}`,
  );

  // The API is done; stop it so the baseline has the machine to itself as the API had.
  await new Promise((r) => {
    api.once('exit', r);
    api.kill('SIGTERM');
  });

  // ---- Baseline: plain single-row upsert of the same data through pg ---------------------------------------
  await db.query(`CREATE TABLE "bench_answer" (
    "response_id" uuid NOT NULL, "question_code" text NOT NULL, "value" jsonb, "version" int NOT NULL,
    PRIMARY KEY ("response_id", "question_code"))`);
  pool = new pg.Pool({ connectionString: url.toString(), max: clients });
  pool.on('error', () => undefined); // the final DROP … WITH (FORCE) ends idle connections
  await Promise.all(Array.from({ length: clients }, () => pool.query('SELECT 1')));
  const upsert = {
    name: 'bench-upsert',
    text: `INSERT INTO "bench_answer" ("response_id", "question_code", "value", "version") VALUES ($1, $2, $3::jsonb, 1)
           ON CONFLICT ("response_id", "question_code")
           DO UPDATE SET "value" = excluded."value", "version" = "bench_answer"."version" + 1 RETURNING "version"`,
  };
  const pgRun = await load(async (c, i) => {
    const [code, value] = answerAt(i);
    try {
      await pool.query({ ...upsert, values: [respondents[c].responseId, code, JSON.stringify(value)] });
      return '200';
    } catch (error) {
      return `pg ${error.code ?? error.message}`;
    }
  });
  await pgRun.windowStarted;
  const pgCpuBefore = await cpuSnapshot(db, null);
  const pgRaw = await pgRun.done;
  const pgCpuAfter = await cpuSnapshot(db, null);
  const pgResult = summarize(`pg   INSERT … ON CONFLICT DO UPDATE, pool of ${clients}`, pgRaw);
  const pgCpu = cpuReport(pgCpuBefore, pgCpuAfter, pgRaw.wallMs, pgRaw.statuses['200'] ?? 0);
  console.log(`     ${pgCpu.text}`);

  const ratio = apiResult.savesPerSecond / pgResult.savesPerSecond;
  console.log(
    `ratio API / pg: ${ratio.toFixed(3)} (throughput), p99 ${(apiResult.p99 / pgResult.p99).toFixed(1)}× the baseline's; ` +
      `target ≥ 1,000 saves/s with p99 ≤ 50 ms: ${apiResult.savesPerSecond >= 1000 && apiResult.p99 <= 50 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `RESULT ${JSON.stringify({
      date: new Date().toISOString(),
      clients,
      seconds,
      logLevel: env.LOG_LEVEL,
      poolSize: env.DATABASE_POOL_SIZE ?? null,
      api: { ...apiResult, cpu: { ...apiCpu, text: undefined } },
      pg: { ...pgResult, cpu: { ...pgCpu, text: undefined } },
      ratio,
    })}`,
  );
} finally {
  await cleanup();
}
