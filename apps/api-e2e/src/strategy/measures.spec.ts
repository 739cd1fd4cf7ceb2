import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, AuditPage, Measure, MeasureInput, Recommendations } from '@digitalcheck/shared-contracts';
import { DEMO, DEMO_PASSWORD, inviteAndAccept, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';
import { answerAndSubmit, openWave } from '../surveys/support/survey-steps';

/**
 * The catalogue of measures (read by everyone signed in, edited by admins) and the recommendations for a submitted
 * response (issue 9): the expected ranking is computed below from the answers the test gives, by the formula of
 * docs/STRATEGY.md (urgency = priority × gap to the next maturity level).
 */

jest.setTimeout(120_000);

const FIELDS = ['VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL'];

/** Mayen-Koblenz's answers: the required ones (S1–S4, A1), P1 and a few per field. */
const ANSWERS: Record<string, unknown> = {
  S1: '071370000000',
  S2: 'landkreis',
  S3: { value: 210_000, referenceDate: '2024-12-31' },
  S4: 'verwaltungsspitze',
  A1: 'c',
  P1: { VER: '5', INF: '4', BIL: 'nichtRelevant', WIR: '5', SEN: '5', SOZ: '1', ORT: '5', ALL: '3' },
  V1: 'keine',
  V2: 'vorhaben',
  V3: 'inUmsetzung',
  V5: 'einsDavon',
  I1: 50,
  I2: 'vereinzelt',
  I3: 'geplant',
  I4: 'alle',
  B1: 'keinThema',
  W2: 'keinThema',
  W3: 'teilweise',
  T1: 'inUmsetzung',
  T2: ['website', 'app', 'messenger'],
  T3: 'nein',
  G1: 'vollstaendig',
  G2: 'vollstaendig',
  G3: '5',
  G4: '3',
  O1: 'teilweise',
  O2: 'geplant',
  O3: ['app'],
  O4: 'keinThema',
  L1: ['aktuell', 'mobil'],
  L2: 'geplant',
  L3: ['socialMedia'],
  L5: '1',
};

/**
 * The same answers as item scores (weight, score 0–1 or null when unanswered), read off the questionnaire
 * (shared/spec/questionnaire-v1.md), with the P1 priority (null: unanswered; 'nicht relevant': left out).
 */
const FIELD_ITEMS: Record<string, { priority: number | null | 'nicht relevant'; items: [number, number | null][] }> = {
  VER: {
    priority: 5,
    items: [
      [2, 0],
      [1, 0.5],
      [1, 0.5],
      [1, null],
      [1, 0.5],
      [1, null],
    ],
  },
  INF: {
    priority: 4,
    items: [
      [2, 0.5],
      [1, 0.5],
      [1, 0.25],
      [1, 1],
    ],
  },
  BIL: {
    priority: 'nicht relevant',
    items: [
      [1, 0],
      [1, null],
      [1, null],
      [1, null],
    ],
  },
  WIR: {
    priority: 5,
    items: [
      [1, null],
      [1, 0],
      [1, 0.75],
    ],
  },
  TOU: {
    priority: null,
    items: [
      [1, 0.5],
      [1, 1],
      [1, 0],
    ],
  },
  SEN: {
    priority: 5,
    items: [
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 0.5],
    ],
  },
  SOZ: {
    priority: 1,
    items: [
      [1, null],
      [1, null],
      [1, null],
    ],
  },
  ORT: {
    priority: 5,
    items: [
      [1, 0.75],
      [1, 0.25],
      [1, 0.5],
      [1, 0],
    ],
  },
  ALL: {
    priority: 3,
    items: [
      [1, 0.5],
      [1, 0.25],
      [1, 0.5],
      [1, null],
      [1, 0],
    ],
  },
};

/** The ranking by the documented formula, from FIELD_ITEMS. */
function expectedRanking() {
  const rows = FIELDS.flatMap((field, order) => {
    const { priority, items } = FIELD_ITEMS[field];
    if (priority === 'nicht relevant') return [];
    const counted = items.reduce((sum, [weight]) => sum + weight, 0);
    const answered = items.filter(([, s]) => s !== null);
    const answeredWeight = answered.reduce((sum, [weight]) => sum + weight, 0);
    const score =
      answeredWeight >= (2 / 3) * counted
        ? (100 * answered.reduce((sum, [weight, s]) => sum + weight * (s ?? 0), 0)) / answeredWeight
        : null;
    const points = score ?? 0;
    const gap = points >= 80 ? 0 : (Math.floor(points / 20) + 1) * 20 - points;
    return [{ field, order, score, priority, gap, urgency: (priority ?? 3) * gap }];
  });
  rows.sort((a, b) => b.urgency - a.urgency || (a.score ?? 0) - (b.score ?? 0) || a.order - b.order);
  return rows.map(({ field, score, priority, gap, urgency }, i) => ({
    field,
    score,
    priority,
    gap,
    urgency,
    rank: i + 1,
  }));
}

