// The figures of a fault-injection run: per round what was sent, acknowledged, lost and found applied, and the
// summary (text or one JSON object with --json).
import { countOutcome } from './ledger.mjs';
import { median, ms, percentile } from './stats.mjs';

/** The figures of one round from its ledger entries and the state found after the restart. */
export function roundFigures(round, entries, kill, restartMs, check) {
  const saves = entries.filter((entry) => 'operationId' in entry);
  const submits = entries.filter((entry) => !('operationId' in entry));
  const ackedSubmitIds = new Set(submits.filter((s) => s.outcome === 'acknowledged').map((s) => s.responseId));
  const lostSubmitIds = new Set(submits.filter((s) => s.outcome === 'lost').map((s) => s.responseId));
  return {
    round,
    delayMs: kill.delayMs,
    killedAfterMs: Math.round(kill.killedAfterMs),
    inFlightAtKill: kill.inFlight,
    sent: entries.length,
    submits: {
      sent: submits.length,
      acknowledged: countOutcome(submits, 'acknowledged'),
      refused: countOutcome(submits, 'refused'),
      lost: countOutcome(submits, 'lost'),
      // Killed after the commit but before the answer reached the client: applied, not acknowledged.
      lostButApplied: [...lostSubmitIds].filter(
        (id) => !ackedSubmitIds.has(id) && check.responses.get(id)?.status === 'submitted',
      ).length,
    },
    saves: {
      sent: saves.length,
      acknowledged: countOutcome(saves, 'acknowledged'),
      refused: countOutcome(saves, 'refused'),
      lost: countOutcome(saves, 'lost'),
      lostButApplied: saves.filter((s) => s.outcome === 'lost' && check.operations.has(s.operationId)).length,
    },
    refusals: tally(entries.filter((e) => e.outcome === 'refused').map((e) => `${e.status} ${e.code ?? ''}`.trim())),
    restartMs: Math.round(restartMs),
    violations: check.violations.length,
  };
}

/** Counts equal texts: ['409 X', '409 X'] → { '409 X': 2 }. */
function tally(texts) {
  const counts = {};
  for (const text of texts) counts[text] = (counts[text] ?? 0) + 1;
  return counts;
}

const sum = (rounds, pick) => rounds.reduce((total, round) => total + pick(round), 0);

export function summarize({ database, rounds, violations, startedAt, firstStartMs, setupMs, extra = {} }) {
  const restarts = rounds.map((r) => r.restartMs);
  return {
    database,
    date: new Date().toISOString(),
    rounds: rounds.length,
    durationS: Math.round((performance.now() - startedAt) / 100) / 10,
    setupMs: Math.round(setupMs),
    firstStartMs: Math.round(firstStartMs),
    kills: rounds.length,
    killsDuringInFlight: rounds.filter((r) => r.inFlightAtKill > 0).length,
    killsBeforeAnyAnswer: rounds.filter((r) => r.inFlightAtKill === r.sent).length,
    killsAfterAllAnswered: rounds.filter((r) => r.inFlightAtKill === 0).length,
    submits: {
      sent: sum(rounds, (r) => r.submits.sent),
      acknowledged: sum(rounds, (r) => r.submits.acknowledged),
      refused: sum(rounds, (r) => r.submits.refused),
      lost: sum(rounds, (r) => r.submits.lost),
      lostButApplied: sum(rounds, (r) => r.submits.lostButApplied),
    },
    saves: {
      sent: sum(rounds, (r) => r.saves.sent),
      acknowledged: sum(rounds, (r) => r.saves.acknowledged),
      refused: sum(rounds, (r) => r.saves.refused),
      lost: sum(rounds, (r) => r.saves.lost),
      lostButApplied: sum(rounds, (r) => r.saves.lostButApplied),
    },
    // Refusals by status and error code: 409 RESPONSE_STATUS (a save or second submit after the submit) is
    // expected; a 5xx is not.
    refusals: tally(rounds.flatMap((r) => Object.entries(r.refusals).flatMap(([text, n]) => Array(n).fill(text)))),
    restartMs: { median: median(restarts), p95: percentile(restarts, 95), max: percentile(restarts, 100) },
    ...extra,
    violations: violations.length,
    violationSamples: violations.slice(0, 20),
  };
}

export function printSummary(summary, json) {
  if (json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const s = summary;
  const lines = [
    `${s.database}: ${s.rounds} rounds in ${s.durationS} s (set-up ${ms(s.setupMs)}, first start ${ms(s.firstStartMs)})`,
    `kills: ${s.kills}, ${s.killsDuringInFlight} with requests in flight (${s.killsBeforeAnyAnswer} before any answer), ` +
      `${s.killsAfterAllAnswered} after all answers`,
    `submits: ${s.submits.sent} sent, ${s.submits.acknowledged} acknowledged, ${s.submits.refused} refused, ` +
      `${s.submits.lost} lost (${s.submits.lostButApplied} of them applied)`,
    `saves: ${s.saves.sent} sent, ${s.saves.acknowledged} acknowledged, ${s.saves.refused} refused, ` +
      `${s.saves.lost} lost (${s.saves.lostButApplied} of them applied)`,
    `refusals: ${JSON.stringify(s.refusals)}`,
    `restart (spawn → healthy): median ${ms(s.restartMs.median)}, p95 ${ms(s.restartMs.p95)}, max ${ms(s.restartMs.max)}`,
    ...Object.entries(s)
      .filter(([key, value]) => ['firstStartKill', 'finalSettle'].includes(key) && value)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
    `invariant violations: ${s.violations}`,
    ...s.violationSamples.map((v) => `  ${v}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
