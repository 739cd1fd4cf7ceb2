// Region search latency on PostgreSQL with 11,000 synthetic Gemeinden, and the wire size of the Kreis boundaries.
// Needs the built API (`npx nx build api`) and a PostgreSQL server on 127.0.0.1:5432 (user postgres); creates and
// drops its own database. Usage: node tools/bench/region-search.mjs [requests=2000]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import districts from 'landkreise-deutschland/data/districts.json' with { type: 'json' };

const root = join(import.meta.dirname, '..', '..');
const mainJs = join(root, 'dist/apps/api/main.js');
const kreiseFile = join(root, '..', 'shared', 'data', 'geo', 'kreise_400_vg5000_simplified.topo.json');
const server = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const requests = Number(process.argv[2] ?? 2000);
const name = `dc_bench_${Date.now()}`;
const url = new URL(server);
url.pathname = `/${name}`;
const env = { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', DEMO_DATA: 'false' };

// Deterministic pseudo-random names: "Oberaltenbach", "Neu Rodenfeld", … (seeded LCG, no dependency).
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const prefixes = ['', '', '', 'Ober', 'Nieder', 'Neu', 'Alt', 'Groß', 'Klein', 'Bad '];
const stems = ['alten', 'roden', 'wald', 'berg', 'stein', 'linden', 'eich', 'bach', 'hain', 'mühl', 'sand', 'kirch'];
const suffixes = ['bach', 'feld', 'dorf', 'heim', 'hausen', 'stadt', 'au', 'rode', 'ingen', 'burg'];
const townName = () => {
  const stem = pick(stems) + pick(suffixes);
  const prefix = pick(prefixes);
  return prefix
    ? `${prefix}${prefix.endsWith(' ') ? stem[0].toUpperCase() + stem.slice(1) : stem}`
    : stem[0].toUpperCase() + stem.slice(1);
};

function syntheticCsv() {
  const kreise = districts.map((d) => String(d.AGS).padStart(5, '0')).filter((k) => k !== '16056');
  const lines = ['ARS;Name;Art;Einwohner'];
  const names = [];
  let gemeinden = 0;
  for (let v = 0; gemeinden < 11_000; v++) {
    const kreis = kreise[v % kreise.length];
    const verband = `${kreis}${String(5000 + Math.floor(v / kreise.length)).padStart(4, '0')}`;
    lines.push(`${verband};VG ${townName()};Verbandsgemeinde;${10_000 + Math.floor(random() * 30_000)}`);
    for (let g = 1; g <= 11 && gemeinden < 11_000; g++, gemeinden++) {
      const town = townName();
      names.push(town);
      lines.push(`${verband}${String(g).padStart(3, '0')};${town};Ortsgemeinde;${200 + Math.floor(random() * 5000)}`);
    }
  }
  return { csv: `${lines.join('\n')}\n`, names };
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function cli(args) {
  const result = spawnSync(process.execPath, [mainJs, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args[0]} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout.split('\n')[0];
}

const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const dir = mkdtempSync(join(tmpdir(), 'dc-bench-'));
let api;
try {
  const { csv, names } = syntheticCsv();
  writeFileSync(join(dir, 'gemeinden.csv'), csv);
  let t = performance.now();
  console.log(cli(['regions:import', join(dir, 'gemeinden.csv')]), `(${Math.round(performance.now() - t)} ms)`);
  if (existsSync(kreiseFile)) console.log(cli(['boundaries:import', kreiseFile, '--level', 'KREIS']));

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

  const queries = Array.from({ length: requests }, (_, i) => {
    if (i % 10 === 0) return `q=${String(1 + (i % 16)).padStart(2, '0')}1`; // key prefix
    const word = pick(names).split(' ').pop().toLowerCase();
    return `q=${encodeURIComponent(word.slice(0, 2 + (i % 4)))}${i % 3 === 0 ? '&level=GEMEINDE' : ''}`;
  });
  for (const q of queries.slice(0, 200)) await (await fetch(`${base}/api/v1/regions?${q}`)).arrayBuffer(); // warm-up
  const times = [];
  for (const q of queries) {
    t = performance.now();
    const response = await fetch(`${base}/api/v1/regions?${q}`);
    await response.arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`region search, ${requests} requests: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

  if (existsSync(kreiseFile)) {
    const response = await fetch(`${base}/api/v1/boundaries/KREIS`, { headers: { 'Accept-Encoding': 'gzip' } });
    const bytes = (await response.arrayBuffer()).byteLength;
    const wire = response.headers.get('content-length');
    console.log(`boundaries KREIS: ${wire} bytes gzip on the wire (${bytes} bytes decoded)`);
  }
} finally {
  if (api) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