function newMeasure(code: string): MeasureInput {
  return {
    code,
    field: 'VER',
    title: 'Digitale Poststelle',
    description: 'Eingehende Briefe werden zentral gescannt und digital verteilt.',
    effort: 'mittel',
    costMin: 5000,
    costMax: 20000,
    prerequisite: { q: 'V2', in: ['einige', 'alle'] },
    improves: ['V2'],
    example: {
      title: 'Scanstelle in Musterhausen',
      description: 'Die Verbandsgemeinde Musterhausen scannt jeden Brief.',
    },
    archived: false,
  };
}

const fieldsOf = (body: ApiErrorBody) => (body.errors ?? []).map((error) => `${error.field} ${error.code}`);

describe(`measures and recommendations (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let analystHe: SessionClient;
  let mayen: SessionClient;
  let cochem: SessionClient;
  let anonymous: SessionClient;
  let mkResponse: string;

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
    anonymous = new SessionClient(api.baseUrl);
    analystHe = (await inviteAndAccept(admin, 'analyse.he.measures@test.example', 'STATE_ANALYST', '06')).client;
    const wave = await openWave(analyst, `Empfehlungen ${Date.now()}`, ['07137', '07135']);
    mkResponse = await answerAndSubmit(mayen, wave.id, '07137', ANSWERS, false);
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  describe('catalogue', () => {
    it('ships at least five measures for each of the nine fields, in field order', async () => {
      const { status, body } = await mayen.get<Measure[]>('measures');
      expect(status).toBe(200);
      for (const field of FIELDS) expect(body.filter((m) => m.field === field).length).toBeGreaterThanOrEqual(5);
      expect(body).toHaveLength(53);
      expect([...new Set(body.map((m) => m.field))]).toEqual(FIELDS);
      expect(body.find((m) => m.code === 'VER-03')).toMatchObject({
        field: 'VER',
        title: 'E-Akte schrittweise einführen',
        effort: 'hoch',
        costMin: 40000,
        costMax: 250000,
        prerequisite: { q: 'V5', in: ['beides', 'einsDavon'] },
        improves: ['V2'],
        archived: false,
        version: 1,
      });
    });

    it('filters by field; a wrong filter is a 400 with the field named', async () => {
      const tourism = await analyst.get<Measure[]>('measures?field=TOU');
      expect(tourism.body.map((m) => m.code)).toEqual(['TOU-01', 'TOU-02', 'TOU-03', 'TOU-04', 'TOU-05', 'TOU-06']);
      const wrong = await analyst.get<ApiErrorBody>('measures?field=XYZ&includeArchived=ja');
      expect(wrong.status).toBe(400);
      expect(fieldsOf(wrong.body)).toEqual(['field isIn', 'includeArchived isIn']);
    });

    it('is closed to anonymous callers (401)', async () => {
      expect((await anonymous.get('measures')).status).toBe(401);
    });
  });

  describe('admin edits', () => {
    let created: Measure;

    it('creates a measure (201) and audits it', async () => {
      const response = await admin.post<Measure>('measures', newMeasure('VER-90'));
      expect(response.status).toBe(201);
      created = response.body;
      expect(created).toMatchObject({ ...newMeasure('VER-90'), version: 1 });
      const audit = await admin.get<AuditPage>('audit?action=measure.created&limit=5');
      expect(audit.body.items[0]).toMatchObject({
        action: 'measure.created',
        entityType: 'measure',
        entityId: created.id,
        actorEmail: DEMO.admin,
        details: { code: 'VER-90', field: 'VER' },
      });
    });

    it('answers 400 per field for a malformed measure', async () => {
      const response = await admin.post<ApiErrorBody>('measures', {
        ...newMeasure('bad'),
        effort: 'riesig',
        costMin: -1,
        prerequisite: 'A1',
        example: { title: '' },
        colour: 'rot',
      });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(
        expect.arrayContaining([
          'code matches',
          'effort isIn',
          'costMin min',
          'prerequisite isObject',
          'example.title isLength',
          'example.description isString',
          'colour unknownField',
        ]),
      );
    });

    it('answers 400 with the JSON path for a prerequisite the questionnaire cannot evaluate, and checks the rest', async () => {
      const response = await admin.post<ApiErrorBody>('measures', {
        ...newMeasure('INF-91'),
        costMin: 900,
        costMax: 100,
        prerequisite: {
          any: [
            { q: 'V2', in: ['alle'] },
            { q: 'P1.XYZ', in: ['5'] },
            { q: 'V1', op: 'zwischen', value: 3 },
          ],
        },
        improves: ['I1', 'E1'],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'code', code: 'codeFieldMismatch', message: 'code must start with "VER-"' },
        { field: 'costMax', code: 'belowCostMin', message: 'costMax must not be below costMin' },
        { field: 'prerequisite/any/2/op', code: 'invalidValue', message: expect.any(String) },
        {
          field: 'improves.1',
          code: 'unknownQuestion',
          message: '"E1" is not a scored question of the questionnaire digitale-kommune',
        },
      ]);
      const references = await admin.post<ApiErrorBody>('measures', {
        ...newMeasure('VER-91'),
        prerequisite: {
          any: [
            { q: 'V2', in: ['alle'] },
            { q: 'P1.XYZ', in: ['5'] },
          ],
        },
      });
      expect(references.body.errors).toEqual([
        { field: 'prerequisite/any/1/q', code: 'unknownRow', message: 'Matrix P1 has no row "XYZ".' },
      ]);
      const duplicate = await admin.post<ApiErrorBody>('measures', newMeasure('VER-01'));
      expect(fieldsOf(duplicate.body)).toEqual(['code duplicateCode']);
    });

    it('updates on top of the current version, 409 MEASURE_CONFLICT on a stale one', async () => {
      const changed = { ...newMeasure('VER-90'), title: 'Digitale Poststelle mit Scanstraße', baseVersion: 1 };
      const first = await admin.request<Measure>('PUT', `measures/${created.id}`, { body: changed });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ title: 'Digitale Poststelle mit Scanstraße', version: 2 });
      const stale = await admin.request<ApiErrorBody>('PUT', `measures/${created.id}`, {
        body: { ...changed, title: 'Zu spät' },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('MEASURE_CONFLICT');
      const withoutVersion = await admin.request<ApiErrorBody>('PUT', `measures/${created.id}`, {
        body: { ...newMeasure('VER-90') },
      });
      expect(fieldsOf(withoutVersion.body).sort()).toEqual(['baseVersion isInt', 'baseVersion min']);
      const audit = await admin.get<AuditPage>('audit?action=measure.updated&limit=5');
      expect(audit.body.items[0]).toMatchObject({
        entityId: created.id,
        details: { code: 'VER-90', fromVersion: 1, toVersion: 2, changed: ['title'], archived: false },
      });
      const unknown = await admin.request('PUT', 'measures/00000000-0000-4000-8000-000000000000', { body: changed });
      expect(unknown.status).toBe(404);
    });

    it('archives with archived=true: gone from the list, there with includeArchived=true', async () => {
      const archived = await admin.request<Measure>('PUT', `measures/${created.id}`, {
        body: { ...newMeasure('VER-90'), archived: true, baseVersion: 2 },
      });
      expect(archived.body).toMatchObject({ archived: true, version: 3 });
      const listed = await mayen.get<Measure[]>('measures?field=VER');
      expect(listed.body.map((m) => m.code)).not.toContain('VER-90');
      const all = await mayen.get<Measure[]>('measures?field=VER&includeArchived=true');
      expect(all.body.map((m) => m.code)).toContain('VER-90');
    });

    it('is for admins only (403), and closed to anonymous callers (401)', async () => {
      for (const client of [analyst, mayen]) {
        expect((await client.post('measures', newMeasure('VER-92'))).status).toBe(403);
        expect(
          (await client.request('PUT', `measures/${created.id}`, { body: { ...newMeasure('VER-90'), baseVersion: 3 } }))
            .status,
        ).toBe(403);
      }
      expect((await anonymous.post('measures', newMeasure('VER-92'))).status).toBe(401);
    });
  });

  describe('recommendations', () => {
    it('answers 409 RESPONSE_NOT_SUBMITTED before the submit', async () => {
      const response = await mayen.get<ApiErrorBody>(`responses/${mkResponse}/recommendations`);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('RESPONSE_NOT_SUBMITTED');
      expect((await mayen.post(`responses/${mkResponse}/submit`)).status).toBe(200);
    });

    it('ranks the fields by priority × gap, as computed from the answers', async () => {
      const { status, body } = await mayen.get<Recommendations>(`responses/${mkResponse}/recommendations`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ responseId: mkResponse, regionArs: '07137', regionName: 'Mayen-Koblenz' });
      expect(body.formula).toContain('Dringlichkeit = Priorität × Abstand');
      const expected = expectedRanking();
      expect(expected.map((row) => row.field)).toEqual(['VER', 'TOU', 'ALL', 'SOZ', 'INF', 'WIR', 'ORT', 'SEN']);
      expect(
        body.fields.map(({ field, score, priority, gap, urgency, rank }) => ({
          field,
          score,
          priority,
          gap,
          urgency,
          rank,
        })),
      ).toEqual(expected);
      expect(body.fields[0].reason).toBe(
        'Vorrangig, weil Sie das Feld mit Priorität 5 bewerten und 10 Punkte bis zur Stufe „Im Aufbau“ fehlen.',
      );
    });

    it('suggests measures whose prerequisite holds and that address open or low items, more items and less effort first', async () => {
      const { body } = await mayen.get<Recommendations>(`responses/${mkResponse}/recommendations`);
      const codes = (field: string) => body.fields.find((f) => f.field === field)?.measures.map((m) => m.measure.code);
      // VER: VER-07 (A3, A7 unanswered; gering), VER-01 (V1 0 points, V4 unanswered; mittel), then one item each:
      // VER-02 (gering), VER-05, VER-06 (mittel). VER-03 and VER-04 improve V2/V3 at 50 points; VER-90 is archived.
      expect(codes('VER')).toEqual(['VER-07', 'VER-01', 'VER-02', 'VER-05', 'VER-06']);
      // SOZ: every item unanswered, one item each; the five "gering" ones by code (SOZ-01 is "mittel").
      expect(codes('SOZ')).toEqual(['SOZ-02', 'SOZ-03', 'SOZ-04', 'SOZ-05', 'SOZ-06']);
      // ORT: ORT-05 needs A3 = ja (unanswered); O1 (75) and O3 (50) need nothing.
      expect(codes('ORT')).toEqual(['ORT-02']);
      // SEN: G1–G4 are at 50 points or more; SEN-02 also improves L5 (answered 1: 0 points).
      expect(codes('SEN')).toEqual(['SEN-02']);
      const ort = body.fields.find((f) => f.field === 'ORT')?.measures[0];
      expect(ort?.addresses).toEqual([
        { questionCode: 'O2', questionText: 'Nutzen Sie Online-Beteiligung bei Planungsvorhaben?', itemScore: 25 },
        {
          questionCode: 'A8',
          questionText:
            '„Einwohnerinnen, Einwohner und örtliche Akteure wirken bei der Planung digitaler Vorhaben mit.“',
          itemScore: null,
        },
      ]);
      expect(ort?.reason).toBe(
        'Empfohlen, weil Frage O2 („Nutzen Sie Online-Beteiligung bei Planungsvorhaben?“) nur 25 von 100 Punkten ' +
          'erreicht und Frage A8 („Einwohnerinnen, Einwohner und örtliche Akteure wirken bei der Planung digitaler ' +
          'Vorhaben mit.“) noch nicht beantwortet ist.',
      );
    });

    it('leaves out measures an admin archives', async () => {
      const catalogue = await admin.get<Measure[]>('measures?field=ORT');
      const ort02 = catalogue.body.find((m) => m.code === 'ORT-02') as Measure;
      const input: MeasureInput = {
        code: ort02.code,
        field: ort02.field,
        title: ort02.title,
        description: ort02.description,
        effort: ort02.effort,
        costMin: ort02.costMin,
        costMax: ort02.costMax,
        prerequisite: ort02.prerequisite,
        improves: ort02.improves,
        example: ort02.example,
        archived: ort02.archived,
      };
      const version = ort02.version;
      const archive = (archived: boolean, baseVersion: number) =>
        admin.request<Measure>('PUT', `measures/${ort02.id}`, { body: { ...input, archived, baseVersion } });
      expect((await archive(true, version)).status).toBe(200);
      const { body } = await mayen.get<Recommendations>(`responses/${mkResponse}/recommendations`);
      expect(body.fields.find((f) => f.field === 'ORT')?.measures).toEqual([]);
      expect((await archive(false, version + 1)).status).toBe(200);
    });

    it('is visible to the Land’s analyst and admins, 404 for another Land’s analyst and another region', async () => {
      expect((await analyst.get(`responses/${mkResponse}/recommendations`)).status).toBe(200);
      expect((await admin.get(`responses/${mkResponse}/recommendations`)).status).toBe(200);
      expect((await analystHe.get(`responses/${mkResponse}/recommendations`)).status).toBe(404);
      expect((await cochem.get(`responses/${mkResponse}/recommendations`)).status).toBe(404);
      expect((await anonymous.get(`responses/${mkResponse}/recommendations`)).status).toBe(401);
      const malformed = await mayen.get<ApiErrorBody>('responses/not-a-uuid/recommendations');
      expect(malformed.status).toBe(400);
      expect(fieldsOf(malformed.body)).toEqual(['id isUuid']);
    });
  });
});
