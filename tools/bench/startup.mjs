// Benchmark (issue "Foundation"): time from process start to a healthy API on the embedded database,
// API memory when idle, and the dashboard's initial JavaScript gzipped. Needs a prior build:
//   npx nx run-many -t build -p api dashboard && node tools/bench/startup.mjs [runs]
// Prints medians (and min/max) over the runs; the machine is noisy, so compare medians.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '../..');
const runs = Number(process.argv[2] ?? 5);
const port = 3190;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function startUntilHealthy(databaseUrl) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await sleep(20);
  }
  const ms = performance.now() - t0;
  return { child, ms };
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const dir = mkdtempSync(join(tmpdir(), 'dc-bench-'));
const cold = [];
const warm = [];
const idle = [];
try {
  for (let i = 0; i < runs; i++) {
    // Cold: a new data directory, so PGlite initialises it and the migrations run.
    const fresh = await startUntilHealthy(`pglite://${join(dir, `cold-${i}`)}`);
    cold.push(fresh.ms);
    await stop(fresh.child);
    // Warm: the same directory again, as on every later `npm start`.
    const again = await startUntilHealthy(`pglite://${join(dir, `cold-${i}`)}`);
    warm.push(again.ms);
    await sleep(5000); // let start-up garbage settle before reading idle memory
    idle.push(rssMb(again.child.pid));
    await stop(again.child);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Initial JS: the scripts index.html loads and every chunk they import statically, transitively (what the browser
// must fetch before the first page). The modulepreload hints are not enough: Angular writes at most ten of them.
const browserDir = join(root, 'dist/apps/dashboard/browser');
const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
const initial = [];
const queue = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.includes(file)) continue;
  initial.push(file);
  const code = readFileSync(join(browserDir, file), 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']\.\/(chunk-[A-Za-z0-9]+\.js)["']/g)) {
    queue.push(m[1]);
  }
}
const bytes = initial.map((file) => readFileSync(join(browserDir, file)));
const raw = bytes.reduce((sum, b) => sum + b.length, 0);
const gz = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);

const fmt = (values, unit) =>
  `median ${median(values).toFixed(0)} ${unit} (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;
console.log(`start → healthy, new data directory (migrations run): ${fmt(cold, 'ms')}`);
console.log(`start → healthy, existing data directory:             ${fmt(warm, 'ms')}`);
console.log(`API RSS idle (5 s after healthy):                      ${fmt(idle, 'MB')}`);
console.log(
  `dashboard initial JS (${initial.length} files): ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip -9`,
);
