// One round of the fault injection: concurrent submits and autosave bursts, then kill -9 of the API after a
// random delay. The outcomes go into the ledger.
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { randomInt } from './prng.mjs';
import { submitPlan } from './submit-pool.mjs';
import { OPTIONAL_QUESTIONS, optionalValue } from './survey-answers.mjs';
import { saveAnswer } from './survey-client.mjs';

/**
 * Fires at once: a submit of each of `submitTargets` (the first one twice when `duplicateSubmit`, as from two
 * browser tabs) and, for each of `burstTargets`, `burstSize` concurrent saves of different optional questions on
 * top of the versions in `versions` (responseId → { code → version }). Returns the ledger entries' promises.
 */
export function fireWrites(
  client,
  ledger,
  { round, submitTargets, burstTargets, burstSize, versions, duplicateSubmit },
) {
  const sent = [];
  submitTargets.forEach((target, i) => {
    const times = duplicateSubmit && i === 0 ? 2 : 1;
    for (let n = 0; n < times; n++) {
      sent.push(
        ledger.trackSubmit(
          round,
          target.id,
          client.request('POST', `/api/v1/responses/${target.id}/submit`, { session: target.session }),
        ),
      );
    }
  });
  for (const [b, target] of burstTargets.entries()) {
    for (let q = 0; q < burstSize; q++) {
      const [code] = OPTIONAL_QUESTIONS[(round + b + q) % OPTIONAL_QUESTIONS.length];
      const baseVersion = versions.get(target.id)?.[code] ?? 0;
      const value = optionalValue(code, baseVersion);
      sent.push(
        ledger.trackSave(
          round,
          target.id,
          code,
          value,
          baseVersion,
          saveAnswer(client, target.session, target.id, code, value, baseVersion),
        ),
      );
    }
  }
  return sent;
}

/** Waits `delayMs` after `firedAt`, notes how many requests are still open and kills the API (-9). */
export async function killAfter(api, ledger, firedAt, delayMs) {
  const wait = firedAt + delayMs - performance.now();
  if (wait > 0) await sleep(wait);
  const inFlight = ledger.pendingCount();
  const killedAfterMs = performance.now() - firedAt;
  await api.kill9();
  return { delayMs, killedAfterMs, inFlight };
}

/**
 * One whole round: picks this round's submit and burst targets, fires them, kills the API after a seeded delay of
 * `options.minDelay`–`options.maxDelay` ms and waits until every request has its outcome.
 */
export async function writeAndKill(
  client,
  api,
  ledger,
  { round, pool, draftTargets, responses, versions, random, options },
) {
  const { submitTargets, burstTargets } = submitPlan(pool, draftTargets, responses, options, round);
  const firedAt = performance.now();
  const sent = fireWrites(client, ledger, {
    round,
    submitTargets,
    burstTargets,
    burstSize: options.burstSize,
    versions,
    duplicateSubmit: true,
  });
  const kill = await killAfter(api, ledger, firedAt, randomInt(random, options.minDelay, options.maxDelay));
  return { kill, entries: await Promise.all(sent) };
}
