import { randomUUID } from 'node:crypto';
import type { ResponseDetail, WaveDetail } from '@digitalcheck/shared-contracts';
import type { SessionClient } from '../../accounts/support/session-client';

const HOUR = 3_600_000;

/** The analyst opens a wave of digitale-kommune v1 over `regionArs`, running from an hour ago for 30 days. */
export async function openWave(analyst: SessionClient, title: string, regionArs: string[]): Promise<WaveDetail> {
  const response = await analyst.post<WaveDetail>('waves', {
    title,
    questionnaireId: 'digitale-kommune',
    questionnaireVersion: 1,
    regionArs,
    startsAt: new Date(Date.now() - HOUR).toISOString(),
    endsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
  });
  if (response.status !== 201) throw new Error(`opening the wave answered ${response.status}`);
  return response.body;
}

/** A respondent opens their region's response, saves `answers` one by one and submits; the response id. */
export async function answerAndSubmit(
  respondent: SessionClient,
  waveId: string,
  ars: string,
  answers: Readonly<Record<string, unknown>>,
  submit = true,
): Promise<string> {
  const opened = await respondent.post<ResponseDetail>(`waves/${waveId}/regions/${ars}/response`);
  if (opened.status !== 200) throw new Error(`opening the response of ${ars} answered ${opened.status}`);
  for (const [code, value] of Object.entries(answers)) {
    const saved = await respondent.request('PUT', `responses/${opened.body.id}/answers/${code}`, {
      body: { value, baseVersion: opened.body.answers[code]?.version ?? 0, operationId: randomUUID() },
    });
    if (saved.status !== 200) throw new Error(`saving ${code} for ${ars} answered ${saved.status}`);
  }
  if (submit) {
    const submitted = await respondent.post(`responses/${opened.body.id}/submit`);
    if (submitted.status !== 200) throw new Error(`submitting ${ars} answered ${submitted.status}`);
  }
  return opened.body.id;
}
