// A respondent filling in the questionnaire: autosaves one answer at a time with a think time between saves,
// as the form does. Colleagues sharing a region edit the same questions, so their saves conflict on purpose;
// a conflict is resolved as a person would (half keep their own value, half take the colleague's). Requests
// that got no usable answer (network error, 503, 429) are repeated with the same operationId, which the API
// applies at most once. Every acknowledged save goes into the ledger that the read-back checks.
import { randomUUID } from 'node:crypto';
import { sleep } from './http-client.mjs';

const LIKERT = ['1', '2', '3', '4', '5'];
const STATUS = ['vollstaendig', 'teilweise', 'inUmsetzung', 'geplant', 'keinThema', 'nichtZutreffend'];
/** Valid answers of the default questionnaire (digitale-kommune v1). */
export const SOLO_QUESTIONS = [
  ['A1', ['a', 'b', 'c', 'd', 'e']],
  ['A3', ['ja', 'nein', 'weissNicht']],
  ['A4', [0, 3, 12, 40]],
  ['S3', [1, 25, 180, 4000]],
  ['S4', ['verwaltungsspitze', 'digitalbeauftragte', 'itLeitung', 'organisation', 'sonstige']],
  ['V1', ['keine', '1bis9', '10bis49', '50bis99', 'ab100']],
  ['V3', STATUS],
  ['I1', [0, 15, 50, 100]],
  ['W2', STATUS],
];
/** The questions colleagues of one region both edit. */
export const SHARED_QUESTIONS = [
  ['A7', LIKERT],
  ['G3', LIKERT],
  ['B4', LIKERT],
];

const MAX_ATTEMPTS = 120;

export function createRespondent({ client, session, responseId, questions, random, thinkMs, ledger, counters }) {
  const versions = {};
  let step = 0;

  /** One save until it is acknowledged or a person would give up; returns the final status. */
  async function save(code, value) {
    let body = { value, baseVersion: versions[code] ?? 0, operationId: randomUUID() };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const res = await client.request(
        'PUT /responses/{id}/answers/{code}',
        'PUT',
        `/api/v1/responses/${responseId}/answers/${code}`,
        { session, body },
      );
      if (res.status === 200) {
        versions[code] = res.json.version;
        ledger.push({ responseId, code, version: res.json.version, value: res.json.value, by: session.email });
        counters.acknowledged++;
        return 200;
      }
      if (res.status === 409 && res.json?.code === 'ANSWER_CONFLICT') {
        counters.conflicts++;
        const current = res.json.conflict.current;
        versions[code] = current.version;
        if (random() < 0.5) {
          counters.keptTheirs++;
          return 409;
        }
        counters.keptMine++;
        body = { value, baseVersion: current.version, operationId: randomUUID() };
        continue;
      }
      if (res.status === 0 || res.status === 503 || res.status === 429) {
        counters.retried++;
        if (res.status === 503 && res.json?.code === 'DATABASE_UNAVAILABLE' && res.headers['retry-after']) {
          counters.unavailable++;
        }
        const retryAfter = Number(res.headers?.['retry-after']);
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 5) * 1000 : 1000);
        continue;
      }
      counters.failed++;
      counters.failures.push({ code, status: res.status, body: res.json });
      return res.status;
    }
    counters.gaveUp++;
    counters.failures.push({ code, status: 'gave up', responseId });
    return 'gave up';
  }

  return {
    async run(until) {
      // Spread the first saves over one think time, as people do not start in the same millisecond.
      await sleep(random() * thinkMs.max);
      while (Date.now() < until) {
        const [code, values] = questions[step % questions.length];
        const value = values[Math.floor(random() * values.length)];
        step++;
        await save(code, value);
        if (step % 25 === 0) {
          // A reload of the form: the answers come back with their versions.
          await client.request('GET /responses/{id}', 'GET', `/api/v1/responses/${responseId}`, { session });
        }
        await sleep(thinkMs.min + random() * (thinkMs.max - thinkMs.min));
      }
    },
  };
}
