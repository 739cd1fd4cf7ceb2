// `npm run test:reliability`: the full reliability runs of issue 10, one after the other (about 20 minutes).
// Each step fails the whole run; results (JSON and logs) go to tmp/reliability/. The figures in
// docs/BENCHMARKS.md ("Reliability") come from this command. CI runs a fast subset of the same scripts
// (apps/api-e2e/src/reliability, apps/api-e2e/src/abuse).
//
//   RELIABILITY_ONLY=load,restart   run only these steps (load, restart, kill, embedded, fuzz)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'tmp', 'reliability');
mkdirSync(out, { recursive: true });
const only = process.env.RELIABILITY_ONLY?.split(',').map((s) => s.trim());

const node = (script, ...args) => [process.execPath, join(root, script), ...args];
const steps = [
  {
    key: 'load',
    title: 'Load: 200 respondents autosave for 10 minutes (20 regions with conflicting colleagues), 20 analysts',
    command: node('tools/reliability/load.mjs', '--seconds', '600', '--out', join(out, 'load.json')),
  },
  {
    key: 'restart',
    title: 'PostgreSQL restart under load (100 respondents, 10 analysts, scratch cluster)',
    command: node(
      'tools/reliability/load.mjs',
      ...['--seconds', '120', '--respondents', '100', '--shared-regions', '10', '--analysts', '10'],
      ...['--restart-postgres-at', '40', '--out', join(out, 'restart.json')],
    ),
  },
  {
    key: 'kill',
    title: 'kill -9 of the API during submits, 100 times (PostgreSQL)',
    command: node('tools/reliability/kill-during-submit.mjs', '100'),
  },
  {
    key: 'embedded',
    title: 'kill -9 during writes on the embedded database, restart on the same data, 40 times',
    command: node('tools/reliability/embedded-kill.mjs', '40'),
  },
  {
    key: 'fuzz',
    title: 'Fuzzing of every write endpoint, 2,000 cases each (embedded database)',
    command: ['npx', 'jest', '-c', 'apps/api-e2e/jest.config.cts', 'apps/api-e2e/src/abuse/write-fuzzing'],
    env: { FUZZ_RUNS: '2000', NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning' },
  },
];

const results = [];
for (const step of steps) {
  if (only && !only.includes(step.key)) continue;
  process.stdout.write(`\n=== ${step.title}\n$ ${step.command.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ key: step.key, title: step.title, ok: run.status === 0, seconds });
  process.stdout.write(
    `=== ${run.status === 0 ? 'passed' : `FAILED (exit ${run.status ?? run.signal})`} in ${seconds} s\n`,
  );
}

process.stdout.write('\nReliability summary\n');
for (const r of results) process.stdout.write(`  ${r.ok ? 'passed' : 'FAILED'}  ${r.title} (${r.seconds} s)\n`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
