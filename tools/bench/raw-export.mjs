// Raw data export of a national wave (issue 8): `GET /api/v1/exports/waves/{id}/responses?format=xlsx` as admin
// over all Länder of the latest national synthetic wave (tools/national-data: 400 Kreise + ~11,000 Gemeinden),
// streamed by the built API. Each measured export runs in a fresh API process; reports the time to the last byte
// (median of the runs), the file size, the API's CPU time, and its memory: VmRSS after sign-in, sampled every
// 20 ms during the export, and VmHWM (the process's peak resident set from start-up to the end of the export).
// Checks that the export has one data row per response of the wave.
//
// Needs the built API (`npx nx build api`) and PostgreSQL on 127.0.0.1:5432 (user postgres, BENCH_PG overrides).
// Without --database-url it creates a fresh database, loads the national data into it (about 40 s) and drops it
// at the end; with --database-url it uses that already loaded database (and only adds the bench admin, which it
// removes again).
//
// Usage: node tools/bench/raw-export.mjs [--database-url postgres://…/<loaded db>]
//   BENCH_RUNS=3            measured exports per format, each in a fresh API process (after one warm-up export
//                           in its own process, not counted, whose file is checked)
//   BENCH_SEQUENTIAL=0      more exports in the warm-up process, to show the RSS of exports one after another
//   BENCH_CSV=1             also time the CSV export (German dialect), same number of runs (0: XLSX only)
//   BENCH_FORMATS=xlsx,csv  the formats measured, in this order (e.g. `csv` alone: the API's memory without exceljs)
//   BENCH_GEMEINDEN=16000   synthetic Gemeinden the loader writes: 16,000 give the latest wave about 11,000
//                           responses (62 % of the Gemeinden and 84 % of the Kreise take part, 5 % drafts)
//   BENCH_PORT=3400         first port tried for the API
//   BENCH_API_MAIN=…        the API bundle to run (default dist/apps/api/main.js)
//   BENCH_API_NODE_ARGS=…   extra node options for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';
import ExcelJS from 'exceljs';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..');
const mainJs = resolve(process.env.BENCH_API_MAIN ?? join(root, 'dist/apps/api/main.js'));
const server = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const argv = process.argv.slice(2);
const urlFlag = argv.indexOf('--database-url');
const givenUrl = urlFlag >= 0 ? argv[urlFlag + 1] : null;
const runs = Number(process.env.BENCH_RUNS ?? 3);
const sequentialRuns = Number(process.env.BENCH_SEQUENTIAL ?? 0);
const formats = (process.env.BENCH_FORMATS ?? (process.env.BENCH_CSV === '0' ? 'xlsx' : 'xlsx,csv')).split(',');
const gemeinden = process.env.BENCH_GEMEINDEN ?? '16000';
const name = `bench_raw_export_${Date.now()}`;
const url = givenUrl ? new URL(givenUrl) : new URL(server);
if (!givenUrl) url.pathname = `/${name}`;
const password = 'bench-passwort-2026';
const adminEmail = 'admin@bench-raw-export.example';

const portFree = (port) =>
  new Promise((done) => {
    const s = createServer();
    s.once('error', () => done(false));
    s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
  });
async function choosePort() {
  for (let port = Number(process.env.BENCH_PORT ?? 3400); port < 3500; port++) if (await portFree(port)) return port;
  throw new Error('no free port in 3400–3499');
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;

/** VmRSS / VmHWM of a process in KiB (Linux). */
function memoryOf(pid, field) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : 0;
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim() || 100);
/** CPU time (user + system) of a process in ms, from /proc/<pid>/stat. */
function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

