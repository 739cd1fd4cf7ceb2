import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, RegionDetail, ResponseComparison } from '@digitalcheck/shared-contracts';
import { DIGITALE_KOMMUNE_V1, scoreResponse } from '@digitalcheck/shared-scoring';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { DEMO, DEMO_PASSWORD, inviteAndAccept, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';
import { answerAndSubmit, openWave } from './support/survey-steps';

/**
 * `GET /responses/{id}/comparison` (issue 6, own results): the response against the median of its peer group
 * and the mean of its Land over the submitted responses of the same wave, with groups under 3 suppressed.
 *
 * The Kreise: Mayen-Koblenz 07137, Neuwied 07138 and Westerwaldkreis 07143 are Landkreise of 150,000 to
 * under 250,000 inhabitants (one peer group); Cochem-Zell 07135 has fewer than 100,000 (another group).
 */

const EXAMPLE = VERBANDSGEMEINDE_EXAMPLE;
/** Three answer sets with different scores in Strategie & Steuerung (A4) and Infrastruktur (I1). */
const ANSWERS: Record<string, Readonly<Record<string, unknown>>> = {
  '07137': EXAMPLE,
  '07138': { ...EXAMPLE, A4: 0.9, I1: 95 },
  '07135': { ...EXAMPLE, A4: 0.1, I1: 10 },
  '07143': { ...EXAMPLE, A4: 0.25, I1: 40 },
};

const median3 = (values: number[]) => [...values].sort((a, b) => a - b)[1];
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe(`comparison with peer group and Land (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let analyst: SessionClient;
  let mayen: SessionClient;
  let cochem: SessionClient;
  let neuwied: SessionClient;
  let westerwald: SessionClient;
  let waveId: string;
  const responseIds: Record<string, string> = {};
  /** What shared-scoring computes for each Kreis's answers with its reference population. */
  const expected: Record<string, ReturnType<typeof scoreResponse>> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    const signIn = (email: string) => SessionClient.signIn(api.baseUrl, email, DEMO_PASSWORD);
    [analyst, mayen, cochem] = await Promise.all([
      signIn(DEMO.analystRlp),
      signIn(DEMO.mayenKoblenz),
      signIn(DEMO.cochemZell),
    ]);
    neuwied = (await inviteAndAccept(analyst, 'neuwied@test.example', 'RESPONDENT', '07138')).client;
    westerwald = (await inviteAndAccept(analyst, 'westerwald@test.example', 'RESPONDENT', '07143')).client;
    waveId = (await openWave(analyst, `Vergleich ${Date.now()}`, Object.keys(ANSWERS))).id;
    for (const [ars, answers] of Object.entries(ANSWERS)) {
      const region = (await analyst.get<RegionDetail>(`regions/${ars}`)).body;
      expected[ars] = scoreResponse(DIGITALE_KOMMUNE_V1, answers, {
        referencePopulation: region.population ?? undefined,
      });
    }
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const comparisonOf = (client: SessionClient, ars: string) =>
    client.get<ResponseComparison & ApiErrorBody>(`responses/${responseIds[ars]}/comparison`);
  const indexOf = (ars: string) => expected[ars].index.score as number;
  const fieldOf = (ars: string, section: string) =>
    expected[ars].fields.find((field) => field.section === section)?.score as number;

  it('is refused before the submit (409), to other Kreise (404) and to anonymous callers (401)', async () => {
    responseIds['07137'] = await answerAndSubmit(mayen, waveId, '07137', ANSWERS['07137'], false);
    expect(new Set(Object.keys(ANSWERS).map(indexOf)).size).toBe(4);

    const early = await comparisonOf(mayen, '07137');
    expect({ status: early.status, code: early.body.code }).toEqual({ status: 409, code: 'RESPONSE_STATUS' });
    expect((await mayen.post(`responses/${responseIds['07137']}/submit`)).status).toBe(200);

    const foreign = await comparisonOf(cochem, '07137');
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect((await comparisonOf(new SessionClient(api.baseUrl), '07137')).status).toBe(401);
    const malformed = await mayen.get<ApiErrorBody>('responses/kein-uuid/comparison');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.map((error) => error.field)).toEqual(['id']);
  });

  it('suppresses both groups while only two responses are in', async () => {
    responseIds['07138'] = await answerAndSubmit(neuwied, waveId, '07138', ANSWERS['07138']);
    const { status, body } = await comparisonOf(mayen, '07137');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      responseId: responseIds['07137'],
      waveId,
      minimumGroupSize: 3,
      peerGroup: { label: 'Landkreis, 150.000 bis unter 250.000 Einwohner', members: 2 },
      land: { ars: '07', name: 'Rheinland-Pfalz', members: 2 },
    });
    expect(body.index).toEqual({
      section: null,
      title: 'Gesamtindex',
      own: indexOf('07137'),
      peerMedian: { members: 2, value: null, suppressed: true },
      peerQuartiles: null,
      landAverage: { members: 2, value: null, suppressed: true },
    });
    expect(body.fields.map((field) => field.section)).toEqual(expected['07137'].fields.map((field) => field.section));
    expect(body.fields.every((field) => field.peerMedian.value === null && field.landAverage.value === null)).toBe(
      true,
    );
    // Only aggregates: no other region's key, name or score appears anywhere in the answer.
    expect(JSON.stringify(body)).not.toMatch(/07138|Neuwied/);
    expect(JSON.stringify(body)).not.toContain(String(indexOf('07138')));
  });

  it('shows the Land mean from three responses, the peer median still suppressed; drafts do not count', async () => {
    responseIds['07135'] = await answerAndSubmit(cochem, waveId, '07135', ANSWERS['07135']);
    responseIds['07143'] = await answerAndSubmit(westerwald, waveId, '07143', ANSWERS['07143'], false);
    const { body } = await comparisonOf(mayen, '07137');
    expect(body.land.members).toBe(3);
    expect(body.peerGroup?.members).toBe(2);
    expect(body.index.peerMedian).toEqual({ members: 2, value: null, suppressed: true });
    expect(body.index.landAverage.suppressed).toBe(false);
    expect(body.index.landAverage.value).toBeCloseTo(mean(['07137', '07138', '07135'].map(indexOf)), 10);
    const strategy = body.fields.find((field) => field.section === 'A');
    expect(strategy?.landAverage.value).toBeCloseTo(mean(['07137', '07138', '07135'].map((a) => fieldOf(a, 'A'))), 10);
    // Cochem-Zell is alone in its peer group.
    expect((await comparisonOf(cochem, '07135')).body.peerGroup).toEqual({
      label: 'Landkreis, unter 100.000 Einwohner',
      members: 1,
    });
  });

  it('shows the peer median once three peers have submitted; the analyst of the Land reads it too', async () => {
    expect((await westerwald.post(`responses/${responseIds['07143']}/submit`)).status).toBe(200);
    const { body } = await comparisonOf(mayen, '07137');
    const peers = ['07137', '07138', '07143'];
    expect(body.peerGroup?.members).toBe(3);
    expect(body.land.members).toBe(4);
    expect(body.index.peerMedian).toEqual({ members: 3, value: median3(peers.map(indexOf)), suppressed: false });
    // Three peers: Q1 halfway between the lowest and the middle score, Q3 halfway between the middle and the top.
    const sorted = peers.map(indexOf).sort((a, b) => (a as number) - (b as number)) as number[];
    expect(body.index.peerQuartiles?.q1).toBeCloseTo((sorted[0] + sorted[1]) / 2, 10);
    expect(body.index.peerQuartiles?.q3).toBeCloseTo((sorted[1] + sorted[2]) / 2, 10);
    expect(body.index.landAverage.value).toBeCloseTo(mean(Object.keys(ANSWERS).map(indexOf)), 10);
    const infrastructure = body.fields.find((field) => field.section === 'INF');
    expect(infrastructure?.own).toBe(fieldOf('07137', 'INF'));
    expect(infrastructure?.peerMedian.value).toBe(median3(peers.map((ars) => fieldOf(ars, 'INF'))));
    expect((await comparisonOf(analyst, '07137')).body).toEqual(body);
  });

  it('a reopened response leaves the groups until it is submitted again', async () => {
    const reopened = await analyst.post(`responses/${responseIds['07138']}/reopen`, { reason: 'Nachfrage' });
    expect(reopened.status).toBe(200);
    const { body } = await comparisonOf(mayen, '07137');
    expect(body.peerGroup?.members).toBe(2);
    expect(body.index.peerMedian.suppressed).toBe(true);
    expect(body.land.members).toBe(3);
  });
});
