import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  AnalyticsHeatmap,
  AnalyticsOverview,
  AnalyticsQuestionDistribution,
  AnalyticsRanking,
  ApiErrorBody,
  Page,
  RegionSummary,
  WaveDetail,
} from '@digitalcheck/shared-contracts';
import { DEFAULT_PEER_GROUPS, sizeClassOf } from '@digitalcheck/shared-regions';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import {
  DEMO,
  DEMO_PASSWORD,
  inviteAndAccept,
  startAccountsApi,
  TEST_PASSWORD,
} from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';
import { type FixtureResponse, fixtureResponse, insertResponses, mulberry32 } from './support/fixture-responses';

/**
 * The analytics API (issue 7) against figures computed here, independently, from the fixture answers and the
 * scores shared-scoring gives them:
 *
 * - DLT: an admin wave over 146 Landkreise across Germany, all submitted; 22 answer A1 "derzeit kein Thema"
 *   (15 %), 61 "für die Zukunft geplant" (42 %): "ohne Digitalstrategie" is 83 of 146 = 57 %.
 * - RLP: the RLP analyst's wave over the 36 RLP Kreise with varied answers and every response state; only
 *   submitted and published responses count.
 *
 * Responses are written straight into the database (as submits leave them), not through thousands of requests.
 */

const HOUR = 3_600_000;
const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

function questionOf(code: string) {
  for (const section of DIGITALE_KOMMUNE_V1.sections) {
    const question = section.questions.find((candidate) => candidate.code === code);
    if (question) return question;
  }
  throw new Error(`no question ${code}`);
}

