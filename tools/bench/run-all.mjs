// `npm run bench`: builds what the benchmarks need, then runs each one. Results go into docs/BENCHMARKS.md by hand.
import { execSync } from 'node:child_process';

const run = (command) =>
  execSync(command, { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
run('npx nx run-many -t build -p api dashboard');
run('node tools/bench/startup.mjs 5');
// Analytics latency on national data (issue 7): loads its own database (about 1 minute), then 3 runs.
run('node tools/bench/analytics.mjs');
// Land overview page speed in Chromium (issue 7): demo API, RLP analyst, 7 loads.
run('node tools/bench/analytics-page.mjs 7');
// Land report PDF (issue 8): demo API, RLP analyst, the first (cold) request and 7 warm ones.
run('node tools/bench/report-pdf.mjs 7');
// Raw data export of a national wave (issue 8): loads its own database (16,000 Gemeinden, about 1 minute), then
// XLSX and CSV, 3 runs each in a fresh API process.
run('node tools/bench/raw-export.mjs');
// Latency under load (issue 10): 200 respondents autosaving and 20 analysts on dashboards for 2 minutes on
// PostgreSQL, with read-back (the 10-minute run with the same driver is part of `npm run test:reliability`).
run('node tools/reliability/load.mjs --seconds 120');