let port;
function request(method, path, { cookie, body, keep = false } = {}) {
  return new Promise((done, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { accept: keep ? '*/*' : 'application/json' };
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(payload);
    }
    if (cookie) headers.cookie = cookie;
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      let bytes = 0;
      let firstByteMs = null;
      res.on('data', (chunk) => {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.length;
        if (keep || !path.includes('/exports/')) chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - started;
        const buffer = Buffer.concat(chunks);
        let json = null;
        if (!keep && (res.headers['content-type'] ?? '').includes('json')) json = JSON.parse(buffer.toString('utf8'));
        done({ status: res.statusCode, headers: res.headers, json, bytes, ms, firstByteMs, buffer });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const admin = new pg.Client({ connectionString: server });
await admin.connect();
let api;
let db;
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (api && api.exitCode === null && api.signalCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  if (givenUrl && db) await db.query(`DELETE FROM "app_user" WHERE "email_key" = $1`, [adminEmail]).catch(() => 0);
  await db?.end().catch(() => undefined);
  if (!givenUrl) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
process.once('SIGINT', () => cleanup().finally(() => process.exit(130)));

try {
  if (!givenUrl) {
    await admin.query(`CREATE DATABASE "${name}"`);
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
        '--gemeinden',
        gemeinden,
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
  await db.query(`ANALYZE "region", "survey_wave_region", "survey_response", "survey_answer", "survey_wave"`);
  const [wave] = (
    await db.query(
      `SELECT w."id", w."title",
              (SELECT count(*) FROM "survey_response" r WHERE r."wave_id" = w."id")::int AS "responses",
              (SELECT count(*) FROM "survey_answer" a JOIN "survey_response" r ON r."id" = a."response_id"
                WHERE r."wave_id" = w."id")::int AS "answers"
         FROM "survey_wave" w ORDER BY w."starts_at" DESC, w."title" DESC LIMIT 1`,
    )
  ).rows;
  if (!wave) throw new Error(`no wave in ${url.pathname}: load the national data first`);
  console.log(`wave "${wave.title}": ${wave.responses} responses, ${wave.answers} stored answers`);

  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await db.query(
    `INSERT INTO "app_user" ("email", "email_key", "display_name", "password_hash", "status")
     VALUES ($1, $1, 'Bench-Administration', $2, 'active')
     ON CONFLICT ("email_key") DO UPDATE SET "password_hash" = excluded."password_hash"`,
    [adminEmail, hash],
  );
  await db.query(
    `INSERT INTO "role_assignment" ("user_id", "role", "region_ars")
     SELECT "id", 'ADMIN', '' FROM "app_user" WHERE "email_key" = $1 ON CONFLICT DO NOTHING`,
    [adminEmail],
  );
  port = await choosePort();
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  let cookie;
  let rssAtStart;

  /** A fresh API process, signed in as the bench admin. */
  async function startApi() {
    api = spawn(process.execPath, [...nodeArgs, mainJs], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: url.toString(),
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'false',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
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
    const login = await request('POST', '/api/v1/auth/login', { body: { email: adminEmail, password } });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.json)}`);
    cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    rssAtStart = memoryOf(api.pid, 'VmRSS');
  }
  async function stopApi() {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }

  /** One export, with the API's resident set sampled every 20 ms while it runs. */
  async function exportOnce(query, keep = false) {
    let peak = memoryOf(api.pid, 'VmRSS');
    const cpuBefore = cpuMsOf(api.pid);
    const sampler = setInterval(() => {
      peak = Math.max(peak, memoryOf(api.pid, 'VmRSS'));
    }, 20);
    try {
      const res = await request('GET', `/api/v1/exports/waves/${wave.id}/responses?${query}`, { cookie, keep });
      if (res.status !== 200) throw new Error(`export ${query}: ${res.status} ${res.buffer.toString('utf8')}`);
      return { ...res, peakRss: Math.max(peak, memoryOf(api.pid, 'VmRSS')), cpuMs: cpuMsOf(api.pid) - cpuBefore };
    } finally {
      clearInterval(sampler);
    }
  }

  // The warm-up export (not counted) is checked: one data row per response of the wave.
  await startApi();
  const warm = await exportOnce(`format=${formats[0]}`, true);
  console.log(`warm-up ${formats[0]}: ${(warm.ms / 1000).toFixed(2)} s, ${(warm.bytes / 1e6).toFixed(2)} MB`);
  let rows;
  let columns;
  if (formats[0] === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(warm.buffer);
    const data = workbook.getWorksheet('Daten');
    rows = data.rowCount - 1;
    columns = data.getRow(1).cellCount;
    console.log(`checked: ${workbook.getWorksheet('Codebuch').rowCount - 1} codebook lines`);
  } else {
    const lines = warm.buffer.toString('utf8').trimEnd().split('\r\n');
    rows = lines.length - 1;
    columns = lines[0].split(';').length;
  }
  if (rows !== wave.responses) throw new Error(`the export has ${rows} rows, the wave ${wave.responses} responses`);
  console.log(`checked: ${rows} rows × ${columns} columns`);
  const sequential = [];
  for (let i = 0; i < sequentialRuns; i++) sequential.push((await exportOnce(`format=${formats[0]}`)).peakRss);
  if (sequential.length > 0) {
    console.log(`${sequentialRuns} more exports in the same process: RSS peaks ${sequential.map(mb).join(', ')}`);
  }
  await stopApi();

  // Each measured export runs in a fresh API process: its time to the last byte, the API's CPU time, the RSS
  // sampled during the export, and VmHWM, the process's peak resident set from start-up to the end of the export.
  const results = { xlsx: [], csv: [] };
  for (let run = 1; run <= runs; run++) {
    for (const format of formats) {
      await startApi();
      const res = { ...(await exportOnce(`format=${format}`)), hwm: memoryOf(api.pid, 'VmHWM'), rssAtStart };
      await stopApi();
      results[format].push(res);
      console.log(
        `run ${run} ${format}: ${(res.ms / 1000).toFixed(2)} s (first byte ${res.firstByteMs.toFixed(0)} ms), ` +
          `${(res.bytes / 1e6).toFixed(2)} MB, API CPU ${(res.cpuMs / 1000).toFixed(2)} s, ` +
          `API RSS ${mb(res.rssAtStart)} after sign-in, peak ${mb(res.peakRss)}, VmHWM ${mb(res.hwm)}`,
      );
    }
  }
  console.log('');
  console.log(`Raw data export, wave "${wave.title}", all Länder as admin: ${rows} rows × ${columns} columns`);
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  for (const format of ['xlsx', 'csv']) {
    const list = results[format];
    if (list.length === 0) continue;
    console.log(
      `  ${format.toUpperCase()}: median ${seconds(median(list.map((r) => r.ms)))} over ${list.length} runs ` +
        `(min ${seconds(Math.min(...list.map((r) => r.ms)))}, max ${seconds(Math.max(...list.map((r) => r.ms)))}), ` +
        `${(list[0].bytes / 1e6).toFixed(2)} MB, API CPU median ${seconds(median(list.map((r) => r.cpuMs)))}; ` +
        `API RSS after sign-in median ${mb(median(list.map((r) => r.rssAtStart)))}, ` +
        `VmHWM median ${mb(median(list.map((r) => r.hwm)))}, max ${mb(Math.max(...list.map((r) => r.hwm)))}`,
    );
  }
} finally {
  await cleanup();
}
