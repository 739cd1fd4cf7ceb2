// Survey steps through the API: open a wave, open a response, autosave an answer, fill the required answers,
// submit. Each step answers the raw HTTP result or throws on an unexpected status (set-up steps).
import { randomUUID } from 'node:crypto';
import { requiredAnswers } from './survey-answers.mjs';

const HOUR = 3_600_000;

/** A wave of digitale-kommune v1 over `regionArs`, open since an hour for a week; its id. */
export async function createWave(client, session, title, regionArs) {
  const now = Date.now();
  const res = await client.request('POST', '/api/v1/waves', {
    session,
    body: {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs,
      startsAt: new Date(now - HOUR).toISOString(),
      endsAt: new Date(now + 7 * 24 * HOUR).toISOString(),
    },
  });
  if (res.status !== 201) throw new Error(`wave: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.id;
}

/** Get-or-create the response of region `ars`; the ResponseDetail. */
export async function openResponse(client, session, waveId, ars) {
  const res = await client.request('POST', `/api/v1/waves/${waveId}/regions/${ars}/response`, { session });
  if (res.status !== 200) throw new Error(`response of ${ars}: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

/** One autosave on top of `baseVersion` with a new operation id; { operationId, res } (res undefined if lost). */
export function saveAnswer(client, session, responseId, questionCode, value, baseVersion) {
  const operationId = randomUUID();
  return {
    operationId,
    sent: client.request('PUT', `/api/v1/responses/${responseId}/answers/${questionCode}`, {
      session,
      body: { value, baseVersion, operationId },
    }),
  };
}

/** Saves the required answers of a fresh response one by one (throws unless each answers 200). */
export async function fillRequired(client, session, responseId, ars) {
  for (const [code, value] of Object.entries(requiredAnswers(ars))) {
    const { sent } = saveAnswer(client, session, responseId, code, value, 0);
    const res = await sent;
    if (res.status !== 200) throw new Error(`saving ${code} of ${ars}: ${res.status} ${JSON.stringify(res.json)}`);
  }
}

/** POST /responses/{id}/submit; the raw result (200 with the ResponseDetail, 409/422 otherwise). */
export function submitResponse(client, session, responseId) {
  return client.request('POST', `/api/v1/responses/${responseId}/submit`, { session });
}
