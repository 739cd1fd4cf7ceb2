// Load with read-back (issue 10): respondents autosave against the running API while analysts load dashboards;
// afterwards every acknowledged save is read back. Fails (exit 1) on any lost save, any 5xx, any request a
// client had to give up on. With --restart-postgres-at, PostgreSQL is restarted during the run: then the API
// must report unhealthy while it is down, answer 503 DATABASE_UNAVAILABLE (retriable) rather than 500, recover
// without a restart of its own, and still lose nothing. The restart needs a cluster of its own: by default a
// scratch cluster is created for the run (pg_createcluster; root or the postgres user) and dropped afterwards.
//
// Needs the built API (npx nx build api). Usage:
//   node tools/reliability/load.mjs [--seconds 600] [--respondents 200] [--shared-regions 20] [--analysts 20]
//     [--database postgres|embedded] [--postgres-url postgres://postgres@127.0.0.1:5432/postgres]
//     [--restart-postgres-at 30 --postgres-down-ms 4000] [--seed 20261125] [--json] [--out result.json]
// --json prints the result as one JSON line instead of the report; --out writes it to a file as well.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScratchCluster } from './load/postgres-restart.mjs';
import { runLoad } from './load/scenario.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '600' },
    respondents: { type: 'string', default: '200' },
    'shared-regions': { type: 'string', default: '20' },
    analysts: { type: 'string', default: '20' },
    database: { type: 'string', default: 'postgres' },
    'postgres-url': {
      type: 'string',
      default: process.env.RELIABILITY_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    'respondent-think-ms': { type: 'string', default: '500-2500' },
    'analyst-think-ms': { type: 'string', default: '1000-3000' },
    'restart-postgres-at': { type: 'string' },
    'postgres-down-ms': { type: 'string', default: '4000' },
    'pool-size': { type: 'string' },
    seed: { type: 'string', default: '20261125' },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const range = (text) => {
  const [min, max] = text.split('-').map(Number);
  return { min, max: max ?? min };
};
const options = {
  postgresUrl: values.database === 'embedded' ? null : values['postgres-url'],
  seconds: Number(values.seconds),
  respondents: Number(values.respondents),
  sharedRegions: Number(values['shared-regions']),
  analysts: Number(values.analysts),
  respondentThinkMs: range(values['respondent-think-ms']),
  analystThinkMs: range(values['analyst-think-ms']),
  restartPostgresAt: values['restart-postgres-at'] === undefined ? undefined : Number(values['restart-postgres-at']),
  postgresDownMs: Number(values['postgres-down-ms']),
  poolSize: values['pool-size'] ? Number(values['pool-size']) : undefined,
  seed: Number(values.seed),
  log: (line) => process.stderr.write(`${line}\n`),
};
if (options.restartPostgresAt !== undefined && options.postgresUrl === null) {
  throw new Error('--restart-postgres-at needs --database postgres');
}

const cluster = options.restartPostgresAt === undefined ? null : await createScratchCluster();
if (cluster) {
  options.postgresUrl = cluster.url;
  options.cluster = cluster;
  options.log(`scratch PostgreSQL cluster ${cluster.version}/${cluster.name} at ${cluster.url}`);
}
let result;
try {
  result = await runLoad(options);
} finally {
  cluster?.drop();
}
const failures = judge(result, options);
if (values.out) writeFileSync(values.out, `${JSON.stringify({ ...result, failures }, null, 2)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify({ ...result, failures })}\n`);
else printReport(result, failures);
process.exit(failures.length === 0 ? 0 : 1);

/** What makes the run fail, in words. */
function judge(result, { restartPostgresAt }) {
  const failures = [];
  if (result.verification.problemCount > 0)
    failures.push(`${result.verification.problemCount} acknowledged saves not read back as saved`);
  if (result.counters.failed > 0) failures.push(`${result.counters.failed} requests failed with an unexpected status`);
  if (result.counters.gaveUp > 0) failures.push(`${result.counters.gaveUp} saves given up after repeated retries`);
  if (!result.apiProcessSurvived) failures.push('the API process died');
  const allowed = restartPostgresAt === undefined ? [] : [503];
  const bad = result.fiveHundreds.filter((entry) => !allowed.includes(entry.status));
  if (bad.length > 0)
    failures.push(`5xx answers: ${bad.map((e) => `${e.endpoint} ${e.status}×${e.count}`).join(', ')}`);
  if (restartPostgresAt !== undefined) {
    // Clients may see the outage only as the retriable answer: 503 DATABASE_UNAVAILABLE with Retry-After.
    const answered503 = result.fiveHundreds
      .filter((entry) => entry.status === 503 && entry.endpoint !== 'GET /health')
      .reduce((sum, entry) => sum + entry.count, 0);
    if (answered503 !== result.counters.unavailable) {
      failures.push(
        `${answered503 - result.counters.unavailable} answers of 503 without DATABASE_UNAVAILABLE and Retry-After`,
      );
    }
    const statuses = result.healthTimeline.map((entry) => entry.status);
    if (!statuses.some((status) => status !== 200)) failures.push('health never reported the database outage');
    if (statuses.at(-1) !== 200) failures.push(`health did not recover (last ${statuses.at(-1)})`);
  }
  return failures;
}

function printReport(result, failures) {
  const line = (text = '') => process.stdout.write(`${text}\n`);
  line(
    `Load on ${result.database}: ${result.respondents} respondents (${result.sharedRegions} shared regions), ` +
      `${result.analysts} analysts, ${(result.wallMs / 1000).toFixed(0)} s, seed ${result.seed}`,
  );
  line(
    `throughput ${result.requestsPerSecond} requests/s, ${result.savesPerSecond} acknowledged saves/s; ` +
      `saves ${result.counters.acknowledged}, conflicts ${result.counters.conflicts} ` +
      `(kept own ${result.counters.keptMine}, took colleague's ${result.counters.keptTheirs}), retried ${result.counters.retried}, ` +
      `dashboard views ${result.counters.views}, answered 503 DATABASE_UNAVAILABLE ${result.counters.unavailable}`,
  );
  line(
    `API memory (RSS): start ${result.apiMemory.startMb} MB, median ${result.apiMemory.medianMb} MB, ` +
      `max ${result.apiMemory.maxMb} MB, end ${result.apiMemory.endMb} MB`,
  );
  line();
  line('| endpoint | requests | p50 ms | p95 ms | p99 ms | max ms | statuses |');
  line('|---|---:|---:|---:|---:|---:|---|');
  for (const e of result.endpoints) {
    const statuses = Object.entries(e.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(', ');
    line(`| ${e.endpoint} | ${e.count} | ${e.p50} | ${e.p95} | ${e.p99} | ${e.max} | ${statuses} |`);
  }
  line();
  if (result.restart) {
    const timeline = result.healthTimeline.map((entry) => `${entry.atSeconds} s: ${entry.status}`).join(' → ');
    line(
      `PostgreSQL restart: down ${((result.restart.startedAt - result.restart.stoppedAt) / 1000).toFixed(1)} s; health ${timeline}`,
    );
  }
  line(
    `read-back: ${result.verification.acknowledged} acknowledged saves on ${result.verification.answers} answers of ` +
      `${result.verification.responses} responses; problems: ${result.verification.problemCount}`,
  );
  line(failures.length === 0 ? 'PASS' : `FAIL:\n- ${failures.join('\n- ')}`);
}
