import { runReliabilityScript } from './support/run-reliability-script';

/**
 * The fast subset of the fault injection (issue 10): one round of tools/reliability/kill-during-submit.mjs
 * (PostgreSQL, when TEST_DATABASE_URL is set) and one of tools/reliability/embedded-kill.mjs — concurrent submits
 * and autosaves, kill -9 of the API 5 to 20 ms after they were sent (while they are in flight), restart, and the
 * invariants in the database; on the embedded database the very first start is killed too, while PGlite creates
 * the data directory. The full runs: `node tools/reliability/kill-during-submit.mjs 100` and
 * `node tools/reliability/embedded-kill.mjs 40`.
 */

interface Outcomes {
  sent: number;
  acknowledged: number;
  refused: number;
  lost: number;
  lostButApplied: number;
}

interface RunSummary {
  database: string;
  rounds: number;
  kills: number;
  killsDuringInFlight: number;
  submits: Outcomes;
  saves: Outcomes;
  restartMs: { median: number };
  finalSettle: { pool: number; submitted: number; sent: number; acknowledged: number };
  /** Embedded only: the very first start killed once PG_VERSION was in the new data directory. */
  firstStartKill?: { killedAfterMs: number; files: number; beforePgHbaConf: boolean };
  violations: number;
  violationSamples: string[];
}

function runScript(script: string, args: string[]) {
  return runReliabilityScript<RunSummary>(script, args, 80_000).then(({ code, result, stderr }) => ({
    code,
    summary: result,
    stderr,
  }));
}

/** One round: 3 or 4 responses submitted (the first twice), 2 or 3 bursts of 3 or 4 saves, one kill in flight. */
function expectOneCleanRound(summary: RunSummary, submits: number, bursts: number, burstSize: number): void {
  expect(summary.violationSamples).toEqual([]);
  expect(summary.violations).toBe(0);
  expect(summary.rounds).toBe(1);
  expect(summary.kills).toBe(1);
  expect(summary.killsDuringInFlight).toBe(1);
  expect(summary.submits.sent).toBe(submits + 1);
  expect(summary.saves.sent).toBe(bursts * burstSize);
  for (const outcomes of [summary.submits, summary.saves]) {
    expect(outcomes.acknowledged + outcomes.refused + outcomes.lost).toBe(outcomes.sent);
    expect(outcomes.lostButApplied).toBeLessThanOrEqual(outcomes.lost);
  }
  expect(summary.restartMs.median).toBeGreaterThan(0);
  // Afterwards, without faults, every response of the pool is submitted: those the kill stopped too.
  expect(summary.finalSettle.pool).toBe(submits);
  expect(summary.finalSettle.submitted).toBe(submits);
  expect(summary.finalSettle.acknowledged).toBe(summary.finalSettle.sent);
}

const DELAY = ['--min-delay=5', '--max-delay=20'];
const postgres = process.env['TEST_DATABASE_URL'];

// Only registered where PostgreSQL is (CI's PostgreSQL step), so the embedded step reports no skipped test.
if (postgres)
  describe('kill -9 during submits on PostgreSQL', () => {
    it('keeps submitted responses with their scores, whole saves and every acknowledged write', async () => {
      const { code, summary, stderr } = await runScript('kill-during-submit.mjs', [
        '1',
        '--json',
        ...DELAY,
        `--server=${postgres}`,
      ]);
      expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
      expect(summary.database).toBe('PostgreSQL');
      expectOneCleanRound(summary, 4, 3, 4);
    }, 90_000);
  });

describe('kill -9 during writes on the embedded database', () => {
  it('starts again on the same directory with every acknowledged write and no half write', async () => {
    const { code, summary, stderr } = await runScript('embedded-kill.mjs', ['1', '--json', ...DELAY]);
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(summary.database).toBe('embedded PGlite');
    // Killed while PGlite copied the new cluster into the directory (usually before pg_hba.conf), it started again.
    expect(summary.firstStartKill?.files).toBeGreaterThan(900);
    expectOneCleanRound(summary, 3, 2, 3);
  }, 90_000);
});
