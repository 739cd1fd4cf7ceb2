// Fault injection on the embedded database (issue 10): the API on a PGlite data directory gets concurrent submits
// and autosave bursts and is killed with -9 after a random delay (seeded). Then, on the same directory, it must
// start again (crash recovery, no corruption); it is stopped cleanly and the script opens the directory itself to
// check the invariants: no response submitted without its scores, no half-applied save, every acknowledged write
// present. Needs the built API (`npx nx run api:build`); works in a temporary directory removed at the end.
//
// Usage: node tools/reliability/embedded-kill.mjs [rounds=10] [--json] [--seed=N]
//   --submits=3 --bursts=2 --burst-size=3 --min-delay=0 --max-delay=300   as in kill-during-submit.mjs
//   --first-start-kill=1   first kill the very first start when PGlite has written PG_VERSION into the new data
//                          directory (before pg_hba.conf: the directory never opened again until the fix in
//                          libs/api/database/src/lib/embedded/first-creation.ts); 0 skips it
//   --keep                 keep the data directory (its path is printed)
// Exit code 1 when an invariant is violated or the API does not start after a kill.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiEnv, killAllApis, startAndKillWhen, startApi } from './lib/api-process.mjs';
import { onCleanup, runCleanup, wasInterrupted } from './lib/cleanup.mjs';
import { parseArgs } from './lib/cli.mjs';
import { openEmbedded } from './lib/embedded-database.mjs';
import { createHttpClient } from './lib/http-client.mjs';
import { answerVersions, checkInvariants } from './lib/invariants.mjs';
import { createLedger } from './lib/ledger.mjs';
import { seededRandom } from './lib/prng.mjs';
import { createRespondents, pickRegions } from './lib/respondents.mjs';
import { printSummary, roundFigures, summarize } from './lib/run-report.mjs';
import { signIn } from './lib/sign-in.mjs';
import { settleSubmits } from './lib/submit-pool.mjs';
import { prepareResponses } from './lib/survey-setup.mjs';
import { writeAndKill } from './lib/write-round.mjs';

const options = parseArgs(process.argv.slice(2), {
  rounds: 10,
  json: false,
  keep: false,
  seed: 20_261_125,
  submits: 3,
  bursts: 2,
  burstSize: 3,
  minDelay: 0,
  maxDelay: 300,
  respondents: 4,
  firstStartKill: 1,
});
const log = (text) => process.stderr.write(`${text}\n`);
const admin = { email: 'admin@reliability.example', password: 'zuverlaessig-2026' };
const startedAt = performance.now();

const directory = mkdtempSync(join(tmpdir(), 'dc-rel-embedded-'));
const dataDir = join(directory, 'db');
onCleanup(() =>
  options.keep ? log(`data directory kept: ${dataDir}`) : rmSync(directory, { recursive: true, force: true }),
);
onCleanup(() => killAllApis());
const env = apiEnv(`pglite://${dataDir}`, admin);

/** Runs `work` on the data directory opened by the script (no API may run on it). */
async function withDatabase(work) {
  const db = await openEmbedded(dataDir);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const violations = new Set();
let exitCode = 0;
try {
  // Set-up: the first start creates the schema and the administrator; the respondents go straight into the
  // database while the API is stopped; then the wave and the filled responses through the API.
  let firstStartKill = null;
  if (options.firstStartKill) {
    const { killedAfterMs } = await startAndKillWhen(env, () => existsSync(join(dataDir, 'PG_VERSION')));
    firstStartKill = {
      killedAfterMs: Math.round(killedAfterMs),
      files: readdirSync(dataDir, { recursive: true }).length,
      // Whether the kill came before PGlite had copied pg_hba.conf: the state that never opened before the fix.
      beforePgHbaConf: !existsSync(join(dataDir, 'pg_hba.conf')),
    };
  }
  let first;
  try {
    first = await startApi(env);
  } catch (error) {
    violations.add(`the API did not start after a kill during its first start: ${error.message.slice(0, 2000)}`);
    throw error;
  }
  const firstStartMs = first.startMs;
  await first.stop();
  const drafts = options.bursts;
  const poolSize = options.rounds * options.submits;
  const respondents = await withDatabase(async (db) => {
    const regions = await pickRegions(db, 'KREIS', poolSize + drafts);
    const groups = Array.from({ length: options.respondents }, (_, i) =>
      regions.filter((_, j) => j % options.respondents === i),
    );
    return createRespondents(db, admin.email, groups);
  });
  let api = await startApi(env);
  let client = createHttpClient(api.baseUrl);
  const prepared = await prepareResponses(client, {
    adminSession: await signIn(client, admin.email, admin.password),
    respondents,
    password: admin.password,
    title: 'Zuverlässigkeit: Abbruch der eingebetteten Datenbank',
    parallel: 4,
  });
  const draftTargets = prepared.responses.slice(0, drafts);
  const pool = prepared.responses.slice(drafts);
  const setupMs = performance.now() - startedAt;
  log(`set-up: ${prepared.responses.length} responses ready to submit in ${Math.round(setupMs)} ms`);

  const random = seededRandom(options.seed);
  const ledger = createLedger();
  const rounds = [];
  let check = { responses: new Map(prepared.responses.map((r) => [r.id, { status: 'draft' }])) };
  let versions = new Map();
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

    // The start after the kill is the crash recovery: it must come up healthy on the same directory.
    let recovered;
    try {
      recovered = await startApi(env);
    } catch (error) {
      violations.add(`round ${round}: the API did not start after the kill: ${error.message.slice(0, 2000)}`);
      break;
    }
    await recovered.stop();
    ({ check, versions } = await withDatabase(async (db) => ({
      check: await checkInvariants(db, ledger),
      versions: await answerVersions(db),
    })));
    check.violations.forEach((v) => violations.add(`round ${round}: ${v}`));
    rounds.push(roundFigures(round, entries, kill, recovered.startMs, check));
    log(`round ${round}: ${JSON.stringify(rounds.at(-1))}`);
    api = await startApi(env);
    client = createHttpClient(api.baseUrl);
  }

  let finalSettle = null;
  if (rounds.length === options.rounds) {
    const final = await settleSubmits(client, ledger, pool, check.responses);
    await api.stop();
    check = await withDatabase((db) => checkInvariants(db, ledger));
    check.violations.forEach((v) => violations.add(`final: ${v}`));
    const submitted = pool.filter((r) => check.responses.get(r.id)?.status === 'submitted').length;
    if (submitted !== pool.length) violations.add(`final: ${submitted} of ${pool.length} submitted`);
    finalSettle = { ...final, pool: pool.length, submitted };
  }

  const summary = summarize({
    database: 'embedded PGlite',
    rounds,
    violations: [...violations],
    startedAt,
    firstStartMs,
    setupMs,
    extra: { seed: options.seed, maxDelayMs: options.maxDelay, firstStartKill, finalSettle },
  });
  printSummary(summary, options.json);
  exitCode = summary.violations === 0 ? 0 : 1;
} catch (error) {
  if (!wasInterrupted()) log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  violations.forEach((v) => log(`violation: ${v}`));
  exitCode = violations.size > 0 ? 1 : 2;
} finally {
  await runCleanup();
}
process.exit(exitCode);
