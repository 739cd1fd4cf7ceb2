// Benchmark (issue 7, "Page speed"): how long the Land overview takes to become interactive on localhost.
// Starts the built API in demo mode (DEMO_DATA=true, embedded database in a temporary directory), signs in as
// the RLP state analyst and loads /auswertung for the closed 2024 demo wave several times in Debian's Chromium.
//   npx nx run-many -t build -p api dashboard && node tools/bench/analytics-page.mjs [loads]
// "Interactive": the KPI tiles, the 36 map regions and the ranking are drawn and the map indicator picker
// responds, measured from the navigation start (performance.now() in the page). Also reported: the first KPI
// tile (what a reader sees first). Later loads use the browser's cache, as a returning analyst does; the first
// load (cold caches) is reported on its own. The initial JS size is measured by startup.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '../..');
const loads = Number(process.argv[2] ?? 7);
const port = Number(process.env['BENCH_PORT'] ?? 3192);
const base = `http://127.0.0.1:${port}`;
const main = process.env['BENCH_API_MAIN'] ?? join(root, 'dist/apps/api/main.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const dir = mkdtempSync(join(tmpdir(), 'dc-bench-page-'));
const api = spawn(process.execPath, [main], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: `pglite://${dir}`, PORT: String(port), DEMO_DATA: 'true', LOG_LEVEL: 'warn' },
  stdio: 'ignore',
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
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
  const context = await browser.newContext({
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const session = await (await page.request.get(`${base}/api/v1/auth/session`)).json();
  const login = await page.request.post(`${base}/api/v1/auth/login`, {
    data: { email: 'analyse.rlp@demo.example', password: 'demo-digitalcheck' },
    headers: { 'X-XSRF-TOKEN': session.csrfToken },
  });
  if (login.status() !== 200) throw new Error(`sign-in failed: ${login.status()}`);
  const waves = await (await page.request.get(`${base}/api/v1/waves`)).json();
  const wave = waves.find((w) => w.title === 'Digitalcheck Rheinland-Pfalz 2024');
  const url = `${base}/auswertung?befragung=${wave.id}&land=07&ebene=KREIS`;

  const interactive = [];
  let cold = 0;
  const firstTile = [];
  for (let i = 0; i < loads + 1; i++) {
    await page.goto(url, { waitUntil: 'commit' });
    const tile = await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="kpi-ohneStrategie"]');
        return el && el.textContent.includes('%') ? performance.now() : null;
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const ready = await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="analytics-map"] path.dc-map__region').length === 36 &&
        document.querySelector('[data-testid="ranking-chart"] svg') !== null &&
        document.querySelector('[data-testid="map-indicator"] option') !== null
          ? performance.now()
          : null,
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const readyMs = await ready.jsonValue();
    // Interactive: the picker answers (a change reaches the URL) right after everything is drawn.
    await page.selectOption('[data-testid="map-indicator"]', { index: 1 });
    await page.waitForURL(/karte=/);
    if (i === 0) {
      // The first load: empty browser cache, the API computes the figures (its result cache is empty).
      cold = readyMs;
      continue;
    }
    interactive.push(readyMs);
    firstTile.push(await tile.jsonValue());
  }
  const fmt = (values) =>
    `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;
  console.log(`Land overview, first KPI tile shown:           ${fmt(firstTile)}`);
  console.log(`Land overview interactive (tiles, map, ranking): ${fmt(interactive)}`);
  console.log(`Land overview interactive, first (cold) load:  ${cold.toFixed(0)} ms`);
  console.log(
    JSON.stringify({ firstTileMs: median(firstTile), interactiveMs: median(interactive), coldMs: cold, loads }),
  );
} finally {
  await browser.close();
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
