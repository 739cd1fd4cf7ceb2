// Fault injection on PostgreSQL (issue 10): concurrent submits and autosave bursts, kill -9 of the API after a
// random delay (seeded), restart, and the invariants checked in the database after every round: no response
// submitted without its scores, no half-applied save (answer, operation and audit event together), every
// acknowledged write present. Needs the built API (`npx nx run api:build`) and PostgreSQL (user postgres, trust
// auth); creates the database dc_rel_kill_<timestamp> and drops it at the end, also on failure and Ctrl-C.
//
// Usage: node tools/reliability/kill-during-submit.mjs [rounds=100] [--json] [--seed=N]
//   --submits=4       responses submitted per round (the first one twice at once, as from two tabs)
//   --bursts=3        autosave bursts per round (the first on a response being submitted)
//   --burst-size=4    concurrent saves per burst (different questions)
//   --min-delay=0 --max-delay=250   the kill comes min…max ms (uniform) after the requests were sent
//   --server=URL      PostgreSQL server (default RELIABILITY_PG, TEST_DATABASE_URL or 127.0.0.1:5432)
// Exit code 1 when an invariant is violated.
import { performance } from 'node:perf_hooks';
import { apiEnv, killAllApis, startApi } from './lib/api-process.mjs';
import { onCleanup, runCleanup, wasInterrupted } from './lib/cleanup.mjs';
import { parseArgs } from './lib/cli.mjs';
import { createHttpClient } from './lib/http-client.mjs';
import { answerVersions, checkInvariants } from './lib/invariants.mjs';
import { createLedger } from './lib/ledger.mjs';
import { connectPostgres, createScratchDatabase } from './lib/postgres-database.mjs';
import { seededRandom } from './lib/prng.mjs';
import { createRespondents, pickRegions } from './lib/respondents.mjs';
import { printSummary, roundFigures, summarize } from './lib/run-report.mjs';
import { signIn } from './lib/sign-in.mjs';
import { prepareResponses } from './lib/survey-setup.mjs';
import { settleSubmits } from './lib/submit-pool.mjs';
import { writeAndKill } from './lib/write-round.mjs';

const options = parseArgs(process.argv.slice(2), {
  rounds: 100,
  json: false,
  seed: 20_261_125,
  submits: 4,
  bursts: 3,
  burstSize: 4,
  minDelay: 0,
  maxDelay: 250,
  respondents: 8,
  server: process.env.RELIABILITY_PG ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
});
const log = (text) => process.stderr.write(`${text}\n`);
const admin = { email: 'admin@reliability.example', password: 'zuverlaessig-2026' };
const startedAt = performance.now();

const database = await createScratchDatabase(options.server, `dc_rel_kill_${Date.now()}`);
onCleanup(() => database.drop());
onCleanup(() => killAllApis());
let exitCode = 0;
try {
  const env = apiEnv(database.url, admin);
  let api = await startApi(env);
  const firstStartMs = api.startMs;
  const db = await connectPostgres(database.url);
  onCleanup(() => db.close());

  // Set-up: respondents over the Kreise (and Gemeinden, if loaded), a wave, every response filled up to the
  // submit. A response whose submit a kill stopped before the commit is submitted again in a later round.
  const drafts = options.bursts; // responses that only ever get autosaves
  const poolSize = options.rounds * options.submits;
  const kreise = await pickRegions(db, 'KREIS', poolSize + drafts);
  const regions = [...kreise, ...(await pickRegions(db, 'GEMEINDE', Math.max(0, poolSize + drafts - kreise.length)))];
  const groups = Array.from({ length: options.respondents }, (_, i) =>
    regions.filter((_, j) => j % options.respondents === i),
  );
  const respondents = await createRespondents(db, admin.email, groups);
  let client = createHttpClient(api.baseUrl);
  const prepared = await prepareResponses(client, {
    adminSession: await signIn(client, admin.email, admin.password),
    respondents,
    password: admin.password,
    title: 'Zuverlässigkeit: Abbruch beim Absenden',
  });
  const draftTargets = prepared.responses.slice(0, drafts);
  const pool = prepared.responses.slice(drafts);
  const setupMs = performance.now() - startedAt;
  log(`set-up: ${prepared.responses.length} responses ready to submit in ${Math.round(setupMs)} ms`);

  const random = seededRandom(options.seed);
  const ledger = createLedger();
  const rounds = [];
  const violations = new Set();
  let check = await checkInvariants(db, ledger);
  let versions = await answerVersions(db);
  for (let round = 1; round <= options.rounds; round++) {
    const { kill, entries } = await writeAndKill(client, api, ledger, {
      round,
      pool,
      draftTargets,
      responses: check.responses,
      versions,
      random,
      options,
    });
    client.destroy();
    api = await startApi(env);
    client = createHttpClient(api.baseUrl);
    check = await checkInvariants(db, ledger);
    versions = await answerVersions(db);
    check.violations.forEach((v) => violations.add(`round ${round}: ${v}`));
    rounds.push(roundFigures(round, entries, kill, api.startMs, check));
    if (round % 10 === 0 || check.violations.length > 0) {
      log(`round ${round}: ${JSON.stringify(rounds.at(-1))}`);
    }
  }

  // Finally, without kills: every response of the pool still a draft is submitted; then all must be.
  const final = await settleSubmits(client, ledger, pool, check.responses);
  check = await checkInvariants(db, ledger);
  check.violations.forEach((v) => violations.add(`final: ${v}`));
  const finalSubmitted = pool.filter((r) => check.responses.get(r.id)?.status === 'submitted').length;
  if (finalSubmitted !== pool.length) violations.add(`final: ${finalSubmitted} of ${pool.length} submitted`);
  await api.stop();

  const summary = summarize({
    database: 'PostgreSQL',
    rounds,
    violations: [...violations],
    startedAt,
    firstStartMs,
    setupMs,
    extra: {
      seed: options.seed,
      maxDelayMs: options.maxDelay,
      finalSettle: { ...final, pool: pool.length, submitted: finalSubmitted },
    },
  });
  printSummary(summary, options.json);
  exitCode = summary.violations === 0 ? 0 : 1;
} catch (error) {
  if (!wasInterrupted()) log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  exitCode = 2;
} finally {
  await runCleanup();
}
process.exit(exitCode);
