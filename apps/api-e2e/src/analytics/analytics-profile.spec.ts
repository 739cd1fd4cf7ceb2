import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type {
  AnalyticsBenchmark,
  AnalyticsHeatmap,
  AnalyticsQuestionTrend,
  AnalyticsRegionProfile,
  AnalyticsRegionTrend,
  ApiErrorBody,
  Page,
  RegionSummary,
  ResponseStatus,
  WaveDetail,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { peerGroupOf, sizeClassOf } from '@digitalcheck/shared-regions';
import {
  DIGITALE_KOMMUNE_V1,
  type QuestionnaireDefinition,
  scoreResponse,
  validateDefinition,
} from '@digitalcheck/shared-scoring';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import {
  DEMO,
  DEMO_PASSWORD,
  inviteAndAccept,
  startAccountsApi,
  TEST_PASSWORD,
} from '../accounts/support/accounts-fixtures';
import { SessionClient } from '../accounts/support/session-client';
import { defaultDefinition } from '../questionnaires/definition-files';
import type { RunningApi } from '../support/running-api';
import { type FixtureResponse, insertResponses, mulberry32 } from './support/fixture-responses';

/**
 * Region profile, region trend and question trend (issue 7) against figures computed here from the fixture:
 * three waves of the RLP analyst over the 36 RLP Kreise (W1 and W2 on questionnaire v1, W3 on a v2 in which
 * H3 is reworded, I2's option "vereinzelt" scores 0.25 instead of 0.5, and a question E3 is new), with varied
 * answers and every response state. Medians and quartiles are interpolated as percentile_cont does, ranks
 * counted, shares divided, comparability stated by hand from what v2 changed.
 */

const HOUR = 3_600_000;
const ID = 'digitale-kommune';
const MK = '07137'; // Mayen-Koblenz: submitted in W1, draft in W2, published in W3.

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** v2 of the default questionnaire, as JSON for the import and as the definition that scores it. */
function version2(): { json: Record<string, unknown>; definition: QuestionnaireDefinition } {
  const json = defaultDefinition();
  json['version'] = 2;
  const question = (code: string) =>
    json.sections.flatMap((section) => section.questions).find((candidate) => candidate['code'] === code);
  (question('H3') as Record<string, unknown>)['text'] = 'Welche Unterstützung bräuchten Sie am dringendsten?';
  const vereinzelt = question('I2')?.options?.find((option) => option['code'] === 'vereinzelt');
  if (!vereinzelt) throw new Error('I2 without "vereinzelt"');
  vereinzelt['score'] = 0.25;
  json.sections[12].questions.push({
    code: 'E3',
    type: 'singleChoice',
    text: 'Haben Sie an der Befragung 2024 teilgenommen?',
    required: false,
    scored: false,
    options: [
      { code: 'ja', label: 'Ja' },
      { code: 'nein', label: 'Nein' },
    ],
  });
  const result = validateDefinition(json);
  if (!result.ok) throw new Error(`v2 invalid: ${JSON.stringify(result.errors)}`);
  return { json, definition: result.definition };
}

/** A valid answer set: the worked example with the choice answers of `definition` drawn at random. */
function variedAnswers(
  definition: QuestionnaireDefinition,
  random: () => number,
  region: RegionSummary,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {
    ...VERBANDSGEMEINDE_EXAMPLE,
    S1: region.ars.padEnd(12, '0'),
    S2: region.kind === 'Landkreis' ? 'landkreis' : 'kreisfreieStadt',
    S3: { value: region.population ?? 100_000, referenceDate: '2024-12-31' },
    I1: Math.round(random() * 100),
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  for (const section of definition.sections) {
    for (const question of section.questions) {
      if (['S2', 'S4'].includes(question.code)) continue;
      if (['statusScale', 'likert5', 'yesNo', 'singleChoice'].includes(question.type) && 'options' in question) {
        answers[question.code] = pick(question.options).code;
      }
      if (question.type === 'matrix') {
        answers[question.code] = Object.fromEntries(
          question.rows.filter(() => random() < 0.9).map((row) => [row.code, pick(question.options).code]),
        );
      }
    }
  }
  return answers;
}

describe(`analytics: region profile and trends (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataDir: string | null = null;
  let url: string;
  let api: RunningApi;
  let admin: SessionClient;
  let analyst: SessionClient;
  let analystHe: SessionClient;
  let respondent: SessionClient;
  let kreise: RegionSummary[];
  const v2 = version2();
  /** W1, W2 (v1) and W3 (v2), oldest first. */
  const waves: Array<{ id: string; definition: QuestionnaireDefinition; responses: FixtureResponse[] }> = [];

  const signIn = (email: string, password = DEMO_PASSWORD) => SessionClient.signIn(api.baseUrl, email, password);
  const regionOf = (ars: string) => kreise.find((r) => r.ars === ars) as RegionSummary;

  async function read<T>(client: SessionClient, path: string): Promise<T> {
    const response = await client.get<T>(path);
    expect(`${path}: ${response.status} ${response.status === 200 ? '' : JSON.stringify(response.body)}`).toBe(
      `${path}: 200 `,
    );
    return response.body;
  }

  async function fieldsOfError(client: SessionClient, path: string, status: number): Promise<string[]> {
    const response = await client.get<ApiErrorBody>(path);
    expect(`${path}: ${response.status}`).toBe(`${path}: ${status}`);
    return [...new Set(response.body.errors?.map((error) => error.field))].sort();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = database.location.kind === 'embedded' ? mkdtempSync(join(tmpdir(), 'dc-analytics-profile-')) : null;
    url = dataDir ? `pglite://${dataDir}` : database.url;
    api = await startAccountsApi(url);
    admin = await signIn(DEMO.admin);
    analyst = await signIn(DEMO.analystRlp);
    await inviteAndAccept(admin, 'analyse.he@test.example', 'STATE_ANALYST', '06');

    expect((await admin.post('questionnaires/import', v2.json)).status).toBe(200);
    expect((await admin.post(`questionnaires/${ID}/versions/2/publish`)).status).toBe(200);

    const createWave = async (title: string, hoursAgo: number, version: number) => {
      const response = await analyst.post<WaveDetail>('waves', {
        title,
        questionnaireId: ID,
        questionnaireVersion: version,
        startsAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
        endsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString(),
        selectors: [{ landArs: '07', level: 'KREIS' }],
      });
      if (response.status !== 201) throw new Error(`${title}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.id;
    };
    // Made out of order: the trends order by start.
    const w2 = await createWave('Profil W2', 2, 1);
    const w3 = await createWave('Profil W3', 1, 2);
    const w1 = await createWave('Profil W1', 3, 1);

    kreise = (await read<Page<RegionSummary>>(admin, 'regions?level=KREIS&limit=500')).items;
    const rlpKreise = kreise.filter((r) => r.landArs === '07').sort((a, b) => a.ars.localeCompare(b.ars));
    expect(rlpKreise.length).toBe(36);
    const random = mulberry32(20261124);
    const mkStatus: ResponseStatus[] = ['submitted', 'draft', 'published'];
    [w1, w2, w3].forEach((waveId, w) => {
      const definition = w === 2 ? v2.definition : DIGITALE_KOMMUNE_V1;
      const responses: FixtureResponse[] = [];
      rlpKreise.forEach((region, i) => {
        if (i < 2 + w) return; // not started
        let status: ResponseStatus = i < 4 ? 'draft' : i === 4 ? 'reopened' : i < 8 ? 'published' : 'submitted';
        if (region.ars === MK) status = mkStatus[w];
        const answers = variedAnswers(definition, random, region);
        const score =
          status === 'draft'
            ? null
            : scoreResponse(definition, answers, { referencePopulation: region.population ?? undefined });
        responses.push({ id: randomUUID(), waveId, regionArs: region.ars, status, answers, score });
      });
      waves.push({ id: waveId, definition, responses });
    });

    if (dataDir) await api.stop();
    await insertResponses(
      url,
      waves.flatMap((wave) => wave.responses),
    );
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

  /** Submitted and published responses of a wave: the only ones that count. */
  const counted = (w: number) => waves[w].responses.filter((r) => r.status === 'submitted' || r.status === 'published');
  const scoreOf = (r: FixtureResponse, section: string | null) =>
    section === null
      ? (r.score?.index.score ?? null)
      : (r.score?.fields.find((field) => field.section === section)?.score ?? null);
  const classOf = (ars: string) => sizeClassOf('KREIS', regionOf(ars).population)?.code ?? null;
  const peersOf = (w: number, ars: string) =>
    counted(w).filter(
      (r) => regionOf(r.regionArs).kind === regionOf(ars).kind && classOf(r.regionArs) === classOf(ars),
    );

  function expectBenchmark(benchmark: AnalyticsBenchmark, values: number[]) {
    expect(benchmark.n).toBe(values.length);
    if (values.length > 0 && values.length < 3) {
      expect(benchmark).toEqual({ n: values.length, suppressed: true, median: null, q1: null, q3: null });
      return;
    }
    expect(benchmark.suppressed).toBe(false);
    expect(benchmark.q1).toBeCloseTo(percentile(values, 0.25), 9);
    expect(benchmark.median).toBeCloseTo(percentile(values, 0.5), 9);
    expect(benchmark.q3).toBeCloseTo(percentile(values, 0.75), 9);
  }

  function expectProfile(profile: AnalyticsRegionProfile, w: number, ars: string) {
    const own = counted(w).find((r) => r.regionArs === ars) ?? null;
    const peers = peersOf(w, ars);
    for (const row of [profile.index, ...profile.fields]) {
      const values = (group: FixtureResponse[]) =>
        group.map((r) => scoreOf(r, row.section)).filter((v): v is number => v !== null);
      const score = own ? scoreOf(own, row.section) : null;
      expect({ section: row.section, score: row.score }).toEqual({ section: row.section, score });
      expectBenchmark(row.peers, values(peers));
      expectBenchmark(row.land, values(counted(w)));
      expect(row.rankOf).toBe(values(counted(w)).length);
      expect(row.rank).toBe(score === null ? null : 1 + values(counted(w)).filter((v) => v > score).length);
    }
  }

  describe('GET analytics/waves/{id}/regions/{ars}', () => {
    it('profiles Mayen-Koblenz in W1 against its peers and its Land, with concrete figures', async () => {
      const profile = await read<AnalyticsRegionProfile>(analyst, `analytics/waves/${waves[0].id}/regions/${MK}`);
      const mk = regionOf(MK);
      const size = sizeClassOf('KREIS', mk.population);
      expect(profile).toMatchObject({
        waveId: waves[0].id,
        waveTitle: 'Profil W1',
        minimumGroupSize: 3,
        region: {
          ars: MK,
          name: 'Mayen-Koblenz',
          kind: 'Landkreis',
          level: 'KREIS',
          landArs: '07',
          landName: 'Rheinland-Pfalz',
          population: mk.population,
          sizeClass: size?.code,
        },
        peerGroup: { label: peerGroupOf(mk)?.label, kind: 'Landkreis', sizeClass: size?.code },
        status: 'submitted',
      });
      expect(profile.peerGroup?.label).toMatch(/^Landkreis, .* Einwohner/);
      expect(profile.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      // 36 Kreise, 2 not started, 2 drafts, 1 reopened: 31 count.
      expect(counted(0)).toHaveLength(31);
      expect(profile.index.land.n).toBe(31);
      expect(profile.index.title).toBe('Gesamtindex');
      expect(profile.fields.map((f) => f.section)).toEqual([
        'A',
        'VER',
        'INF',
        'BIL',
        'WIR',
        'TOU',
        'SEN',
        'SOZ',
        'ORT',
        'ALL',
      ]);
      expect(profile.index.peers.n).toBeGreaterThanOrEqual(3);
      expect(profile.index.maturityLevel).toBe(Math.min(5, Math.floor((profile.index.score ?? 0) / 20) + 1));
      expectProfile(profile, 0, MK);
    });

    it('gives the indicators with the region’s value and the Land share', async () => {
      const profile = await read<AnalyticsRegionProfile>(analyst, `analytics/waves/${waves[0].id}/regions/${MK}`);
      const own = counted(0).find((r) => r.regionArs === MK) as FixtureResponse;
      const responses = counted(0);
      const a1 = responses.map((r) => r.answers['A1']);
      const strategy = profile.indicators.find((i) => i.code === 'ohneStrategie');
      const withoutStrategy = a1.filter((v) => v === 'd' || v === 'e').length;
      expect(strategy).toEqual({
        code: 'ohneStrategie',
        row: null,
        label: 'ohne Digitalstrategie',
        value: ['d', 'e'].includes(own.answers['A1'] as string),
        land: { n: withoutStrategy, base: 31, share: withoutStrategy / 31, suppressed: false },
      });
      const rows = profile.indicators.filter((i) => i.code === 'grossesHemmnis');
      expect(rows.map((r) => r.row)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);
      expect(rows[1].label).toBe('großes Hemmnis: fehlende Finanzmittel');
      for (const row of rows) {
        const values = responses
          .map((r) => (r.answers['H1'] as Record<string, string>)[row.row as string])
          .filter((v) => v !== undefined);
        const big = values.filter((v) => v === '4' || v === '5').length;
        expect(row.land).toEqual({ n: big, base: values.length, share: big / values.length, suppressed: false });
        const mine = (own.answers['H1'] as Record<string, string>)[row.row as string];
        expect(row.value).toBe(mine === undefined ? null : mine === '4' || mine === '5');
      }
    });

    it('withholds a peer group of fewer than 3 (and still shows the Land)', async () => {
      const small = counted(0).find((r) => peersOf(0, r.regionArs).length < 3) as FixtureResponse;
      expect(small).toBeDefined();
      const profile = await read<AnalyticsRegionProfile>(
        analyst,
        `analytics/waves/${waves[0].id}/regions/${small.regionArs}`,
      );
      expect(profile.index.peers).toMatchObject({ suppressed: true, median: null, q1: null, q3: null });
      expect(profile.index.land.suppressed).toBe(false);
      expectProfile(profile, 0, small.regionArs);
    });

    it('a draft has no scores and no rank, the benchmarks stay; W3 on v2 profiles the published response', async () => {
      const draft = await read<AnalyticsRegionProfile>(admin, `analytics/waves/${waves[1].id}/regions/${MK}`);
      expect(draft).toMatchObject({ status: 'draft', submittedAt: null });
      expect(draft.index).toMatchObject({ score: null, maturityLevel: null, rank: null });
      expect(draft.indicators.every((indicator) => indicator.value === null)).toBe(true);
      expect(counted(1)).toHaveLength(30);
      expectProfile(draft, 1, MK);
      const published = await read<AnalyticsRegionProfile>(analyst, `analytics/waves/${waves[2].id}/regions/${MK}`);
      expect(published.status).toBe('published');
      expectProfile(published, 2, MK);
    });

    it('refuses bad keys with field messages, other Länder and uninvited regions with 404', async () => {
      expect(await fieldsOfError(analyst, `analytics/waves/${waves[0].id}/regions/7137`, 400)).toEqual(['ars']);
      expect(await fieldsOfError(analyst, `analytics/waves/kein-uuid/regions/${MK}`, 400)).toEqual(['id']);
      expect((await admin.get(`analytics/waves/${waves[0].id}/regions/06411`)).status).toBe(404);
      expect((await admin.get(`analytics/waves/${randomUUID()}/regions/${MK}`)).status).toBe(404);
      expect((await analystHe.get(`analytics/waves/${waves[0].id}/regions/${MK}`)).status).toBe(404);
      expect((await respondent.get(`analytics/waves/${waves[0].id}/regions/${MK}`)).status).toBe(403);
      expect((await new SessionClient(api.baseUrl).get(`analytics/waves/${waves[0].id}/regions/${MK}`)).status).toBe(
        401,
      );
    });
  });

  describe('GET analytics/regions/{ars}/trend', () => {
    it('lists every wave inviting the region oldest first, with its scores and comparability', async () => {
      const trend = await read<AnalyticsRegionTrend>(analyst, `analytics/regions/${MK}/trend`);
      expect(trend.region).toEqual({
        ars: MK,
        name: 'Mayen-Koblenz',
        kind: 'Landkreis',
        level: 'KREIS',
        landArs: '07',
      });
      // The demo waves invite every RLP Kreis as well (the DLT replica across Länder too: the analyst sees its RLP
      // part in analytics, though the wave list leaves it out), so the admin's list of waves is the reference.
      const all = await read<WaveSummary[]>(admin, 'waves');
      const inviting: WaveSummary[] = [];
      for (const wave of all) {
        const detail = await read<WaveDetail>(admin, `waves/${wave.id}`);
        if (detail.regions.some((region) => region.ars === MK)) inviting.push(wave);
      }
      inviting.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
      expect(trend.waves.map((wave) => wave.waveId)).toEqual(inviting.map((wave) => wave.id));
      expect(trend.waves.slice(-3).map((wave) => [wave.title, wave.questionnaireVersion])).toEqual([
        ['Profil W1', 1],
        ['Profil W2', 1],
        ['Profil W3', 2],
      ]);
      expect(trend.series.map((s) => s.section)).toEqual([
        null,
        'A',
        'VER',
        'INF',
        'BIL',
        'WIR',
        'TOU',
        'SEN',
        'SOZ',
        'ORT',
        'ALL',
      ]);

      const before = inviting.length - 3;
      for (const series of trend.series) {
        const points = series.points;
        expect(points.map((p) => p.waveId)).toEqual(inviting.map((wave) => wave.id));
        // W1 (v1) after a v1 wave, W2 (v1) after W1, W3 (v2) after W2: v2 changed I2's scores, so INF and the index break.
        const v2Comparable = series.section !== null && series.section !== 'INF';
        expect(points.map((p) => p.comparableWithPrevious)).toEqual([
          ...inviting.slice(0, before).map((_, i) => i > 0),
          before > 0,
          true,
          v2Comparable,
        ]);
        const own = [0, 1, 2].map((w) => counted(w).find((r) => r.regionArs === MK) ?? null);
        expect(points.slice(-3).map((p) => p.value)).toEqual(own.map((r) => (r ? scoreOf(r, series.section) : null)));
        expect(points.slice(-3).map((p) => p.n)).toEqual(
          own.map((r) => (r && scoreOf(r, series.section) !== null ? 1 : 0)),
        );
        expect(points.every((p) => !p.suppressed)).toBe(true);
      }
      // The demo waves' values: the same as that wave's heatmap row.
      for (const wave of inviting.slice(0, before)) {
        const heatmap = await read<AnalyticsHeatmap>(analyst, `analytics/waves/${wave.id}/heatmap`);
        const row = heatmap.rows.find((r) => r.ars === MK);
        const index = trend.series[0].points.find((p) => p.waveId === wave.id);
        expect(index?.value).toBe(row?.index ?? null);
      }
    });

    it('answers 400 for a malformed key, 404 for an unknown one or another Land, 403 and 401', async () => {
      expect(await fieldsOfError(analyst, 'analytics/regions/abc/trend', 400)).toEqual(['ars']);
      expect((await admin.get('analytics/regions/07999/trend')).status).toBe(404);
      expect((await analystHe.get(`analytics/regions/${MK}/trend`)).status).toBe(404);
      expect((await analyst.get('analytics/regions/06411/trend')).status).toBe(404);
      expect((await admin.get('analytics/regions/06411/trend')).status).toBe(200);
      expect((await respondent.get(`analytics/regions/${MK}/trend`)).status).toBe(403);
      expect((await new SessionClient(api.baseUrl).get(`analytics/regions/${MK}/trend`)).status).toBe(401);
    });
  });

  describe('GET analytics/questions/{code}/trend', () => {
    const trendOf = (code: string, ws: number[], query = '') =>
      `analytics/questions/${code}/trend?${ws.map((w) => `waveId=${waves[w].id}`).join('&')}${query}`;
    const countOf = (w: number, code: string, option: string, filter?: (r: FixtureResponse) => boolean) =>
      counted(w).filter((r) => (filter?.(r) ?? true) && r.answers[code] === option).length;

    it('A1 over the three waves (given out of order): distributions, all comparable', async () => {
      const trend = await read<AnalyticsQuestionTrend>(analyst, trendOf('A1', [2, 0, 1]));
      expect(trend.question).toEqual({
        code: 'A1',
        text: 'Wie ist der Stand einer Digitalisierungsstrategie in Ihrer Kommune?',
        type: 'singleChoice',
      });
      expect(trend.waves.map((w) => w.waveId)).toEqual(waves.map((w) => w.id));
      expect(trend.minimumGroupSize).toBe(3);
      expect(trend.filter).toEqual({ landArs: null, level: null, kind: null, sizeClass: null, regionArs: [] });
      expect(trend.points.map((p) => [p.comparableWithPrevious, p.note])).toEqual([
        [false, null],
        [true, null],
        [true, null],
      ]);
      trend.points.forEach((point, w) => {
        expect(point.total?.responses).toBe(counted(w).length);
        const [row] = point.total?.rows ?? [];
        expect(row.base).toBe(counted(w).length);
        for (const option of row.options) expect(option.count).toBe(countOf(w, 'A1', option.code));
      });
    });

    it('names what v2 changed: H3 reworded, I2 rescored, E3 new', async () => {
      const h3 = await read<AnalyticsQuestionTrend>(analyst, trendOf('H3', [0, 2]));
      expect(h3.question.text).toBe('Welche Unterstützung bräuchten Sie am dringendsten?');
      expect(h3.points.map((p) => [p.comparableWithPrevious, p.note])).toEqual([
        [false, null],
        [false, 'Frage in Version 2 geändert: Text'],
      ]);
      expect(h3.points[1].total?.rows[0].base).toBe(counted(2).length);

      const i2 = await read<AnalyticsQuestionTrend>(analyst, trendOf('I2', [1, 2]));
      expect(i2.points[1]).toMatchObject({
        comparableWithPrevious: false,
        note: 'Frage in Version 2 geändert: Optionspunkte',
      });
      expect(i2.points[1].total?.rows[0].options.find((o) => o.code === 'vereinzelt')?.count).toBe(
        countOf(2, 'I2', 'vereinzelt'),
      );

      const e3 = await read<AnalyticsQuestionTrend>(analyst, trendOf('E3', [1, 2]));
      expect(e3.question).toMatchObject({ code: 'E3', type: 'singleChoice' });
      expect(e3.points[0]).toEqual({ waveId: waves[1].id, comparableWithPrevious: false, note: null, total: null });
      expect(e3.points[1]).toMatchObject({ comparableWithPrevious: false, note: 'Frage gibt es in Version 1 nicht' });
      expect(e3.points[1].total?.rows[0].options.map((o) => o.count)).toEqual([
        countOf(2, 'E3', 'ja'),
        countOf(2, 'E3', 'nein'),
      ]);
    });

    it('applies the filters, and withholds small groups', async () => {
      const landkreis = (r: FixtureResponse) => regionOf(r.regionArs).kind === 'Landkreis';
      const trend = await read<AnalyticsQuestionTrend>(analyst, trendOf('A1', [0, 1], '&kind=Landkreis'));
      expect(trend.filter.kind).toBe('Landkreis');
      trend.points.forEach((point, w) => {
        expect(point.total?.responses).toBe(counted(w).filter(landkreis).length);
        for (const option of point.total?.rows[0].options ?? []) {
          expect(option.count).toBe(countOf(w, 'A1', option.code, landkreis));
        }
      });
      const two = counted(0)
        .filter((r) => counted(1).some((other) => other.regionArs === r.regionArs))
        .slice(0, 2)
        .map((r) => r.regionArs);
      const small = await read<AnalyticsQuestionTrend>(analyst, trendOf('A1', [0, 1], `&regionArs=${two.join(',')}`));
      for (const point of small.points) {
        expect(point.total?.rows[0]).toMatchObject({ base: 2, suppressed: true });
        expect(point.total?.rows[0].options.every((o) => o.count === null && o.share === null)).toBe(true);
      }
    });

    it('refuses bad wave lists with the field waveId, uncountable questions with 422, others with 404/403/401', async () => {
      const one = `analytics/questions/A1/trend?waveId=${waves[0].id}`;
      expect(await fieldsOfError(analyst, one, 400)).toEqual(['waveId']);
      expect(await fieldsOfError(analyst, 'analytics/questions/A1/trend', 400)).toEqual(['waveId']);
      const eleven = Array.from({ length: 11 }, () => `waveId=${randomUUID()}`).join('&');
      expect(await fieldsOfError(analyst, `analytics/questions/A1/trend?${eleven}`, 400)).toEqual(['waveId']);
      expect(await fieldsOfError(analyst, `${one}&waveId=kein-uuid`, 400)).toEqual(['waveId']);
      expect(await fieldsOfError(analyst, `${one}&waveId=${waves[0].id}`, 400)).toEqual(['waveId']);
      expect(await fieldsOfError(analyst, `${trendOf('A1', [0, 1])}&level=STADT`, 400)).toEqual(['level']);
      expect(await fieldsOfError(analyst, trendOf('A-1', [0, 1]), 400)).toEqual(['questionCode']);
      expect(await fieldsOfError(analyst, trendOf('E1', [0, 1]), 422)).toEqual(['questionCode']);
      expect(await fieldsOfError(analyst, trendOf('E3', [0, 1]), 422)).toEqual(['questionCode']);
      expect((await analyst.get(`${one}&waveId=${randomUUID()}`)).status).toBe(404);
      expect((await analystHe.get(trendOf('A1', [0, 1]))).status).toBe(404);
      expect((await respondent.get(trendOf('A1', [0, 1]))).status).toBe(403);
      expect((await new SessionClient(api.baseUrl).get(trendOf('A1', [0, 1]))).status).toBe(401);
    });
  });
});
