import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  RegionDetail,
  ResponseDetail,
  ResponseResult,
  WaveParticipation,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { type Answers, DIGITALE_KOMMUNE_V1, type ResponseScore, scoreResponse } from '@digitalcheck/shared-scoring';
import { DEMO, DEMO_PASSWORD, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import { type RunningApi, workspaceRoot } from '../support/running-api';

/**
 * The demo survey waves (issue 6, "Demo data"): with DEMO_DATA=true the API seeds "Digitalcheck Rheinland-Pfalz
 * 2024" (ended) and "… 2026" (running) over the RLP Kreise and Verbandsgemeinden, stored as real responses
 * would be, and a restart on the same database adds nothing.
 */

const TITLE_2024 = 'Digitalcheck Rheinland-Pfalz 2024';
const TITLE_2026 = 'Digitalcheck Rheinland-Pfalz 2026';
const withGeo = existsSync(join(workspaceRoot, '..', 'shared', 'data', 'geo'));
/** Demo respondents and their regions; the VG accounts exist only with the shared geo data. */
const RESPONDENTS: Array<{ email: string; ars: string; name: string }> = [
  { email: DEMO.mayenKoblenz, ars: '07137', name: 'Demo Landkreis Mayen-Koblenz' },
  { email: DEMO.cochemZell, ars: '07135', name: 'Demo Landkreis Cochem-Zell' },
  ...(withGeo
    ? [
        { email: 'vg-vordereifel@demo.example', ars: '071375003', name: 'Demo Verbandsgemeinde Vordereifel' },
        { email: 'vg-cochem@demo.example', ars: '071355001', name: 'Demo Verbandsgemeinde Cochem' },
      ]
    : []),
];

describe(`demo survey waves (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataDir: string | null = null;
  let url: string;
  let api: RunningApi;
  let analyst: SessionClient;
  let waves: Record<string, WaveSummary>;
  let participation: Record<string, WaveParticipation>;

  const signIn = (email: string) => SessionClient.signIn(api.baseUrl, email, DEMO_PASSWORD);

  async function read<T>(client: SessionClient, path: string): Promise<T> {
    const response = await client.get<T>(path);
    expect(`${path}: ${response.status}`).toBe(`${path}: 200`);
    return response.body;
  }

  /** The analyst's view: the demo waves by title and their participation. */
  async function snapshot(): Promise<{
    waves: Record<string, WaveSummary>;
    participation: Record<string, WaveParticipation>;
  }> {
    const list = await read<WaveSummary[]>(analyst, 'waves');
    const demo = Object.fromEntries(
      list.filter((w) => w.title.startsWith('Digitalcheck Rheinland-Pfalz')).map((w) => [w.title, w]),
    );
    const counts: Record<string, WaveParticipation> = {};
    for (const wave of Object.values(demo)) counts[wave.title] = await read(analyst, `waves/${wave.id}/participation`);
    return { waves: demo, participation: counts };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    // A restart must find the data again, so an embedded database lives in a directory here.
    dataDir = database.location.kind === 'embedded' ? mkdtempSync(join(tmpdir(), 'dc-demo-waves-')) : null;
    url = dataDir ? `pglite://${dataDir}` : database.url;
    api = await startAccountsApi(url);
    analyst = await signIn(DEMO.analystRlp);
    ({ waves, participation } = await snapshot());
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the analyst the two waves: 2024 ended, 2026 running, over all RLP Kreise and Verbandsgemeinden', () => {
    expect(Object.keys(waves).sort()).toEqual([TITLE_2024, TITLE_2026]);
    // 36 Kreise; with the geo data also the 158 Verbandsgemeinden and verbandsfreie Gemeinden (the kreisfreie
    // Städte take part once, as Kreise).
    const invited = withGeo ? 36 + 158 : 36;
    expect(waves[TITLE_2024]).toMatchObject({ status: 'closed', landArs: '07', invited, manageable: true });
    expect(waves[TITLE_2026]).toMatchObject({ status: 'open', landArs: '07', invited, manageable: true });
    expect(Date.parse(waves[TITLE_2026].startsAt)).toBeLessThan(Date.now());
    expect(Date.parse(waves[TITLE_2026].endsAt)).toBeGreaterThan(Date.now());
  });

  it('reports participation "n von N" below 100 % in both waves', () => {
    const closed = participation[TITLE_2024];
    expect(closed.submitted).toBeLessThan(closed.invited);
    expect(closed.submitted / closed.invited).toBeGreaterThan(0.8);
    expect(closed.notStarted.length).toBeGreaterThan(0);
    expect(closed.regions.filter((r) => r.state === 'published').length).toBeGreaterThan(closed.submitted / 2);

    const running = participation[TITLE_2026];
    expect(running.submitted).toBeGreaterThan(0);
    expect(running.started).toBeGreaterThan(running.submitted);
    expect(running.notStarted.length).toBeGreaterThan(0);
    expect(running.invited).toBeGreaterThan(running.started);
  });

  it('has the demo respondents’ regions submitted in 2024 and not started in 2026', () => {
    const state = (title: string, ars: string) => participation[title].regions.find((r) => r.ars === ars)?.state;
    for (const { ars } of RESPONDENTS) {
      expect([ars, state(TITLE_2024, ars)]).toEqual([ars, expect.stringMatching(/^(submitted|published)$/)]);
      expect([ars, state(TITLE_2026, ars)]).toEqual([ars, 'notStarted']);
    }
  });

  it('stores a demo respondent’s 2024 response as a submit would: version 1 answers, their name, the score', async () => {
    for (const { email, ars, name } of RESPONDENTS) {
      const respondent = await signIn(email);
      const [mine] = await read<Array<{ regionArs: string; responseId: string | null }>>(
        respondent,
        `waves/${waves[TITLE_2024].id}/responses/mine`,
      );
      expect(mine).toMatchObject({ regionArs: ars, responseId: expect.any(String) });
      const detail = await read<ResponseDetail>(respondent, `responses/${mine.responseId}`);
      expect(detail).toMatchObject({ regionArs: ars, waveStatus: 'closed', editable: false });
      const answers = Object.values(detail.answers);
      expect(answers.length).toBeGreaterThan(30);
      expect(answers.every((a) => a.version === 1 && a.savedBy === name)).toBe(true);
      const submittedAt = Date.parse(detail.submittedAt ?? '');
      expect(submittedAt).toBeGreaterThan(Date.parse(waves[TITLE_2024].startsAt));
      expect(submittedAt).toBeLessThan(Date.parse(waves[TITLE_2024].endsAt));
      expect(answers.every((a) => Date.parse(a.savedAt ?? '') <= submittedAt)).toBe(true);

      // The stored result is exactly what scoreResponse gives for these answers and the region's population.
      const result = await read<ResponseResult<ResponseScore>>(respondent, `responses/${mine.responseId}/result`);
      const region = await read<RegionDetail>(respondent, `regions/${ars}`);
      const values: Answers = Object.fromEntries(
        Object.entries(detail.answers).map(([code, answer]) => [code, answer.value as Answers[string]]),
      );
      expect(result.score).toEqual(
        scoreResponse(DIGITALE_KOMMUNE_V1, values, { referencePopulation: region.population ?? undefined }),
      );
      expect(result.score.index.score).toEqual(expect.any(Number));
    }
  });

  it('has roughly the DLT share of Kreise without a strategy (A1 d or e) in 2024, fewer in 2026', async () => {
    const share = async (title: string) => {
      const done = participation[title].regions.filter(
        (r) => r.ars.length === 5 && (r.state === 'submitted' || r.state === 'published'),
      );
      let without = 0;
      for (const region of done) {
        const detail = await read<ResponseDetail>(analyst, `responses/${region.responseId}`);
        if (['d', 'e'].includes(detail.answers['A1']?.value as string)) without++;
      }
      return without / done.length;
    };
    const before = await share(TITLE_2024);
    expect(before).toBeGreaterThanOrEqual(0.45);
    expect(before).toBeLessThanOrEqual(0.7);
    expect(await share(TITLE_2026)).toBeLessThan(before);
  });

  it('adds nothing on a restart, and the 2026 response is the respondent’s to begin', async () => {
    await api.stop();
    api = await startAccountsApi(url);
    analyst = await signIn(DEMO.analystRlp);
    const again = await snapshot();
    expect(Object.keys(again.waves).sort()).toEqual([TITLE_2024, TITLE_2026]);
    expect(again.waves).toEqual(waves);
    expect(again.participation).toEqual(participation);

    const mayen = await signIn(DEMO.mayenKoblenz);
    const [mine] = await read<Array<{ responseId: string | null; status: string | null }>>(
      mayen,
      `waves/${waves[TITLE_2026].id}/responses/mine`,
    );
    expect(mine).toMatchObject({ responseId: null, status: null });
    const opened = await mayen.post<ResponseDetail>(`waves/${waves[TITLE_2026].id}/regions/07137/response`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'draft', editable: true, answers: {} });
  }, 120_000);
});
