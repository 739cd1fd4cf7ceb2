import { AuditEvent } from '@digitalcheck/api-audit';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SurveyException } from '../http/survey-exception';
import { DATABASE_KIND, openSurveyFixture, type SurveyFixture } from '../testing/survey-fixture';
import type { SignedInActor } from '../waves/waves.service';

const MYK = '07137'; // Landkreis Mayen-Koblenz
const COC = '07135'; // Landkreis Cochem-Zell
const DAY = 86_400_000;

/** The required questions of the default questionnaire (S1–S4, A1), answered validly. */
const REQUIRED = {
  S1: '071370000000',
  S2: 'landkreis',
  S3: { value: 214_000, referenceDate: '2024-12-31' },
  S4: 'digitalbeauftragte',
  A1: 'b',
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function fieldErrors(error: unknown) {
  expect(error).toBeInstanceOf(ApiValidationException);
  return (error as ApiValidationException).fieldErrors.map(({ field, code }) => ({ field, code }));
}

describe(`ResponsesService (${DATABASE_KIND})`, () => {
  let f: SurveyFixture;
  let admin: SignedInActor;
  let analyst: SignedInActor; // Rheinland-Pfalz
  let otherAnalyst: SignedInActor; // Baden-Württemberg
  let anna: SignedInActor; // Mayen-Koblenz
  let ben: SignedInActor; // Mayen-Koblenz, Anna's colleague
  let carla: SignedInActor; // Cochem-Zell
  let waveId: string;

  const op = () => randomUUID();

  async function openWave(title: string, regionArs = [MYK, COC]): Promise<string> {
    const wave = await f.waves.create(analyst, {
      title,
      questionnaireId: DIGITALE_KOMMUNE_V1.id,
      questionnaireVersion: 1,
      regionArs,
      startsAt: new Date(Date.now() - DAY).toISOString(),
      endsAt: new Date(Date.now() + 30 * DAY).toISOString(),
    });
    return wave.id;
  }

  async function responseOf(actor: SignedInActor, wave = waveId, ars = MYK): Promise<string> {
    return (await f.responses.open(actor, wave, ars)).id;
  }

  async function answerAll(actor: SignedInActor, responseId: string, answers: Record<string, unknown>) {
    for (const [code, value] of Object.entries(answers)) {
      await f.responses.saveAnswer(actor, responseId, code, { value, baseVersion: 0, operationId: op() });
    }
  }

  beforeAll(async () => {
    f = await openSurveyFixture();
    admin = await f.person('Ada Admin', { role: 'ADMIN', regionArs: '' });
    analyst = await f.person('Rita Land', { role: 'STATE_ANALYST', regionArs: '07' });
    otherAnalyst = await f.person('Bert BW', { role: 'STATE_ANALYST', regionArs: '08' });
    anna = await f.person('Anna Kreis', { role: 'RESPONDENT', regionArs: MYK });
    ben = await f.person('Ben Kreis', { role: 'RESPONDENT', regionArs: MYK });
    carla = await f.person('Carla Cochem', { role: 'RESPONDENT', regionArs: COC });
    waveId = await openWave('Standortbestimmung 2026');
  }, 120_000);

  afterAll(() => f?.close());

  describe('opening a response', () => {
    it('creates one response per region and wave; opening again returns it', async () => {
      const first = await f.responses.open(anna, waveId, MYK);
      const again = await f.responses.open(ben, waveId, MYK);
      expect(again.id).toBe(first.id);
      expect(first).toMatchObject({
        status: 'draft',
        regionArs: MYK,
        regionName: 'Mayen-Koblenz',
        waveStatus: 'open',
        editable: true,
        answers: {},
      });
      expect(first.progress.sections.length).toBe(DIGITALE_KOMMUNE_V1.sections.length);
      expect(await f.responses.mine(anna.principal, waveId)).toEqual([
        { regionArs: MYK, responseId: first.id, status: 'draft' },
      ]);
    });

    it('answers 404 for another region, a region not invited and another Land', async () => {
      expect(await rejection(f.responses.open(anna, waveId, COC))).toBeInstanceOf(NotFoundException);
      const other = await openWave('Nur Cochem', [COC]);
      expect(await rejection(f.responses.open(anna, other, MYK))).toBeInstanceOf(NotFoundException);
      expect(await rejection(f.responses.open(otherAnalyst, waveId, MYK))).toBeInstanceOf(NotFoundException);
      const id = await responseOf(anna);
      expect(await rejection(f.responses.detail(carla.principal, id))).toBeInstanceOf(NotFoundException);
      expect(await rejection(f.responses.detail(otherAnalyst.principal, id))).toBeInstanceOf(NotFoundException);
      // The analyst of the Land reads it, and so does the admin.
      expect((await f.responses.detail(analyst.principal, id)).editable).toBe(false);
      expect((await f.responses.detail(admin.principal, id)).id).toBe(id);
    });
  });

  describe('autosave', () => {
    let id: string;
    beforeAll(async () => {
      id = await responseOf(anna);
    });

    it('saves an answer with version 1, then 2; audits old and new value', async () => {
      const first = await f.responses.saveAnswer(anna, id, 'A3', { value: 'ja', baseVersion: 0, operationId: op() });
      expect(first).toMatchObject({ questionCode: 'A3', value: 'ja', version: 1, savedBy: 'Anna Kreis' });
      const second = await f.responses.saveAnswer(ben, id, 'A3', { value: 'nein', baseVersion: 1, operationId: op() });
      expect(second).toMatchObject({ value: 'nein', version: 2, savedBy: 'Ben Kreis' });
      const detail = await f.responses.detail(anna.principal, id);
      expect(detail.answers['A3']).toMatchObject({ value: 'nein', version: 2, savedBy: 'Ben Kreis' });
      const events = await f.dataSource.manager.find(AuditEvent, {
        where: { action: 'response.answer_changed', entityId: id },
        order: { id: 'ASC' },
      });
      expect(events.slice(-2).map((e) => [e.regionArs, e.details['oldValue'], e.details['newValue']])).toEqual([
        [MYK, null, 'ja'],
        [MYK, 'ja', 'nein'],
      ]);
    });

    it('answers 409 with the current answer when the base version is stale, and overwrites nothing', async () => {
      await f.responses.saveAnswer(anna, id, 'A5', { value: 'ja', baseVersion: 0, operationId: op() });
      const error = await rejection(
        f.responses.saveAnswer(ben, id, 'A5', { value: 'nein', baseVersion: 0, operationId: op() }),
      );
      expect(error).toBeInstanceOf(SurveyException);
      expect(error).toMatchObject({
        code: 'ANSWER_CONFLICT',
        conflict: { current: { value: 'ja', version: 1, savedBy: 'Anna Kreis', savedAt: expect.any(String) } },
      });
      expect((error as SurveyException).getStatus()).toBe(409);
      expect((await f.responses.detail(anna.principal, id)).answers['A5']).toMatchObject({ value: 'ja', version: 1 });
    });

    it('returns the original result for a repeated operation and never applies it twice', async () => {
      const operationId = op();
      const first = await f.responses.saveAnswer(anna, id, 'A6', { value: 'ja', baseVersion: 0, operationId });
      const again = await f.responses.saveAnswer(anna, id, 'A6', { value: 'ja', baseVersion: 0, operationId });
      expect(again).toEqual(first);
      // A later change by a colleague does not make the retry apply or report the newer version.
      await f.responses.saveAnswer(ben, id, 'A6', { value: 'nein', baseVersion: 1, operationId: op() });
      expect(await f.responses.saveAnswer(anna, id, 'A6', { value: 'ja', baseVersion: 0, operationId })).toEqual(first);
      expect((await f.responses.detail(anna.principal, id)).answers['A6']).toMatchObject({ value: 'nein', version: 2 });
      const audited = await f.dataSource.manager.count(AuditEvent, {
        where: { action: 'response.answer_changed', entityId: id },
      });
      expect(audited).toBe(5); // A3 twice, A5 once, A6 twice; the retries add nothing
    });

    it('refuses an operation id used for another answer', async () => {
      const operationId = op();
      await f.responses.saveAnswer(anna, id, 'A7', { value: '3', baseVersion: 0, operationId });
      expect(
        await rejection(f.responses.saveAnswer(anna, id, 'A8', { value: '3', baseVersion: 0, operationId })),
      ).toMatchObject({ code: 'OPERATION_REUSED' });
    });

    it('lets exactly one of two concurrent saves on the same base version win', async () => {
      const results = await Promise.allSettled([
        f.responses.saveAnswer(anna, id, 'A10', { value: '2', baseVersion: 0, operationId: op() }),
        f.responses.saveAnswer(ben, id, 'A10', { value: '4', baseVersion: 0, operationId: op() }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect([won.length, lost.length]).toEqual([1, 1]);
      expect(lost[0].reason).toMatchObject({ code: 'ANSWER_CONFLICT', conflict: { current: { version: 1 } } });
      const winner = (won[0] as PromiseFulfilledResult<{ value: unknown }>).value.value;
      expect((await f.responses.detail(anna.principal, id)).answers['A10']).toMatchObject({
        value: winner,
        version: 1,
      });

      const next = await Promise.allSettled([
        f.responses.saveAnswer(anna, id, 'A10', { value: '1', baseVersion: 1, operationId: op() }),
        f.responses.saveAnswer(ben, id, 'A10', { value: '5', baseVersion: 1, operationId: op() }),
      ]);
      expect(next.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    });

    it('applies one operation sent twice at the same time once', async () => {
      const operationId = op();
      const [a, b] = await Promise.all([
        f.responses.saveAnswer(anna, id, 'B3', { value: 'ja', baseVersion: 0, operationId }),
        f.responses.saveAnswer(anna, id, 'B3', { value: 'ja', baseVersion: 0, operationId }),
      ]);
      expect(a).toEqual(b);
      expect(a.version).toBe(1);
    });

    it.each([
      ['an unknown question', 'ZZ9', 'ja', 'unknownQuestion'],
      ['a wrong option', 'A1', 'z', 'unknownOption'],
      ['a number out of range', 'S3', { value: 0, referenceDate: '2024-12-31' }, 'belowMin'],
      ['a wrong type', 'A1', 5, 'wrongType'],
      ['a list for a single choice', 'A3', ['ja'], 'wrongType'],
    ])('refuses %s with 400 naming the question', async (_label, code, value, expected) => {
      const error = await rejection(
        f.responses.saveAnswer(anna, id, code, { value, baseVersion: 0, operationId: op() }),
      );
      expect(fieldErrors(error)).toEqual([{ field: code, code: expected }]);
    });

    it('keeps answers to hidden questions, which count nowhere', async () => {
      // A2 is asked only if A1 is a–c; with A1 = e it is hidden, its answer kept.
      await f.responses.saveAnswer(anna, id, 'A1', { value: 'e', baseVersion: 0, operationId: op() });
      await f.responses.saveAnswer(anna, id, 'A2', { value: ['VER'], baseVersion: 0, operationId: op() });
      const detail = await f.responses.detail(anna.principal, id);
      expect(detail.hiddenQuestions).toContain('A2');
      expect(detail.answers['A2']).toMatchObject({ value: ['VER'], version: 1 });
    });

    it('answers 404 to a respondent of another region and 403 to the analyst, who only reads', async () => {
      const body = () => ({ value: 'ja', baseVersion: 0, operationId: op() });
      expect(await rejection(f.responses.saveAnswer(carla, id, 'A3', body()))).toBeInstanceOf(NotFoundException);
      expect(await rejection(f.responses.saveAnswer(otherAnalyst, id, 'A3', body()))).toBeInstanceOf(NotFoundException);
      expect(await rejection(f.responses.saveAnswer(analyst, id, 'A3', body()))).toBeInstanceOf(ForbiddenException);
    });
  });

  describe('status flow', () => {
    it('submit needs the required answers (422 lists them), then stores scores and indicators', async () => {
      const wave = await openWave('Ablauf');
      const id = await responseOf(carla, wave, COC);
      await answerAll(carla, id, { S2: 'landkreis', A3: 'ja' });
      const error = await rejection(f.responses.submit(carla, id));
      expect((error as ApiValidationException).getStatus()).toBe(422);
      expect(fieldErrors(error)).toEqual(
        expect.arrayContaining(['S1', 'S3', 'S4', 'A1'].map((field) => ({ field, code: 'required' }))),
      );
      expect(fieldErrors(error)).toHaveLength(4);

      await answerAll(carla, id, { S1: '071350000000', S3: REQUIRED.S3, S4: REQUIRED.S4, A1: 'd' });
      const submitted = await f.responses.submit(carla, id);
      expect(submitted).toMatchObject({ status: 'submitted', editable: false, submittedAt: expect.any(String) });
      const result = await f.responses.result(carla.principal, id);
      expect(result.score).toMatchObject({
        definition: { id: DIGITALE_KOMMUNE_V1.id, version: 1 },
        indicators: expect.objectContaining({ ohneStrategie: true }),
      });

      // Submitted: no more answer changes, no second submit.
      expect(
        await rejection(f.responses.saveAnswer(carla, id, 'A5', { value: 'ja', baseVersion: 0, operationId: op() })),
      ).toMatchObject({ code: 'RESPONSE_STATUS' });
      expect(await rejection(f.responses.submit(carla, id))).toMatchObject({ code: 'RESPONSE_STATUS' });

      // Reopen: analysts and admins only, with a reason; the respondent sees it but may not.
      expect(await rejection(f.responses.reopen(carla, id, 'x'))).toBeInstanceOf(ForbiddenException);
      expect(await rejection(f.responses.reopen(otherAnalyst, id, 'x'))).toBeInstanceOf(NotFoundException);
      const reopened = await f.responses.reopen(analyst, id, 'A1 bitte prüfen');
      expect(reopened).toMatchObject({ status: 'reopened' });
      expect(await rejection(f.responses.result(carla.principal, id))).toMatchObject({ code: 'RESPONSE_STATUS' });
      expect(await rejection(f.responses.publish(analyst, id))).toMatchObject({ code: 'RESPONSE_STATUS' });

      // reopened → submitted → published
      await f.responses.saveAnswer(carla, id, 'A1', { value: 'a', baseVersion: 1, operationId: op() });
      await f.responses.submit(carla, id);
      expect((await f.responses.result(carla.principal, id)).score).toMatchObject({
        indicators: expect.objectContaining({ ohneStrategie: false }),
      });
      expect(await rejection(f.responses.publish(carla, id))).toBeInstanceOf(ForbiddenException);
      const published = await f.responses.publish(admin, id);
      expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      expect(await rejection(f.responses.reopen(analyst, id, 'zu spät'))).toMatchObject({ code: 'RESPONSE_STATUS' });

      const trail = await f.dataSource.manager.find(AuditEvent, {
        where: { entityType: 'survey_response', entityId: id },
        order: { id: 'ASC' },
      });
      const flow = trail.map((e) => e.action).filter((a) => a !== 'response.answer_changed');
      expect(flow).toEqual([
        'response.created',
        'response.submitted',
        'response.reopened',
        'response.submitted',
        'response.published',
      ]);
      expect(trail.find((e) => e.action === 'response.reopened')?.details).toEqual({ reason: 'A1 bitte prüfen' });
      expect(trail.every((e) => e.regionArs === COC)).toBe(true);
    });

    it('takes no answers or submits in a closed wave, nor after its end date', async () => {
      const wave = await openWave('Geschlossen');
      const id = await responseOf(anna, wave);
      await answerAll(anna, id, REQUIRED);
      await f.waves.close(analyst, wave);
      const save = () => f.responses.saveAnswer(anna, id, 'A3', { value: 'ja', baseVersion: 0, operationId: op() });
      expect(await rejection(save())).toMatchObject({ code: 'WAVE_CLOSED' });
      expect(await rejection(f.responses.submit(anna, id))).toMatchObject({ code: 'WAVE_CLOSED' });
      expect((await f.responses.detail(anna.principal, id)).editable).toBe(false);

      const ended = await openWave('Abgelaufen');
      const other = await responseOf(anna, ended);
      await f.dataSource.query(`UPDATE "survey_wave" SET "ends_at" = now() - interval '1 minute' WHERE "id" = $1`, [
        ended,
      ]);
      expect(
        await rejection(f.responses.saveAnswer(anna, other, 'A3', { value: 'ja', baseVersion: 0, operationId: op() })),
      ).toMatchObject({ code: 'WAVE_CLOSED' });
      // Extending reopens it for answers.
      await f.waves.extend(analyst, ended, new Date(Date.now() + 7 * DAY).toISOString());
      expect(
        await f.responses.saveAnswer(anna, other, 'A3', { value: 'ja', baseVersion: 0, operationId: op() }),
      ).toMatchObject({ version: 1 });
    });
  });
});
