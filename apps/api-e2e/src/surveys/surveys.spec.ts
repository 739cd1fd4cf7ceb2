import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  ApiErrorBody,
  AuditEntry,
  AuditPage,
  RegionDetail,
  ResponseDetail,
  ResponseResult,
  SavedAnswer,
  SessionInfo,
  SurveyErrorBody,
  WaveDetail,
  WaveParticipation,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { DIGITALE_KOMMUNE_V1, type ResponseScore, scoreResponse } from '@digitalcheck/shared-scoring';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { DEMO, DEMO_PASSWORD, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { type ApiResponse, SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';

/**
 * Survey waves and responses over HTTP (issue 6), on the default questionnaire `digitale-kommune` v1: the
 * status transitions of a response and a wave, the answers the API refuses, per-question autosave with
 * versions, conflicts and idempotent operation ids, participation counts, the stored result and the audit
 * trail of every answer change. Each describe block makes its own wave, so the blocks do not depend on
 * one another.
 */

const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** The required answers of digitale-kommune v1: enough to submit. */
const REQUIRED: Record<string, unknown> = {
  S1: '071370000000',
  S2: 'landkreis',
  S3: { value: 214_000, referenceDate: '2024-12-31' },
  S4: 'verwaltungsspitze',
  A1: 'c',
};

describe(`surveys over HTTP (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;
  /** The RLP analyst, who makes the waves. */
  let analyst: SessionClient;
  /** Respondent of Mayen-Koblenz (07137). */
  let mayen: SessionClient;
  /** Respondent of Cochem-Zell (07135): same Land, another Kreis. */
  let cochem: SessionClient;
  const names: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    const signIn = (email: string) => SessionClient.signIn(api.baseUrl, email, DEMO_PASSWORD);
    [admin, analyst, mayen, cochem] = await Promise.all([
      signIn(DEMO.admin),
      signIn(DEMO.analystRlp),
      signIn(DEMO.mayenKoblenz),
      signIn(DEMO.cochemZell),
    ]);
    for (const [key, client] of Object.entries({ admin, analyst, mayen, cochem })) {
      names[key] = (await client.get<SessionInfo>('auth/session')).body.user?.displayName ?? '';
      expect(names[key]).not.toBe('');
    }
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  // ---- helpers ------------------------------------------------------------------------------------------

  async function createWave(
    title: string,
    regionArs: string[],
    period: { startsAt?: string; endsAt?: string } = {},
  ): Promise<WaveDetail> {
    const response = await analyst.post<WaveDetail>('waves', {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs,
      startsAt: period.startsAt ?? at(-HOUR),
      endsAt: period.endsAt ?? at(30 * 24 * HOUR),
    });
    expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(/^201 /);
    return response.body;
  }

  async function open(client: SessionClient, waveId: string, ars: string): Promise<ResponseDetail> {
    const response = await client.post<ResponseDetail>(`waves/${waveId}/regions/${ars}/response`);
    expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(/^200 /);
    return response.body;
  }

  function save<T = SavedAnswer>(
    client: SessionClient,
    responseId: string,
    code: string,
    value: unknown,
    baseVersion: number,
    operationId: string = randomUUID(),
  ): Promise<ApiResponse<T>> {
    return client.request<T>('PUT', `responses/${responseId}/answers/${code}`, {
      body: { value, baseVersion, operationId },
    });
  }

  async function detail(client: SessionClient, responseId: string): Promise<ResponseDetail> {
    const response = await client.get<ResponseDetail>(`responses/${responseId}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  /** Saves every answer on top of the version stored now; expects 200 for each. */
  async function saveAll(client: SessionClient, responseId: string, answers: Record<string, unknown>): Promise<void> {
    const current = await detail(client, responseId);
    for (const [code, value] of Object.entries(answers)) {
      const saved = await save(client, responseId, code, value, current.answers[code]?.version ?? 0);
      expect(`${code}: ${saved.status} ${JSON.stringify(saved.body)}`).toMatch(new RegExp(`^${code}: 200 `));
    }
  }

  function submit(client: SessionClient, responseId: string) {
    return client.post<ResponseDetail & ApiErrorBody>(`responses/${responseId}/submit`);
  }

  /** Audit events of one action for one entity, oldest first (the admin reads everything). */
  async function audited(action: string, entityId: string): Promise<AuditEntry[]> {
    const response = await admin.get<AuditPage>(`audit?action=${action}&limit=500`);
    expect(response.status).toBe(200);
    return response.body.items.filter((item) => item.entityId === entityId).reverse();
  }

  const statusAndCode = (response: ApiResponse<unknown>) => ({
    status: response.status,
    code: (response.body as { code?: string }).code,
  });

  // ---- status transitions -------------------------------------------------------------------------------

  describe('a response: draft → submitted → reopened → submitted → published', () => {
    let wave: WaveDetail;
    let responseId: string;

    beforeAll(async () => {
      wave = await createWave('Standortbestimmung Übergänge', ['07137', '07135']);
    });

    it('the analyst’s new wave is open, invites both regions and is audited', async () => {
      expect(wave).toMatchObject({
        status: 'open',
        landArs: '07',
        invited: 2,
        manageable: true,
        closedAt: null,
        regions: [expect.objectContaining({ ars: '07135' }), expect.objectContaining({ ars: '07137' })],
      });
      const [created] = await audited('wave.created', wave.id);
      expect(created).toMatchObject({ actorEmail: DEMO.analystRlp, regionArs: '07', details: { invited: 2 } });
    });

    it('the respondent opens their region’s response as an editable draft; opening again returns the same one', async () => {
      const first = await open(mayen, wave.id, '07137');
      expect(first).toMatchObject({
        waveId: wave.id,
        waveStatus: 'open',
        regionArs: '07137',
        questionnaireId: 'digitale-kommune',
        questionnaireVersion: 1,
        status: 'draft',
        editable: true,
        answers: {},
        submittedAt: null,
        publishedAt: null,
      });
      responseId = first.id;
      expect((await open(mayen, wave.id, '07137')).id).toBe(responseId);
      // The analyst reads it, but may not edit it.
      expect(await open(analyst, wave.id, '07137')).toMatchObject({ id: responseId, editable: false });
      expect(await audited('response.created', responseId)).toEqual([
        expect.objectContaining({ actorEmail: DEMO.mayenKoblenz, regionArs: '07137' }),
      ]);
    });

    it('a submit with required answers missing answers 422 and lists the codes; nothing changes', async () => {
      expect((await save(mayen, responseId, 'A3', 'ja', 0)).status).toBe(200);
      const refused = await submit(mayen, responseId);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.errors?.map((e) => [e.field, e.code]).sort()).toEqual([
        ['A1', 'required'],
        ['S1', 'required'],
        ['S2', 'required'],
        ['S3', 'required'],
        ['S4', 'required'],
      ]);
      expect((await detail(mayen, responseId)).status).toBe('draft');
      expect((await mayen.get(`responses/${responseId}/result`)).status).toBe(409);
    });

    it('submits once the required answers are there; then answers and a second submit are refused', async () => {
      await saveAll(mayen, responseId, REQUIRED);
      const submitted = await submit(mayen, responseId);
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', editable: false, submittedAt: expect.any(String) });
      expect(statusAndCode(await save(mayen, responseId, 'A5', 'ja', 0))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
      expect(statusAndCode(await submit(mayen, responseId))).toEqual({ status: 409, code: 'RESPONSE_STATUS' });
      expect(await audited('response.submitted', responseId)).toEqual([
        expect.objectContaining({ actorEmail: DEMO.mayenKoblenz, details: expect.objectContaining({ from: 'draft' }) }),
      ]);
    });

    it('respondents may not reopen or publish (403); a reopen needs a reason (400)', async () => {
      expect((await mayen.post(`responses/${responseId}/reopen`, { reason: 'Ich will ändern' })).status).toBe(403);
      expect((await mayen.post(`responses/${responseId}/publish`)).status).toBe(403);
      for (const body of [{}, { reason: '   ' }, { reason: '' }]) {
        const refused = await analyst.post<ApiErrorBody>(`responses/${responseId}/reopen`, body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors?.map((e) => e.field)).toContain('reason');
      }
      expect((await detail(analyst, responseId)).status).toBe('submitted');
    });

    it('the analyst reopens it with a reason, which is audited; the stored result is gone', async () => {
      const reopened = await analyst.post<ResponseDetail>(`responses/${responseId}/reopen`, {
        reason: '  Zahlen zu A4 werden korrigiert ',
      });
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ status: 'reopened' });
      expect((await detail(mayen, responseId)).editable).toBe(true);
      expect(await audited('response.reopened', responseId)).toEqual([
        expect.objectContaining({
          actorEmail: DEMO.analystRlp,
          regionArs: '07137',
          details: { reason: 'Zahlen zu A4 werden korrigiert' },
        }),
      ]);
      expect(statusAndCode(await mayen.get(`responses/${responseId}/result`))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
      // Reopening a reopened response, or publishing it, conflicts with its state.
      expect(statusAndCode(await analyst.post(`responses/${responseId}/reopen`, { reason: 'nochmal' }))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
      expect(statusAndCode(await analyst.post(`responses/${responseId}/publish`))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
    });

    it('the respondent changes an answer and submits again; the analyst publishes; a published response is final', async () => {
      const a4 = await save(mayen, responseId, 'A4', 2.5, 0);
      expect(a4.status).toBe(200);
      const again = await submit(mayen, responseId);
      expect(again.body).toMatchObject({ status: 'submitted' });
      const submits = await audited('response.submitted', responseId);
      expect(submits.map((e) => e.details['from'])).toEqual(['draft', 'reopened']);

      const published = await analyst.post<ResponseDetail>(`responses/${responseId}/publish`);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String), editable: false });
      expect(await audited('response.published', responseId)).toHaveLength(1);

      expect(statusAndCode(await analyst.post(`responses/${responseId}/publish`))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
      expect(statusAndCode(await analyst.post(`responses/${responseId}/reopen`, { reason: 'zu spät' }))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
      expect(statusAndCode(await save(mayen, responseId, 'A4', 3, 1))).toEqual({
        status: 409,
        code: 'RESPONSE_STATUS',
      });
      const result = await mayen.get<ResponseResult>(`responses/${responseId}/result`);
      expect(result.body).toMatchObject({ responseId, status: 'published' });
    });
  });

  describe('a wave: closed by hand, or past its end and extended', () => {
    it('a closed wave accepts no answer, submit, new response, extension or change', async () => {
      const wave = await createWave('Zu schließen', ['07137', '07135']);
      const response = await open(mayen, wave.id, '07137');
      await saveAll(mayen, response.id, REQUIRED);

      const closed = await analyst.post<WaveDetail>(`waves/${wave.id}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });

      expect(statusAndCode(await save(mayen, response.id, 'A3', 'ja', 0))).toEqual({
        status: 409,
        code: 'WAVE_CLOSED',
      });
      expect(statusAndCode(await save(mayen, response.id, 'A1', 'a', 1))).toEqual({
        status: 409,
        code: 'WAVE_CLOSED',
      });
      expect(statusAndCode(await submit(mayen, response.id))).toEqual({ status: 409, code: 'WAVE_CLOSED' });
      expect(statusAndCode(await cochem.post(`waves/${wave.id}/regions/07135/response`))).toEqual({
        status: 409,
        code: 'WAVE_CLOSED',
      });
      expect(statusAndCode(await analyst.post(`waves/${wave.id}/extend`, { endsAt: at(60 * 24 * HOUR) }))).toEqual({
        status: 409,
        code: 'WAVE_CLOSED',
      });
      expect(statusAndCode(await analyst.patch(`waves/${wave.id}`, { title: 'Neu' }))).toEqual({
        status: 409,
        code: 'WAVE_STARTED',
      });
      expect(await detail(mayen, response.id)).toMatchObject({
        waveStatus: 'closed',
        editable: false,
        status: 'draft',
      });

      // Closing again changes nothing.
      const again = await analyst.post<WaveDetail>(`waves/${wave.id}/close`);
      expect(again.body.closedAt).toBe(closed.body.closedAt);
      expect(await audited('wave.closed', wave.id)).toHaveLength(1);
    });

    it('after the end date nothing is accepted until the wave is extended; then answering goes on', async () => {
      const wave = await createWave('Kurz', ['07137'], { startsAt: at(-HOUR), endsAt: at(2_500) });
      const response = await open(mayen, wave.id, '07137');
      expect((await save(mayen, response.id, 'A3', 'ja', 0)).body).toMatchObject({ version: 1 });
      await new Promise((resolve) => setTimeout(resolve, Date.parse(wave.endsAt) - Date.now() + 200));

      expect((await analyst.get<WaveDetail>(`waves/${wave.id}`)).body).toMatchObject({
        status: 'closed',
        closedAt: null,
      });
      expect(statusAndCode(await save(mayen, response.id, 'A3', 'nein', 1))).toEqual({
        status: 409,
        code: 'WAVE_CLOSED',
      });

      const notLater = await analyst.post<ApiErrorBody>(`waves/${wave.id}/extend`, { endsAt: at(-60_000) });
      expect(notLater.status).toBe(400);
      expect(notLater.body.errors).toEqual([expect.objectContaining({ field: 'endsAt', code: 'notLater' })]);
      expect((await mayen.post(`waves/${wave.id}/extend`, { endsAt: at(24 * HOUR) })).status).toBe(403);

      const endsAt = at(24 * HOUR);
      const extended = await analyst.post<WaveDetail>(`waves/${wave.id}/extend`, { endsAt });
      expect(extended.status).toBe(200);
      expect(extended.body).toMatchObject({ status: 'open', endsAt: new Date(endsAt).toISOString() });
      const saved = await save(mayen, response.id, 'A3', 'nein', 1);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 2, value: 'nein' });
      const [event] = await audited('wave.extended', wave.id);
      expect(event.details).toMatchObject({ from: wave.endsAt, to: new Date(endsAt).toISOString() });
    });

    it('a scheduled wave can be changed; it takes no response before its start', async () => {
      const wave = await createWave('Geplant', ['07137'], { startsAt: at(24 * HOUR), endsAt: at(48 * HOUR) });
      expect(wave.status).toBe('scheduled');
      const changed = await analyst.patch<WaveDetail>(`waves/${wave.id}`, { regionArs: ['07137', '07135'] });
      expect(changed.body).toMatchObject({ invited: 2 });
      expect(statusAndCode(await mayen.post(`waves/${wave.id}/regions/07137/response`))).toEqual({
        status: 409,
        code: 'WAVE_NOT_OPEN',
      });
    });
  });

  // ---- bad inputs -----------------------------------------------------------------------------------------

  describe('answers the API refuses', () => {
    let wave: WaveDetail;
    let responseId: string;
    let cochemResponseId: string;

    beforeAll(async () => {
      wave = await createWave('Falsche Eingaben', ['07137', '07135']);
      responseId = (await open(mayen, wave.id, '07137')).id;
      cochemResponseId = (await open(cochem, wave.id, '07135')).id;
    });

    it.each([
      ['an unknown question', 'ZZ9', 'ja', 'unknownQuestion'],
      ['an option the question does not have', 'A1', 'z', 'unknownOption'],
      ['a number above the maximum', 'I1', 150, 'aboveMax'],
      ['a number below the minimum', 'A4', -1, 'belowMin'],
      ['a fraction where a whole number is asked', 'S3', { value: 1.5, referenceDate: '2024-12-31' }, 'notInteger'],
      ['a number for a choice', 'A1', 5, 'wrongType'],
      ['a text for a number', 'I1', 'viel', 'wrongType'],
      ['a single value for a multiple choice', 'A9', 'land', 'wrongType'],
      ['an exclusive option with others', 'W1', ['keineDavon', 'gewerbeflaechen'], 'exclusiveCombined'],
      ['a malformed region key', 'S1', '07137', 'invalidFormat'],
    ])('%s: 400 VALIDATION_FAILED naming the question and the reason', async (_what, code, value, reason) => {
      const refused = await save<ApiErrorBody>(mayen, responseId, code, value, 0);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: code, code: reason })]);
    });

    it.each([
      ['no value', { baseVersion: 0, operationId: randomUUID() }, 'value', 'isDefined'],
      ['a negative baseVersion', { value: 'ja', baseVersion: -1, operationId: randomUUID() }, 'baseVersion', 'min'],
      [
        'a baseVersion that is no integer',
        { value: 'ja', baseVersion: '1', operationId: randomUUID() },
        'baseVersion',
        'isInt',
      ],
      ['an operationId that is no UUID', { value: 'ja', baseVersion: 0, operationId: 'eins' }, 'operationId', 'isUuid'],
    ])('a save with %s: 400 naming the field', async (_what, body, field, code) => {
      const refused = await mayen.request<ApiErrorBody>('PUT', `responses/${responseId}/answers/A3`, { body });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    });

    it('a malformed question code or response id: 400', async () => {
      const badCode = await save<ApiErrorBody>(mayen, responseId, '1A', 'ja', 0);
      expect(badCode.status).toBe(400);
      expect(badCode.body.errors?.map((e) => e.field)).toEqual(['questionCode']);
      const badId = await save<ApiErrorBody>(mayen, 'not-a-uuid', 'A3', 'ja', 0);
      expect(badId.status).toBe(400);
      expect(badId.body.errors?.map((e) => e.field)).toEqual(['id']);
    });

    it('nothing refused was stored', async () => {
      expect((await detail(mayen, responseId)).answers).toEqual({});
      expect(await audited('response.answer_changed', responseId)).toEqual([]);
    });

    it('answering for another region: 404, as if the response did not exist', async () => {
      const foreign = await save<ApiErrorBody>(mayen, cochemResponseId, 'A3', 'ja', 0);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('NOT_FOUND');
      expect((await mayen.get(`responses/${cochemResponseId}`)).status).toBe(404);
      expect((await submit(mayen, cochemResponseId)).status).toBe(404);
      expect((await mayen.post(`waves/${wave.id}/regions/07135/response`)).status).toBe(404);
      // A region the wave does not invite, even the respondent's own in another wave: 404.
      const other = await createWave('Nur Cochem-Zell', ['07135']);
      expect((await mayen.post(`waves/${other.id}/regions/07137/response`)).status).toBe(404);
      expect((await mayen.get(`waves/${other.id}`)).status).toBe(404);
      expect((await detail(cochem, cochemResponseId)).answers).toEqual({});
    });

    it('an analyst reads the response of their Land but does not answer it: 403', async () => {
      const refused = await save<ApiErrorBody>(analyst, responseId, 'A3', 'ja', 0);
      expect(refused.status).toBe(403);
      expect((await submit(analyst, responseId)).status).toBe(403);
    });
  });

  // ---- autosave -------------------------------------------------------------------------------------------

  describe('autosave: versions, conflicts, operation ids', () => {
    let wave: WaveDetail;
    let responseId: string;

    beforeAll(async () => {
      wave = await createWave('Autosave', ['07137']);
      responseId = (await open(mayen, wave.id, '07137')).id;
    });

    it('each save returns the next version of that question, with who saved it', async () => {
      const values = ['ja', 'nein', 'weissNicht'];
      for (const [index, value] of values.entries()) {
        const saved = await save(mayen, responseId, 'A3', value, index);
        expect(saved.status).toBe(200);
        expect(saved.body).toEqual({
          questionCode: 'A3',
          value,
          version: index + 1,
          savedAt: expect.any(String),
          savedBy: names['mayen'],
        });
      }
      // Versions count per question.
      expect((await save(mayen, responseId, 'A5', 'ja', 0)).body).toMatchObject({ version: 1 });
      const current = await detail(mayen, responseId);
      expect(current.answers['A3']).toEqual({
        value: 'weissNicht',
        version: 3,
        savedAt: expect.any(String),
        savedBy: names['mayen'],
      });
      expect(current.answers['A5']).toMatchObject({ value: 'ja', version: 1 });
    });

    it('a stale baseVersion: 409 ANSWER_CONFLICT with the stored answer, which stays', async () => {
      for (const baseVersion of [0, 1, 2, 4]) {
        const conflict = await save<SurveyErrorBody>(admin, responseId, 'A3', 'ja', baseVersion);
        expect(conflict.status).toBe(409);
        expect(conflict.body).toMatchObject({
          code: 'ANSWER_CONFLICT',
          conflict: {
            current: { value: 'weissNicht', version: 3, savedBy: names['mayen'], savedAt: expect.any(String) },
          },
        });
      }
      expect((await detail(mayen, responseId)).answers['A3']).toMatchObject({ value: 'weissNicht', version: 3 });
      // The other person takes the current version and saves on top of it.
      const resolved = await save(admin, responseId, 'A3', 'ja', 3);
      expect(resolved.body).toMatchObject({ version: 4, value: 'ja', savedBy: names['admin'] });
    });

    it('the same operationId sent twice applies once and returns the same version', async () => {
      const operationId = randomUUID();
      const first = await save(mayen, responseId, 'A6', 'ja', 0, operationId);
      const second = await save(mayen, responseId, 'A6', 'ja', 0, operationId);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.body).toEqual(first.body);
      expect((await detail(mayen, responseId)).answers['A6']).toMatchObject({ version: 1 });
      expect(
        (await audited('response.answer_changed', responseId)).filter((e) => e.details['operationId'] === operationId),
      ).toHaveLength(1);
      // A repeat with the version it produced as base is still the same operation, not a new save.
      expect((await save(mayen, responseId, 'A6', 'ja', 1, operationId)).body).toEqual(first.body);
    });

    it('an operationId used for another question: 409 OPERATION_REUSED', async () => {
      const operationId = randomUUID();
      expect((await save(mayen, responseId, 'A7', '3', 0, operationId)).status).toBe(200);
      expect(statusAndCode(await save(mayen, responseId, 'A8', '3', 0, operationId))).toEqual({
        status: 409,
        code: 'OPERATION_REUSED',
      });
      expect((await detail(mayen, responseId)).answers['A8']).toBeUndefined();
    });

    it('the same operationId sent concurrently applies once; every answer names the same version', async () => {
      for (const [code, value] of [
        ['A10', '4'], // first save of the question
        ['A3', 'nein'], // on top of version 4
      ] as const) {
        const before = (await detail(mayen, responseId)).answers[code]?.version ?? 0;
        const operationId = randomUUID();
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => save(mayen, responseId, code, value, before, operationId)),
        );
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
        for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
        expect(answers[0].body).toMatchObject({ version: before + 1, value });
        expect((await detail(mayen, responseId)).answers[code]).toMatchObject({ version: before + 1 });
        const events = await audited('response.answer_changed', responseId);
        expect(events.filter((e) => e.details['operationId'] === operationId)).toHaveLength(1);
      }
    });

    it('two saves on the same base version at once: exactly one 200, one 409 with the winner’s answer', async () => {
      for (const [code, first, second] of [
        ['V1', 'keine', 'ab100'], // both first saves (base 0)
        ['V1', '10bis49', '50bis99'], // both on top of version 1
        ['V1', 'keine', '1bis9'], // and again
      ] as const) {
        const before = (await detail(mayen, responseId)).answers[code]?.version ?? 0;
        const answers = await Promise.all([
          save<SavedAnswer & SurveyErrorBody>(mayen, responseId, code, first, before),
          save<SavedAnswer & SurveyErrorBody>(admin, responseId, code, second, before),
        ]);
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
        const winner = answers.find((a) => a.status === 200) as ApiResponse<SavedAnswer>;
        const loser = answers.find((a) => a.status === 409) as ApiResponse<SurveyErrorBody>;
        expect(winner.body.version).toBe(before + 1);
        // (Who saved it: see the next test.)
        expect(loser.body).toMatchObject({
          code: 'ANSWER_CONFLICT',
          conflict: { current: { value: winner.body.value, version: before + 1 } },
        });
        expect((await detail(mayen, responseId)).answers[code]).toMatchObject({
          value: winner.body.value,
          version: before + 1,
        });
      }
    });

    // On PostgreSQL a save that waited for the row lock must still name the winner (the lock is taken without
    // a join: a joined row would be re-checked against its old version and come back empty).
    it('a conflict names who saved the current answer, also when that save won a race against it', async () => {
      let before = (await detail(mayen, responseId)).answers['V2']?.version ?? 0;
      for (let round = 0; round < 6; round++) {
        const [other, group, name] = round % 2 === 0 ? [mayen, admin, names['admin']] : [admin, mayen, names['mayen']];
        // The other person saves last, so the winner of the race below changes who saved the answer.
        expect((await save(other, responseId, 'V2', 'geplant', before)).status).toBe(200);
        before += 1;
        const answers = await Promise.all(
          ['alle', 'einige', 'vorhaben', 'keinThema', 'alle', 'einige'].map((value) =>
            save<SurveyErrorBody>(group, responseId, 'V2', value, before),
          ),
        );
        expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
        before += 1;
        for (const loser of answers.filter((a) => a.status !== 200)) {
          expect(loser.body).toMatchObject({
            code: 'ANSWER_CONFLICT',
            conflict: { current: { version: before, savedBy: name } },
          });
        }
      }
    });

    it('null clears an answer (a new version); the cleared question counts as unanswered', async () => {
      const before = await detail(mayen, responseId);
      const cleared = await save(mayen, responseId, 'A5', null, before.answers['A5'].version);
      expect(cleared.body).toMatchObject({ value: null, version: before.answers['A5'].version + 1 });
      const after = await detail(mayen, responseId);
      expect(after.answers['A5']).toMatchObject({ value: null });
      expect(after.progress.answered).toBe(before.progress.answered - 1);
    });
  });

  // ---- participation --------------------------------------------------------------------------------------

  describe('participation: "n von N"', () => {
    let wave: WaveDetail;
    const participation = async () => {
      const response = await analyst.get<WaveParticipation>(`waves/${wave.id}/participation`);
      expect(response.status).toBe(200);
      return response.body;
    };
    const counts = async () => {
      const { invited, started, submitted, notStarted, notSubmitted } = await participation();
      return { invited, started, submitted, notStarted, notSubmitted };
    };
    let mayenResponse: string;

    beforeAll(async () => {
      wave = await createWave('Teilnahme', ['07137', '07135']);
    });

    it('counts 0 von 2 before anyone answers, with every region to remind', async () => {
      const body = await participation();
      expect(body).toMatchObject({ waveId: wave.id, invited: 2, started: 0, submitted: 0 });
      expect(body.notStarted).toEqual(['07135', '07137']);
      expect(body.notSubmitted).toEqual(['07135', '07137']);
      expect(body.regions).toEqual([
        { ars: '07135', name: expect.any(String), state: 'notStarted', responseId: null, answered: 0 },
        { ars: '07137', name: expect.any(String), state: 'notStarted', responseId: null, answered: 0 },
      ]);
    });

    it('an opened response without answers is not started yet; the first answer starts it', async () => {
      mayenResponse = (await open(mayen, wave.id, '07137')).id;
      const opened = await participation();
      expect(opened).toMatchObject({ started: 0 });
      expect(opened.regions[1]).toMatchObject({ ars: '07137', state: 'notStarted', responseId: mayenResponse });

      await saveAll(mayen, mayenResponse, { A3: 'ja' });
      expect(await counts()).toEqual({
        invited: 2,
        started: 1,
        submitted: 0,
        notStarted: ['07135'],
        notSubmitted: ['07135', '07137'],
      });
      expect((await participation()).regions[1]).toMatchObject({ state: 'started', answered: 1 });
    });

    it('a submit counts; a reopen takes it back; a publish counts as submitted', async () => {
      await saveAll(mayen, mayenResponse, REQUIRED);
      expect((await submit(mayen, mayenResponse)).status).toBe(200);
      expect(await counts()).toMatchObject({ started: 1, submitted: 1, notSubmitted: ['07135'] });
      expect((await participation()).regions[1]).toMatchObject({ state: 'submitted', answered: 6 });

      const cochemResponse = (await open(cochem, wave.id, '07135')).id;
      await saveAll(cochem, cochemResponse, { A1: 'a' });
      expect(await counts()).toEqual({ invited: 2, started: 2, submitted: 1, notStarted: [], notSubmitted: ['07135'] });

      await analyst.post(`responses/${mayenResponse}/reopen`, { reason: 'Bitte A4 ergänzen' });
      expect(await counts()).toMatchObject({ started: 2, submitted: 0, notSubmitted: ['07135', '07137'] });
      expect((await participation()).regions[1]).toMatchObject({ state: 'reopened' });

      expect((await submit(mayen, mayenResponse)).status).toBe(200);
      expect((await analyst.post(`responses/${mayenResponse}/publish`)).status).toBe(200);
      expect(await counts()).toMatchObject({ started: 2, submitted: 1, notSubmitted: ['07135'] });
      expect((await participation()).regions[1]).toMatchObject({ state: 'published' });
    });

    it('respondents see the wave with their own region only and their responses', async () => {
      const seen = await mayen.get<WaveDetail>(`waves/${wave.id}`);
      expect(seen.body).toMatchObject({ invited: 2, manageable: false, myRegions: ['07137'] });
      expect(seen.body.regions.map((r) => r.ars)).toEqual(['07137']);
      const mine = await mayen.get(`waves/${wave.id}/responses/mine`);
      expect(mine.body).toEqual([{ regionArs: '07137', responseId: mayenResponse, status: 'published' }]);
      const listed = await cochem.get<WaveSummary[]>('waves');
      expect(listed.body.map((w) => w.id)).toContain(wave.id);
      expect((await mayen.get(`waves/${wave.id}/participation`)).status).toBe(403);
    });
  });

  // ---- result -----------------------------------------------------------------------------------------------

  describe('the result after submit', () => {
    it('holds the index and maturity level shared-scoring computes from the same answers', async () => {
      const wave = await createWave('Ergebnis', ['07137']);
      const responseId = (await open(mayen, wave.id, '07137')).id;
      const answers = { ...VERBANDSGEMEINDE_EXAMPLE };
      await saveAll(mayen, responseId, answers);
      const submitted = await submit(mayen, responseId);
      expect(submitted.status).toBe(200);
      expect(submitted.body.progress).toMatchObject({ answered: expect.any(Number), visible: expect.any(Number) });

      const region = await mayen.get<RegionDetail>('regions/07137');
      const population = (region.body as { population?: number | null }).population ?? undefined;
      const expected: ResponseScore = scoreResponse(DIGITALE_KOMMUNE_V1, answers, { referencePopulation: population });
      expect(expected.index.score).not.toBeNull();

      const result = await mayen.get<ResponseResult<ResponseScore>>(`responses/${responseId}/result`);
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ responseId, status: 'submitted', submittedAt: expect.any(String) });
      const score = result.body.score;
      expect(score.index).toMatchObject({
        status: expected.index.status,
        maturityLevel: expected.index.maturityLevel,
        gatedMaturityLevel: expected.index.gatedMaturityLevel,
      });
      expect(score.index.score).toBeCloseTo(expected.index.score as number, 10);
      expect(score.priorityIndex.score).toBeCloseTo(expected.priorityIndex.score as number, 10);
      expect(score).toEqual(JSON.parse(JSON.stringify(expected)));
      // The analyst of the Land reads it too; the submit audit names the index.
      expect((await analyst.get<ResponseResult<ResponseScore>>(`responses/${responseId}/result`)).body.score).toEqual(
        score,
      );
      const [event] = await audited('response.submitted', responseId);
      expect(event.details).toMatchObject({ index: score.index.score, indexStatus: score.index.status });
    });
  });

  // ---- audit ------------------------------------------------------------------------------------------------

  describe('audit of answer changes', () => {
    it('every change appears as response.answer_changed with the old and the new value; refusals do not', async () => {
      const wave = await createWave('Audit', ['07137']);
      const responseId = (await open(mayen, wave.id, '07137')).id;
      const s3 = { value: 214_000, referenceDate: '2024-12-31' };
      expect((await save(mayen, responseId, 'A3', 'ja', 0)).status).toBe(200);
      expect((await save(mayen, responseId, 'A3', 'nein', 1)).status).toBe(200);
      expect((await save(admin, responseId, 'A3', 'x', 2)).status).toBe(400);
      expect((await save(admin, responseId, 'A3', 'ja', 1)).status).toBe(409);
      expect((await save(mayen, responseId, 'A3', null, 2)).status).toBe(200);
      expect((await save(mayen, responseId, 'S3', s3, 0)).status).toBe(200);
      expect((await save(admin, responseId, 'A9', ['land', 'hochschulen'], 0)).status).toBe(200);

      const events = await audited('response.answer_changed', responseId);
      expect(events.map((e) => [e.actorEmail, e.regionArs, e.details])).toEqual([
        [
          DEMO.mayenKoblenz,
          '07137',
          expect.objectContaining({ questionCode: 'A3', oldValue: null, newValue: 'ja', version: 1 }),
        ],
        [
          DEMO.mayenKoblenz,
          '07137',
          expect.objectContaining({ questionCode: 'A3', oldValue: 'ja', newValue: 'nein', version: 2 }),
        ],
        [
          DEMO.mayenKoblenz,
          '07137',
          expect.objectContaining({ questionCode: 'A3', oldValue: 'nein', newValue: null, version: 3 }),
        ],
        [
          DEMO.mayenKoblenz,
          '07137',
          expect.objectContaining({ questionCode: 'S3', oldValue: null, newValue: s3, version: 1 }),
        ],
        [
          DEMO.admin,
          '07137',
          expect.objectContaining({ questionCode: 'A9', oldValue: null, newValue: ['land', 'hochschulen'] }),
        ],
      ]);
      for (const event of events) expect(event.details['operationId']).toMatch(/^[0-9a-f-]{36}$/);

      // The analyst of the Land reads these events as well.
      const forAnalyst = await analyst.get<AuditPage>('audit?action=response.answer_changed&limit=500');
      expect(forAnalyst.body.items.filter((e) => e.entityId === responseId)).toHaveLength(5);
    });
  });
});
