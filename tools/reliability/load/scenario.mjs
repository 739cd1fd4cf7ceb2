// The load scenario: respondents autosave (some of them colleagues in one region, editing the same answers),
// analysts load dashboards, for a fixed time; then every acknowledged save is read back. Optionally PostgreSQL
// is restarted in the middle of it.
import { seededRandom } from '../lib/prng.mjs';
import { createWave, openResponse } from '../lib/survey-client.mjs';
import { inBatches, inviteAndAccept, signInAdmin } from './accounts.mjs';
import { createAnalyst } from './analyst.mjs';
import { createEnvironment } from './environment.mjs';
import { createClient, sleep } from './http-client.mjs';
import { restartPostgres, watchHealth } from './postgres-restart.mjs';
import { readBack } from './read-back.mjs';
import { createRespondent, SHARED_QUESTIONS, SOLO_QUESTIONS } from './respondent.mjs';
import { createStats, sampleMemory } from './stats.mjs';

/** Länder with Landkreise in the DLT replica wave (the analysts' dashboards). */
const ANALYST_LAENDER = ['01', '03', '05', '06', '07', '08', '09', '10', '12', '13', '14', '15', '16'];
const DLT_TITLE_START = 'Der digitale Landkreis 2017';

export async function runLoad(options) {
  const {
    postgresUrl,
    seconds,
    respondents: respondentCount,
    sharedRegions,
    analysts: analystCount,
    respondentThinkMs,
    analystThinkMs,
    seed,
    restartPostgresAt,
    postgresDownMs,
    log,
  } = options;
  const stats = createStats();
  log(`starting the API on ${postgresUrl ? 'PostgreSQL' : 'the embedded database'} with demo data …`);
  const env = await createEnvironment({ postgresUrl, poolSize: options.poolSize });
  const client = createClient({ port: env.port, maxSockets: respondentCount + analystCount * 6 + 8, stats });
  try {
    const admin = await signInAdmin(client);
    const waves = await client.request('GET /waves', 'GET', '/api/v1/waves', { session: admin });
    const dlt = waves.json.find((wave) => wave.title.startsWith(DLT_TITLE_START));
    if (!dlt) throw new Error('the demo data has no DLT replica wave');

    // The live wave: one region per respondent, except that the last 2 × sharedRegions respondents work in
    // pairs on sharedRegions regions.
    const regionCount = respondentCount - sharedRegions;
    const kreise = await listKreise(client, regionCount);
    const waveId = await createWave(client.http, admin, 'Lasttest Selbsteinschätzung', kreise);

    const setupStart = Date.now();
    const seats = Array.from({ length: respondentCount }, (_, i) => {
      const pairSlot = i - (respondentCount - 2 * sharedRegions);
      const regionIndex = pairSlot < 0 ? i : regionCount - sharedRegions + Math.floor(pairSlot / 2);
      return { i, ars: kreise[regionIndex], shared: pairSlot >= 0 };
    });
    const respondentSessions = await inBatches(seats, 4, async (seat) => {
      const session = await inviteAndAccept(
        client,
        admin,
        `r${seat.i}.${seat.ars}@last.example`,
        'RESPONDENT',
        seat.ars,
      );
      return session;
    });
    const responseIds = [];
    for (const [i, seat] of seats.entries()) {
      responseIds.push((await openResponse(client.http, respondentSessions[i], waveId, seat.ars)).id);
    }
    const analystSessions = await inBatches(
      Array.from({ length: analystCount }, (_, i) => i),
      4,
      (i) =>
        inviteAndAccept(
          client,
          admin,
          `analyse${i}@last.example`,
          'STATE_ANALYST',
          ANALYST_LAENDER[i % ANALYST_LAENDER.length],
        ),
    );
    log(
      `set-up in ${((Date.now() - setupStart) / 1000).toFixed(0)} s: ${respondentCount} respondents on ${regionCount} Kreise ` +
        `(${sharedRegions} of them with two colleagues editing the same answers), ${analystCount} analysts; ` +
        `${seconds} s of load`,
    );

    const ledger = [];
    const counters = {
      acknowledged: 0,
      conflicts: 0,
      keptMine: 0,
      keptTheirs: 0,
      retried: 0,
      failed: 0,
      gaveUp: 0,
      unavailable: 0,
      views: 0,
      failures: [],
    };
    const respondentWorkers = seats.map((seat, i) =>
      createRespondent({
        client,
        session: respondentSessions[i],
        responseId: responseIds[i],
        questions: seat.shared ? SHARED_QUESTIONS : SOLO_QUESTIONS,
        random: seededRandom(seed + 1 + i),
        thinkMs: respondentThinkMs,
        ledger,
        counters,
      }),
    );
    const analystWorkers = analystSessions.map((session, i) =>
      createAnalyst({
        client,
        session,
        waveId: dlt.id,
        random: seededRandom(seed + 10_000 + i),
        thinkMs: analystThinkMs,
        counters,
      }),
    );

    const memory = sampleMemory(env.pid);
    const health = watchHealth(client);
    stats.start();
    const started = Date.now();
    const until = started + seconds * 1000;
    const fault =
      restartPostgresAt !== undefined
        ? sleep(restartPostgresAt * 1000).then(() => {
            log(`restarting PostgreSQL (down ${postgresDownMs} ms) …`);
            return restartPostgres(options.cluster, postgresDownMs);
          })
        : Promise.resolve(null);
    await Promise.all([...respondentWorkers, ...analystWorkers].map((worker) => worker.run(until)));
    const wallMs = Date.now() - started;
    stats.stop();
    const restart = await fault;
    const healthTimeline = await health.stop();
    const apiMemory = memory.stop();
    const endpoints = stats.summary();
    const requests = endpoints.reduce((sum, e) => sum + e.count, 0);
    const fiveHundreds = endpoints.flatMap((e) =>
      Object.entries(e.statuses)
        .filter(([s]) => Number(s) >= 500)
        .map(([s, n]) => ({ endpoint: e.endpoint, status: Number(s), count: n })),
    );

    log('reading back every acknowledged save …');
    const verification = await readBack(client, await signInAdmin(client), ledger);
    return {
      database: env.kind,
      seconds,
      respondents: respondentCount,
      sharedRegions,
      analysts: analystCount,
      seed,
      wallMs,
      requests,
      requestsPerSecond: Math.round((requests * 1000) / wallMs),
      savesPerSecond: Math.round((counters.acknowledged * 1000) / wallMs),
      counters: { ...counters, failures: counters.failures.slice(0, 20) },
      endpoints,
      fiveHundreds,
      apiMemory,
      apiProcessSurvived: env.alive(),
      restart,
      healthTimeline: healthTimeline.map((entry) => ({
        ...entry,
        atSeconds: Math.round((entry.at - started) / 100) / 10,
      })),
      verification: {
        ...verification,
        problems: verification.problems.slice(0, 20),
        problemCount: verification.problems.length,
      },
    };
  } catch (error) {
    log(`API output (tail):\n${env.output().slice(-4000)}`);
    throw error;
  } finally {
    client.close();
    await env.close();
  }
}

async function listKreise(client, count) {
  const kreise = [];
  for (let offset = 0; kreise.length < 500; offset += 500) {
    const page = await client.request('GET /regions', 'GET', `/api/v1/regions?level=KREIS&limit=500&offset=${offset}`);
    if (page.status !== 200) throw new Error(`regions: ${page.status}`);
    kreise.push(...page.json.items.map((region) => region.ars));
    if (page.json.items.length < 500) break;
  }
  if (kreise.length < count) throw new Error(`only ${kreise.length} Kreise, ${count} needed`);
  // Spread over the Länder: every k-th Kreis by key.
  const step = kreise.length / count;
  return Array.from({ length: count }, (_, i) => kreise[Math.floor(i * step)]);
}
