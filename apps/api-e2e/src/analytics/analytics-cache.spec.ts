import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  AnalyticsHeatmap,
  AnalyticsOverview,
  AnalyticsQuestionDistribution,
  AnalyticsRanking,
  ResponseDetail,
} from '@digitalcheck/shared-contracts';
import { Client } from 'pg';
import { DEMO, DEMO_PASSWORD, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';
import { answerAndSubmit, openWave } from '../surveys/support/survey-steps';

/**
 * The analytics keep computed results (AnalyticsResultCache) while the database's analytics stamp stays: every
 * submit, reopen and publish — and any other write to responses, waves or regions — must show at the very next
 * request of every analytics endpoint, for every caller who saw the old figures.
 */

/** The required answers of digitale-kommune v1 for a Landkreis: enough to submit. */
const required = (ars: string): Record<string, unknown> => ({
  S1: ars.padEnd(12, '0'),
  S2: 'landkreis',
  S3: { value: 150_000, referenceDate: '2024-12-31' },
  S4: 'verwaltungsspitze',
  A1: 'd',
});

describe(`analytics results stay current (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let mayen: SessionClient;
  let cochem: SessionClient;
  let waveId: string;
  let mayenResponse: string;

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
    // Mayen-Koblenz, Cochem-Zell and Ahrweiler.
    waveId = (await openWave(analyst, 'Analytics aktuell', ['07137', '07135', '07131'])).id;
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  async function read<T>(client: SessionClient, path: string): Promise<T> {
    const response = await client.get<T>(`analytics/waves/${waveId}/${path}`);
    expect(`${path}: ${response.status}`).toBe(`${path}: 200`);
    return response.body;
  }

  /** What every endpoint shows about the counted responses, as the analyst and as the admin see it. */
  async function figures() {
    const overview = await read<AnalyticsOverview>(analyst, 'overview');
    const adminOverview = await read<AnalyticsOverview>(admin, 'overview?landArs=07');
    const ranking = await read<AnalyticsRanking>(analyst, 'ranking');
    const heatmap = await read<AnalyticsHeatmap>(analyst, 'heatmap');
    const a1 = await read<AnalyticsQuestionDistribution>(analyst, 'questions/A1/distribution');
    return {
      submitted: overview.participation.label,
      adminSubmitted: adminOverview.participation.label,
      ohneStrategie: overview.kpis.find((kpi) => kpi.code === 'ohneStrategie')?.base,
      ranked: ranking.n + ranking.unscored,
      heatmap: heatmap.rows.map((row) => row.ars).sort(),
      a1Responses: a1.total.responses,
    };
  }

  const none = {
    submitted: '0 von 3',
    adminSubmitted: '0 von 3',
    ohneStrategie: 0,
    ranked: 0,
    heatmap: [],
    a1Responses: 0,
  };

  it('shows the same figures again while nothing changes', async () => {
    expect(await figures()).toEqual(none);
    expect(await figures()).toEqual(none);
  });

  it('shows a submit at the next request', async () => {
    mayenResponse = await answerAndSubmit(mayen, waveId, '07137', required('07137'));
    expect(await figures()).toEqual({
      submitted: '1 von 3',
      adminSubmitted: '1 von 3',
      ohneStrategie: 1,
      ranked: 1,
      heatmap: ['07137'],
      a1Responses: 1,
    });
  });

  it('shows a reopen at the next request: the response no longer counts', async () => {
    const reopened = await analyst.post<ResponseDetail>(`responses/${mayenResponse}/reopen`, {
      reason: 'Angabe zur Einwohnerzahl prüfen',
    });
    expect(reopened.status).toBe(200);
    expect(await figures()).toEqual(none);
  });

  it('shows the second submit, a publish and another region’s submit at the next request', async () => {
    expect((await mayen.post(`responses/${mayenResponse}/submit`)).status).toBe(200);
    const one = { ...none, submitted: '1 von 3', adminSubmitted: '1 von 3', ohneStrategie: 1, ranked: 1 };
    expect(await figures()).toEqual({ ...one, heatmap: ['07137'], a1Responses: 1 });
    expect((await analyst.post(`responses/${mayenResponse}/publish`)).status).toBe(200);
    expect(await figures()).toEqual({ ...one, heatmap: ['07137'], a1Responses: 1 }); // published still counts
    await answerAndSubmit(cochem, waveId, '07135', required('07135'));
    expect(await figures()).toEqual({
      submitted: '2 von 3',
      adminSubmitted: '2 von 3',
      ohneStrategie: 2,
      ranked: 2,
      heatmap: ['07135', '07137'],
      a1Responses: 2,
    });
  });

  it('shows a change made outside this API process (another instance, or SQL) at the next request', async () => {
    // The embedded database belongs to the API process; on PostgreSQL write as another process would.
    if (database.location.kind !== 'postgres') return;
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `UPDATE "survey_response" SET "status" = 'reopened', "score" = NULL WHERE "wave_id" = $1 AND "region_ars" = '07135'`,
        [waveId],
      );
    } finally {
      await client.end();
    }
    expect(await figures()).toEqual({
      submitted: '1 von 3',
      adminSubmitted: '1 von 3',
      ohneStrategie: 1,
      ranked: 1,
      heatmap: ['07137'],
      a1Responses: 1,
    });
  });
});
