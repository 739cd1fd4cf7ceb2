/**
 * Scoring throughput of @digitalcheck/shared-scoring: scores 100,000 complete random valid responses of the
 * default questionnaire, five times, and prints the median. Target: ≤ 0.2 ms per response on one core.
 *
 *   node -r @swc-node/register tools/bench/scoring/score-throughput.ts
 *   taskset -c 0 node -r @swc-node/register tools/bench/scoring/score-throughput.ts   # pinned to one core
 *
 * Responses are generated in batches outside the timed part, so the figure is scoring alone and memory stays
 * small. Every run scores the same responses (fixed seeds).
 */
import { performance } from 'node:perf_hooks';
import { DIGITALE_KOMMUNE_V1, scoreResponse, validateAnswers } from '../../../libs/shared/scoring/src/index';
import { randomResponse, seededRandom } from './random-response';

const RESPONSES = 100_000;
const BATCH = 10_000;
const RUNS = 5;
const TARGET_MS_PER_RESPONSE = 0.2;

function run(runIndex: number): { ms: number; checksum: number } {
  let ms = 0;
  let checksum = 0;
  for (let start = 0; start < RESPONSES; start += BATCH) {
    const random = seededRandom(start + 1);
    const batch = Array.from({ length: BATCH }, () => randomResponse(DIGITALE_KOMMUNE_V1, random));
    if (runIndex === 0 && start === 0) assertValid(batch);
    const t0 = performance.now();
    for (const answers of batch) {
      const result = scoreResponse(DIGITALE_KOMMUNE_V1, answers, {
        referencePopulation: 25_000,
      });
      // Using the result keeps the work observable, so nothing can be optimised away.
      checksum += result.index.score ?? -1;
    }
    ms += performance.now() - t0;
  }
  return { ms, checksum };
}

function assertValid(batch: readonly Record<string, unknown>[]): void {
  for (const answers of batch.slice(0, 1000)) {
    const { ok, errors } = validateAnswers(DIGITALE_KOMMUNE_V1, answers, {
      forSubmit: true,
    });
    if (!ok) throw new Error(`Generated an invalid response: ${JSON.stringify(errors)}`);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const runs: { ms: number; checksum: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const result = run(i);
  runs.push(result);
  console.log(
    `run ${i + 1}: ${(result.ms / 1000).toFixed(2)} s total, ${(result.ms / RESPONSES).toFixed(4)} ms per response`,
  );
}
const medianMs = median(runs.map((r) => r.ms));
const perResponse = medianMs / RESPONSES;
console.log(`checksum (mean index): ${(runs[0].checksum / RESPONSES).toFixed(3)}`);
console.log(
  `median of ${RUNS} runs: ${perResponse.toFixed(4)} ms per response, ${(medianMs / 1000).toFixed(2)} s for ${RESPONSES.toLocaleString('en')} responses ` +
    `(target ≤ ${TARGET_MS_PER_RESPONSE} ms: ${perResponse <= TARGET_MS_PER_RESPONSE ? 'met' : 'MISSED'})`,
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