/** A valid answer set: the worked example with choice answers drawn at random. */
function variedAnswers(random: () => number, region: RegionSummary): Record<string, unknown> {
  const answers: Record<string, unknown> = {
    ...VERBANDSGEMEINDE_EXAMPLE,
    S1: region.ars.padEnd(12, '0'),
    S2: region.kind === 'Landkreis' ? 'landkreis' : 'kreisfreieStadt',
    S3: { value: region.population ?? 100_000, referenceDate: '2024-12-31' },
    I1: Math.round(random() * 100),
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  for (const section of DIGITALE_KOMMUNE_V1.sections) {
    for (const question of section.questions) {
      if (['S2', 'S4'].includes(question.code)) continue;
      if (['statusScale', 'likert5', 'yesNo', 'singleChoice'].includes(question.type) && 'options' in question) {
        answers[question.code] = pick(question.options).code;
      }
    }
  }
  const h1 = questionOf('H1');
  if (h1.type === 'matrix') {
    answers['H1'] = Object.fromEntries(
      h1.rows.filter(() => random() < 0.9).map((row) => [row.code, pick(h1.options).code]),
    );
  }
  return answers;
}

describe(`analytics API (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataDir: string | null = null;
  let url: string;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let analystHe: SessionClient;
  let respondent: SessionClient;
  let dltWaveId: string;
  let rlpWaveId: string;
  let kreise: RegionSummary[];
  let dltKreise: RegionSummary[];
  const rlp: FixtureResponse[] = [];

  const signIn = (email: string, password = DEMO_PASSWORD) => SessionClient.signIn(api.baseUrl, email, password);

  async function read<T>(client: SessionClient, path: string): Promise<T> {
    const response = await client.get<T>(path);
    expect(`${path}: ${response.status} ${response.status === 200 ? '' : JSON.stringify(response.body)}`).toBe(
      `${path}: 200 `,
    );
    return response.body;
  }

  async function createWave(client: SessionClient, title: string, body: Record<string, unknown>): Promise<string> {
    const response = await client.post<WaveDetail>('waves', {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
      ...body,
    });
    if (response.status !== 201) throw new Error(`wave ${title}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = database.location.kind === 'embedded' ? mkdtempSync(join(tmpdir(), 'dc-analytics-')) : null;
    url = dataDir ? `pglite://${dataDir}` : database.url;
    api = await startAccountsApi(url);
    admin = await signIn(DEMO.admin);
    analyst = await signIn(DEMO.analystRlp);
    await inviteAndAccept(admin, 'analyse.he@test.example', 'STATE_ANALYST', '06');

    kreise = (await read<Page<RegionSummary>>(admin, 'regions?level=KREIS&limit=500')).items;
    // The DLT fixture: 146 Landkreise across the Länder (every other one in key order, then the rest).
    const landkreise = kreise
      .filter((r) => r.kind === 'Landkreis' || r.kind === 'Kreis')
      .sort((a, b) => a.ars.localeCompare(b.ars));
    expect(landkreise.length).toBeGreaterThanOrEqual(146);
    const alternate = landkreise.filter((_, i) => i % 2 === 0);
    dltKreise = [...alternate, ...landkreise.filter((_, i) => i % 2 === 1)].slice(0, 146);
    dltWaveId = await createWave(admin, 'DLT-Vergleich', { regionArs: dltKreise.map((r) => r.ars) });
    rlpWaveId = await createWave(analyst, 'Analytics RLP', { selectors: [{ landArs: '07', level: 'KREIS' }] });

    const dlt = dltKreise.map((region, i) =>
      fixtureResponse(
        dltWaveId,
        region.ars,
        i % 7 === 0 ? 'published' : 'submitted',
        {
          S1: region.ars.padEnd(12, '0'),
          S2: 'landkreis',
          S3: { value: region.population ?? 100_000, referenceDate: '2024-12-31' },
          S4: 'verwaltungsspitze',
          // 22 "kein Thema", 61 "für die Zukunft geplant", the other 63 with a strategy in some state.
          A1: i < 22 ? 'e' : i < 83 ? 'd' : ['a', 'b', 'c'][i % 3],
        },
        region.population,
      ),
    );

    const random = mulberry32(20260701);
    const rlpKreise = kreise.filter((r) => r.landArs === '07').sort((a, b) => a.ars.localeCompare(b.ars));
    expect(rlpKreise.length).toBe(36);
    rlpKreise.forEach((region, i) => {
      if (i < 2) return; // not started
      const status = i < 5 ? 'draft' : i === 5 ? 'reopened' : i < 8 ? 'published' : 'submitted';
      rlp.push(fixtureResponse(rlpWaveId, region.ars, status, variedAnswers(random, region), region.population));
    });

    if (dataDir) await api.stop();
    await insertResponses(url, [...dlt, ...rlp]);
    if (dataDir) api = await startAccountsApi(url);
    admin = await signIn(DEMO.admin);
    analyst = await signIn(DEMO.analystRlp);
    analystHe = await signIn('analyse.he@test.example', TEST_PASSWORD);
    respondent = await signIn(DEMO.mayenKoblenz);
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  describe('DLT fixture: 146 Landkreise', () => {
    it('shows 57 % "ohne Digitalstrategie" with n = 146, from the derived indicator', async () => {
      const overview = await read<AnalyticsOverview>(admin, `analytics/waves/${dltWaveId}/overview`);
      expect(overview.participation).toEqual({ invited: 146, submitted: 146, share: 1, label: '146 von 146' });
      const tile = overview.kpis.find((kpi) => kpi.code === 'ohneStrategie');
      expect(tile).toMatchObject({ row: null, label: 'ohne Digitalstrategie', n: 83, base: 146, suppressed: false });
      expect(percent(tile?.share ?? null)).toBe(57);
      expect(tile?.rule).toContain('A1 ∈ {d, e}');
      expect(overview.scope.minimumGroupSize).toBe(3);
    });

    it('shows the DLT distribution of A1: 15 % kein Thema, 42 % für die Zukunft geplant', async () => {
      const distribution = await read<AnalyticsQuestionDistribution>(
        admin,
        `analytics/waves/${dltWaveId}/questions/A1/distribution`,
      );
      const [row] = distribution.total.rows;
      expect(distribution.total.responses).toBe(146);
      expect(row.base).toBe(146);
      const byCode = Object.fromEntries(row.options.map((option) => [option.code, option]));
      expect(byCode['e']).toMatchObject({ label: 'derzeit kein Thema', count: 22 });
      expect(byCode['d']).toMatchObject({ label: 'für die Zukunft geplant', count: 61 });
      expect(percent(byCode['e'].share)).toBe(15);
      expect(percent(byCode['d'].share)).toBe(42);
      expect(row.options.reduce((sum, option) => sum + (option.count ?? 0), 0)).toBe(146);
    });

    it('gives the RLP analyst only the RLP part of the cross-Land wave', async () => {
      const own = dltKreise.filter((r) => r.landArs === '07');
      const overview = await read<AnalyticsOverview>(analyst, `analytics/waves/${dltWaveId}/overview`);
      expect(overview.participation.invited).toBe(own.length);
      const heatmap = await read<AnalyticsHeatmap>(analyst, `analytics/waves/${dltWaveId}/heatmap`);
      expect(heatmap.rows).toHaveLength(own.length);
      expect(JSON.stringify(heatmap)).not.toMatch(/"ars":"(?!07)/);
      // Filtering for another Land yields nothing rather than that Land's figures.
      const other = await read<AnalyticsOverview>(analyst, `analytics/waves/${dltWaveId}/overview?landArs=09`);
      expect(other.participation).toMatchObject({ invited: 0, submitted: 0 });
    });
  });

  describe('RLP fixture: figures computed independently', () => {
    /** Responses that count: submitted or published. */
    const counted = () => rlp.filter((r) => r.status === 'submitted' || r.status === 'published');
    const regionOf = (ars: string) => kreise.find((r) => r.ars === ars) as RegionSummary;
    const indexOf = (r: FixtureResponse) => r.score?.index.score ?? null;
    const fieldOf = (r: FixtureResponse, section: string) =>
      r.score?.fields.find((field) => field.section === section)?.score ?? null;

    it('participation, KPIs and obstacles with n and base', async () => {
      const overview = await read<AnalyticsOverview>(analyst, `analytics/waves/${rlpWaveId}/overview`);
      const responses = counted();
      expect(overview.participation).toEqual({
        invited: 36,
        submitted: responses.length,
        share: responses.length / 36,
        label: `${responses.length} von 36`,
      });
      const a1 = responses.map((r) => r.answers['A1']);
      expect(overview.kpis).toEqual([
        expect.objectContaining({
          code: 'ohneStrategie',
          n: a1.filter((v) => v === 'd' || v === 'e').length,
          base: a1.length,
          share: a1.filter((v) => v === 'd' || v === 'e').length / a1.length,
        }),
      ]);
      const h1 = questionOf('H1');
      expect(overview.obstacles).toHaveLength(h1.type === 'matrix' ? h1.rows.length : 0);
      for (const tile of overview.obstacles) {
        const values = responses
          .map((r) => (r.answers['H1'] as Record<string, string>)[tile.row as string])
          .filter((v) => v !== undefined);
        const big = values.filter((v) => v === '4' || v === '5').length;
        expect({ row: tile.row, n: tile.n, base: tile.base }).toEqual({ row: tile.row, n: big, base: values.length });
        expect(tile.share).toBeCloseTo(big / values.length, 12);
      }
      const shares = overview.obstacles.map((tile) => tile.share ?? -1);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    });

    it('index and field distributions: quartiles, median, levels and bins', async () => {
      const overview = await read<AnalyticsOverview>(analyst, `analytics/waves/${rlpWaveId}/overview`);
      const check = (distribution: AnalyticsOverview['index'], values: number[]) => {
        expect(distribution.n).toBe(values.length);
        expect(distribution.quartiles?.q1).toBeCloseTo(percentile(values, 0.25), 9);
        expect(distribution.median).toBeCloseTo(percentile(values, 0.5), 9);
        expect(distribution.quartiles?.q3).toBeCloseTo(percentile(values, 0.75), 9);
        const level = (v: number) => Math.min(5, Math.floor((v + 1e-9) / 20) + 1);
        expect(distribution.levels.map((l) => l.count)).toEqual(
          [1, 2, 3, 4, 5].map((l) => values.filter((v) => level(v) === l).length),
        );
        const bin = (v: number) => Math.min(9, Math.floor((v + 1e-9) / 10));
        expect(distribution.bins.map((b) => b.count)).toEqual(
          Array.from({ length: 10 }, (_, b) => values.filter((v) => bin(v) === b).length),
        );
      };
      const indexValues = counted()
        .map(indexOf)
        .filter((v): v is number => v !== null);
      expect(indexValues.length).toBeGreaterThan(10);
      check(overview.index, indexValues);
      expect(overview.fields.map((f) => f.section)).toEqual(counted()[0].score?.fields.map((f) => f.section));
      for (const field of overview.fields) {
        const values = counted()
          .map((r) => fieldOf(r, field.section as string))
          .filter((v): v is number => v !== null);
        if (values.length >= 3) check(field, values);
        else expect(field).toMatchObject({ n: values.length, median: null });
      }
    });

    it('ranking by index and by a field, and the heatmap', async () => {
      for (const by of ['index', 'VER']) {
        const ranking = await read<AnalyticsRanking>(analyst, `analytics/waves/${rlpWaveId}/ranking?by=${by}`);
        const scored = counted()
          .map((r) => ({ ars: r.regionArs, score: by === 'index' ? indexOf(r) : fieldOf(r, by) }))
          .filter((r): r is { ars: string; score: number } => r.score !== null);
        expect(ranking.n).toBe(scored.length);
        expect(ranking.unscored).toBe(counted().length - scored.length);
        expect(new Set(ranking.entries.map((e) => e.ars))).toEqual(new Set(scored.map((s) => s.ars)));
        for (const entry of ranking.entries) {
          const own = scored.find((s) => s.ars === entry.ars)?.score as number;
          expect(entry.score).toBeCloseTo(own, 9);
          expect(entry.rank).toBe(1 + scored.filter((s) => s.score > own + 1e-9).length);
          expect(entry.name).toBe(regionOf(entry.ars).name);
        }
      }
      const heatmap = await read<AnalyticsHeatmap>(analyst, `analytics/waves/${rlpWaveId}/heatmap`);
      expect(heatmap.rows).toHaveLength(counted().length);
      for (const row of heatmap.rows) {
        const response = counted().find((r) => r.regionArs === row.ars) as FixtureResponse;
        expect(row.index).toBe(indexOf(response));
        expect(row.scores).toEqual(heatmap.fields.map((f) => fieldOf(response, f.section)));
        // "ohne Digitalstrategie" per region: A1 ∈ {d, e}; null where A1 was not answered.
        const a1 = response.answers['A1'];
        expect(row.indicators['ohneStrategie']).toBe(typeof a1 === 'string' ? ['d', 'e'].includes(a1) : null);
      }
    });

    it('answer distribution split by kind; hidden questions do not count', async () => {
      const distribution = await read<AnalyticsQuestionDistribution>(
        analyst,
        `analytics/waves/${rlpWaveId}/questions/A1/distribution?splitBy=kind`,
      );
      const responses = counted();
      const kinds = [...new Set(responses.map((r) => regionOf(r.regionArs).kind))].sort();
      expect(distribution.groups.map((g) => g.key)).toEqual(kinds);
      for (const group of distribution.groups) {
        const members = responses.filter((r) => regionOf(r.regionArs).kind === group.key);
        expect(group.responses).toBe(members.length);
        const [row] = group.rows;
        if (members.length < 3) {
          expect(row.suppressed).toBe(true);
          continue;
        }
        for (const option of row.options) {
          expect(option.count).toBe(members.filter((r) => r.answers['A1'] === option.code).length);
        }
      }
      // A2 (multiple choice) is asked only when A1 is a, b or c.
      const a2 = await read<AnalyticsQuestionDistribution>(
        analyst,
        `analytics/waves/${rlpWaveId}/questions/A2/distribution`,
      );
      const visible = responses.filter((r) => !r.score?.hiddenQuestions.includes('A2'));
      expect(visible.length).toBeLessThan(responses.length);
      expect(a2.total.rows[0].base).toBe(visible.length);
      for (const option of a2.total.rows[0].options) {
        expect(option.count).toBe(visible.filter((r) => (r.answers['A2'] as string[]).includes(option.code)).length);
      }
      // Split by size class (Kreise: five classes).
      const bySize = await read<AnalyticsQuestionDistribution>(
        analyst,
        `analytics/waves/${rlpWaveId}/questions/H1/distribution?splitBy=sizeClass`,
      );
      const classOf = (ars: string) =>
        sizeClassOf('KREIS', regionOf(ars).population, DEFAULT_PEER_GROUPS)?.code ?? null;
      for (const group of bySize.groups) {
        expect(group.responses).toBe(responses.filter((r) => classOf(r.regionArs) === group.key).length);
      }
      expect(bySize.total.rows.map((r) => r.row)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
    });

    it('filters: kind, size class and an explicit list; small groups are suppressed', async () => {
      const responses = counted();
      const landkreise = responses.filter((r) => regionOf(r.regionArs).kind === 'Landkreis');
      const byKind = await read<AnalyticsOverview>(analyst, `analytics/waves/${rlpWaveId}/overview?kind=Landkreis`);
      expect(byKind.participation.submitted).toBe(landkreise.length);
      expect(byKind.scope.filter).toMatchObject({ kind: 'Landkreis', landArs: null, regionArs: [] });

      const size = '150k-250k';
      const inClass = responses.filter((r) => sizeClassOf('KREIS', regionOf(r.regionArs).population)?.code === size);
      const bySize = await read<AnalyticsOverview>(
        analyst,
        `analytics/waves/${rlpWaveId}/overview?sizeClass=${size}&level=KREIS&landArs=07`,
      );
      expect(bySize.participation.submitted).toBe(inClass.length);

      const two = responses.slice(0, 2).map((r) => r.regionArs);
      const small = await read<AnalyticsOverview>(
        analyst,
        `analytics/waves/${rlpWaveId}/overview?regionArs=${two[0]}&regionArs=${two[1]}`,
      );
      expect(small.participation).toMatchObject({ invited: 2, submitted: 2 });
      expect(small.kpis[0]).toMatchObject({ base: 2, share: null, suppressed: true });
      expect(small.index).toMatchObject({ n: 2, suppressed: true, median: null, quartiles: null, levels: [] });
      const three = responses.slice(0, 3).map((r) => r.regionArs);
      const enough = await read<AnalyticsOverview>(
        analyst,
        `analytics/waves/${rlpWaveId}/overview?regionArs=${three.join(',')}`,
      );
      expect(enough.kpis[0].suppressed).toBe(false);
    });

    it('refuses bad filters with field messages, other Länder with 404 and respondents with 403', async () => {
      const bad = await analyst.get<ApiErrorBody>(
        `analytics/waves/${rlpWaveId}/overview?level=STADT&sizeClass=riesig&regionArs=123&landArs=7&extra=1`,
      );
      expect(bad.status).toBe(400);
      expect([...new Set(bad.body.errors?.map((e) => e.field))].sort()).toEqual([
        'extra',
        'landArs',
        'level',
        'regionArs',
        'sizeClass',
      ]);
      const by = await analyst.get<ApiErrorBody>(`analytics/waves/${rlpWaveId}/ranking?by=XYZ`);
      expect({ status: by.status, fields: by.body.errors?.map((e) => e.field) }).toEqual({
        status: 400,
        fields: ['by'],
      });
      expect((await analyst.get(`analytics/waves/${rlpWaveId}/questions/Q99/distribution`)).status).toBe(404);
      expect((await analyst.get(`analytics/waves/${rlpWaveId}/questions/E1/distribution`)).status).toBe(422);
      expect((await analyst.get(`analytics/waves/${rlpWaveId}/overview?splitBy=kind`)).status).toBe(400);
      expect((await analyst.get('analytics/waves/kein-uuid/overview')).status).toBe(400);
      expect((await analystHe.get(`analytics/waves/${rlpWaveId}/overview`)).status).toBe(404);
      expect((await respondent.get(`analytics/waves/${rlpWaveId}/overview`)).status).toBe(403);
      expect((await new SessionClient(api.baseUrl).get(`analytics/waves/${rlpWaveId}/overview`)).status).toBe(401);
    });

    // Last: restarts the API with another threshold.
    it('takes the threshold for small groups from ANALYTICS_MIN_GROUP_SIZE', async () => {
      await api.stop();
      api = await startAccountsApi(url, { ANALYTICS_MIN_GROUP_SIZE: '50' });
      const overview = await read<AnalyticsOverview>(
        await signIn(DEMO.analystRlp),
        `analytics/waves/${rlpWaveId}/overview`,
      );
      expect(overview.scope.minimumGroupSize).toBe(50);
      // Participation is a count of invited and submitted regions, never withheld; the aggregates are.
      expect(overview.participation.submitted).toBe(counted().length);
      expect(overview.kpis[0]).toMatchObject({ n: null, share: null, suppressed: true });
      expect(overview.index).toMatchObject({ suppressed: true, median: null, quartiles: null, bins: [] });
    });
  });
});
