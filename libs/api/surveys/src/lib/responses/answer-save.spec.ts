import { AuditEvent } from '@digitalcheck/api-audit';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DATABASE_KIND, openSurveyFixture, type SurveyFixture } from '../testing/survey-fixture';
import type { SignedInActor } from '../waves/waves.service';

const MYK = '07137';
const COC = '07135';
const DAY = 86_400_000;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

interface Hints {
  questionnaireHints: Map<string, { questionnaireId: string; questionnaireVersion: number }>;
}

// The save's one-statement path (read and write together once the response's questionnaire is known): it must
// refuse exactly what the checks on a plain read refuse, and a wrong questionnaire hint must only cost a
// second statement, never a write that the checks would refuse.
describe(`answer saves in one statement (${DATABASE_KIND})`, () => {
  let f: SurveyFixture;
  let analyst: SignedInActor;
  let anna: SignedInActor;
  let carla: SignedInActor;
  let waveId: string;
  const op = () => randomUUID();
  const hints = () => (f.responses as unknown as Hints).questionnaireHints;

  async function openWave(title: string): Promise<string> {
    const wave = await f.waves.create(analyst, {
      title,
      questionnaireId: DIGITALE_KOMMUNE_V1.id,
      questionnaireVersion: 1,
      regionArs: [MYK, COC],
      startsAt: new Date(Date.now() - DAY).toISOString(),
      endsAt: new Date(Date.now() + 30 * DAY).toISOString(),
    });
    return wave.id;
  }

  /** The details of the answer_changed events of one question of a response, oldest first. */
  async function audited(responseId: string, questionCode?: string): Promise<Array<Record<string, unknown>>> {
    const events = await f.dataSource.manager.find(AuditEvent, {
      where: { entityId: responseId, action: 'response.answer_changed' },
      order: { id: 'ASC' },
    });
    return events
      .map((event) => event.details as Record<string, unknown>)
      .filter((details) => questionCode === undefined || details['questionCode'] === questionCode);
  }

  beforeAll(async () => {
    f = await openSurveyFixture();
    analyst = await f.person('Rita Land', { role: 'STATE_ANALYST', regionArs: '07' });
    anna = await f.person('Anna Kreis', { role: 'RESPONDENT', regionArs: MYK });
    carla = await f.person('Carla Cochem', { role: 'RESPONDENT', regionArs: COC });
    waveId = await openWave('Einzeln');
  }, 120_000);

  afterAll(() => f?.close());

  it('remembers the questionnaire after the first save and audits old and new value either way', async () => {
    const id = (await f.responses.open(anna, waveId, MYK)).id;
    expect(hints().has(id)).toBe(false);
    await f.responses.saveAnswer(anna, id, 'A3', { value: 'ja', baseVersion: 0, operationId: op() });
    expect(hints().get(id)).toEqual({ questionnaireId: DIGITALE_KOMMUNE_V1.id, questionnaireVersion: 1 });
    const operationId = op();
    const second = await f.responses.saveAnswer(anna, id, 'A3', { value: 'nein', baseVersion: 1, operationId });
    expect(second).toMatchObject({ value: 'nein', version: 2, savedBy: 'Anna Kreis' });
    await f.responses.saveAnswer(anna, id, 'A3', { value: null, baseVersion: 2, operationId: op() });
    expect(await audited(id, 'A3')).toEqual([
      { questionCode: 'A3', oldValue: null, newValue: 'ja', operationId: expect.any(String), version: 1 },
      { questionCode: 'A3', oldValue: 'ja', newValue: 'nein', operationId, version: 2 },
      { questionCode: 'A3', oldValue: 'nein', newValue: null, operationId: expect.any(String), version: 3 },
    ]);
    // Repeated, conflicting and invalid saves on the known questionnaire answer as on a plain read.
    expect(await f.responses.saveAnswer(anna, id, 'A3', { value: 'nein', baseVersion: 1, operationId })).toEqual(
      second,
    );
    expect(
      await rejection(f.responses.saveAnswer(anna, id, 'A3', { value: 'ja', baseVersion: 1, operationId: op() })),
    ).toMatchObject({
      code: 'ANSWER_CONFLICT',
      conflict: { current: { value: null, version: 3, savedBy: 'Anna Kreis' } },
    });
    expect(
      await rejection(
        f.responses.saveAnswer(anna, id, 'A3', { value: 'vielleicht', baseVersion: 3, operationId: op() }),
      ),
    ).toBeInstanceOf(ApiValidationException);
    expect(await audited(id, 'A3')).toHaveLength(3);
  });

  it('takes one statement (one pooled connection) per save once the questionnaire is known', async () => {
    const id = (await f.responses.open(anna, waveId, MYK)).id;
    await f.responses.saveAnswer(anna, id, 'A7', { value: '2', baseVersion: 0, operationId: op() });
    // Every statement, TypeORM's or runPrepared's, checks out a connection of the driver's pool.
    const pool = (f.dataSource.driver as unknown as { master: { connect: () => unknown } }).master;
    const connect = jest.spyOn(pool, 'connect');
    try {
      await f.responses.saveAnswer(anna, id, 'A7', { value: '4', baseVersion: 1, operationId: op() });
      await f.responses.saveAnswer(anna, id, 'A8', { value: '1', baseVersion: 0, operationId: op() });
      expect(connect).toHaveBeenCalledTimes(2);
    } finally {
      connect.mockRestore();
    }
    expect((await audited(id, 'A7')).map((details) => details['version'])).toEqual([1, 2]);
  });

  it('keeps the tenant and role checks when the questionnaire is known', async () => {
    const id = (await f.responses.open(anna, waveId, MYK)).id;
    await f.responses.saveAnswer(anna, id, 'A4', { value: 3, baseVersion: 0, operationId: op() });
    expect(hints().has(id)).toBe(true);
    const body = () => ({ value: 5, baseVersion: 1, operationId: op() });
    expect(await rejection(f.responses.saveAnswer(carla, id, 'A4', body()))).toBeInstanceOf(NotFoundException);
    expect(await rejection(f.responses.saveAnswer(analyst, id, 'A4', body()))).toBeInstanceOf(ForbiddenException);
    expect(await audited(id, 'A4')).toHaveLength(1);
  });

  it('refuses saves after a submit or in a closed wave when the questionnaire is known', async () => {
    const wave = await openWave('Schließt');
    const id = (await f.responses.open(carla, wave, COC)).id;
    for (const [code, value] of Object.entries({
      S1: '071350000000',
      S2: 'landkreis',
      S3: { value: 61_000, referenceDate: '2024-12-31' },
      S4: 'digitalbeauftragte',
      A1: 'b',
    })) {
      await f.responses.saveAnswer(carla, id, code, { value, baseVersion: 0, operationId: op() });
    }
    await f.responses.submit(carla, id);
    expect(
      await rejection(f.responses.saveAnswer(carla, id, 'A1', { value: 'c', baseVersion: 1, operationId: op() })),
    ).toMatchObject({ code: 'RESPONSE_STATUS' });
    await f.responses.reopen(analyst, id, 'Korrektur');
    await f.responses.saveAnswer(carla, id, 'A1', { value: 'c', baseVersion: 1, operationId: op() });
    await f.waves.close(analyst, wave);
    expect(
      await rejection(f.responses.saveAnswer(carla, id, 'A1', { value: 'd', baseVersion: 2, operationId: op() })),
    ).toMatchObject({ code: 'WAVE_CLOSED' });
    expect((await audited(id)).map((details) => details['questionCode'])).toEqual(['S1', 'S2', 'S3', 'S4', 'A1', 'A1']);
  });

  it('treats a wrong questionnaire hint as unknown: checks on the read, then the write', async () => {
    const id = (await f.responses.open(anna, waveId, MYK)).id;
    await f.responses.saveAnswer(anna, id, 'A5', { value: 'ja', baseVersion: 0, operationId: op() });
    // A version that is not published: no hint, the checks on the read, then the write.
    hints().set(id, { questionnaireId: DIGITALE_KOMMUNE_V1.id, questionnaireVersion: 99 });
    expect(
      await f.responses.saveAnswer(anna, id, 'A5', { value: 'nein', baseVersion: 1, operationId: op() }),
    ).toMatchObject({ version: 2 });
    expect(hints().get(id)?.questionnaireVersion).toBe(1);
    // A hint that passed validation, but the wave has another questionnaire: the statement must not write, and
    // the checks on its read decide (here: the value is not valid for the wave's questionnaire).
    const validated = jest.spyOn(
      f.responses as unknown as { validatedAgainst: () => Promise<unknown> },
      'validatedAgainst',
    );
    validated.mockResolvedValue({ questionnaireId: DIGITALE_KOMMUNE_V1.id, questionnaireVersion: 2 });
    expect(
      await rejection(
        f.responses.saveAnswer(anna, id, 'A5', { value: 'vielleicht', baseVersion: 2, operationId: op() }),
      ),
    ).toBeInstanceOf(ApiValidationException);
    expect(
      await f.responses.saveAnswer(anna, id, 'A5', { value: 'ja', baseVersion: 2, operationId: op() }),
    ).toMatchObject({ version: 3 });
    validated.mockRestore();
    expect((await audited(id, 'A5')).map((details) => [details['oldValue'], details['newValue']])).toEqual([
      [null, 'ja'],
      ['ja', 'nein'],
      ['nein', 'ja'],
    ]);
  });
});
