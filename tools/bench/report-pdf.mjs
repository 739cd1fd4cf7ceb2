// Benchmark (issue 8, "PDF reports"): how long GET /api/v1/reports/waves/{id}/lands/07.pdf takes for the Land
// report of Rheinland-Pfalz over the closed 2024 demo wave, as the RLP state analyst.
//   npx nx run-many -t build -p api dashboard && node tools/bench/report-pdf.mjs [warm requests]
// Starts the built API in demo mode (DEMO_DATA=true, embedded database in a temporary directory). The first
// request is cold: Chromium is launched then (lazily) and the dashboard's report bundle is loaded for the first
// time. The warm requests reuse the running browser (a new context each). Reported: cold, median and max of the
// warm ones, the API process's peak RSS (Chromium runs in its own processes; their RSS is summed separately),
// page count and size of the PDF.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const warm = Math.max(5, Number(process.argv[2] ?? 7));
const port = Number(process.env['BENCH_PORT'] ?? 3193);
const base = `http://127.0.0.1:${port}`;
const main = process.env['BENCH_API_MAIN'] ?? join(root, 'dist/apps/api/main.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const rssOf = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};
/** RSS of the Chromium processes the API started (children of the API process and theirs). */
const chromiumRss = (pid) => {
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,comm='], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .map(([p, pp, rss, comm]) => ({ pid: Number(p), ppid: Number(pp), rss: Number(rss), comm }));
    const family = new Set([pid]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const row of rows)
        if (family.has(row.ppid) && !family.has(row.pid)) {
          family.add(row.pid);
          changed = true;
        }
    }
    return rows.filter((row) => row.pid !== pid && family.has(row.pid)).reduce((sum, row) => sum + row.rss, 0) / 1024;
  } catch {
    return 0;
  }
};

const dir = mkdtempSync(join(tmpdir(), 'dc-bench-report-'));
const api = spawn(process.execPath, [main], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: `pglite://${dir}`, PORT: String(port), DEMO_DATA: 'true', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
try {
  for (;;) {
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    await sleep(200);
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'analyse.rlp@demo.example', password: 'demo-digitalcheck' }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const waves = await (await fetch(`${base}/api/v1/waves`, { headers: { Cookie: cookie } })).json();
  const wave = waves.find((w) => w.title === 'Digitalcheck Rheinland-Pfalz 2024');
  const url = `${base}/api/v1/reports/waves/${wave.id}/lands/07.pdf`;

  const once = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: { Cookie: cookie } });
    const body = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`report answered ${response.status}: ${body.toString('utf8')}`);
    return { ms, body };
  };
  const apiBefore = rssOf(api.pid);
  const cold = await once();
  const times = [];
  let last = cold.body;
  let chromiumPeak = chromiumRss(api.pid);
  for (let i = 0; i < warm; i++) {
    const result = await once();
    times.push(result.ms);
    last = result.body;
    chromiumPeak = Math.max(chromiumPeak, chromiumRss(api.pid));
  }
  const file = join(dir, 'report.pdf');
  writeFileSync(file, last);
  let pages = '?';
  try {
    pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '?';
  } catch {
    // pdfinfo (poppler-utils) missing: pages unknown
  }
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `Land report PDF, Rheinland-Pfalz, demo wave 2024 (${pages} pages, ${(last.length / 1024).toFixed(0)} KiB)`,
  );
  console.log(`  cold (first request, launches Chromium): ${fmt(cold.ms)}`);
  console.log(
    `  warm: median ${fmt(median(times))}, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))} over ${warm}`,
  );
  console.log(`  warm times: ${times.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s`);
  console.log(
    `  API peak RSS ${apiBefore.toFixed(0)} MB before the first report (demo data seeding), ` +
      `${rssOf(api.pid).toFixed(0)} MB after; Chromium processes (summed RSS) ${chromiumPeak.toFixed(0)} MB`,
  );
  console.log(
    `  target ≤ 3 s: ${median(times) <= 3000 && cold.ms <= 3000 ? 'met' : median(times) <= 3000 ? 'met warm, not cold' : 'not met'}`,
  );
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
