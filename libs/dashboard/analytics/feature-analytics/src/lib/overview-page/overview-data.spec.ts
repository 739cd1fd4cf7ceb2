import type { AnalyticsHeatmap, AnalyticsKpi, AnalyticsOverview } from '@digitalcheck/shared-contracts';
import { kpiSentence, mapIndicatorOf, mapIndicators, mapValues } from './overview-data';

const overview = {
  fields: [
    { section: 'VER', title: 'Verwaltung' },
    { section: 'INF', title: 'Infrastruktur' },
  ],
  kpis: [{ code: 'ohneStrategie', label: 'ohne Digitalstrategie' }],
} as unknown as AnalyticsOverview;

const heatmap: AnalyticsHeatmap = {
  scope: {} as AnalyticsHeatmap['scope'],
  fields: [
    { section: 'VER', title: 'Verwaltung' },
    { section: 'INF', title: 'Infrastruktur' },
  ],
  rows: [
    {
      ars: '07131',
      name: 'Ahrweiler',
      kind: 'Landkreis',
      index: 62.5,
      scores: [70, null],
      indicators: { ohneStrategie: false },
    },
    {
      ars: '07132',
      name: 'Altenkirchen',
      kind: 'Landkreis',
      index: null,
      scores: [null, 40],
      indicators: { ohneStrategie: true },
    },
    {
      ars: '07133',
      name: 'Bad Kreuznach',
      kind: 'Landkreis',
      index: 30,
      scores: [20, 35],
      indicators: { ohneStrategie: null },
    },
  ],
};

describe('overview data', () => {
  it('offers the index, every field and every KPI on the map', () => {
    expect(mapIndicators(overview).map((i) => [i.key, i.label, i.kind])).toEqual([
      ['index', 'Gesamtindex', 'score'],
      ['VER', 'Verwaltung', 'score'],
      ['INF', 'Infrastruktur', 'score'],
      ['kpi:ohneStrategie', 'ohne Digitalstrategie', 'kpi'],
    ]);
    expect(mapIndicatorOf(mapIndicators(overview), 'INF').label).toBe('Infrastruktur');
    expect(mapIndicatorOf(mapIndicators(overview), 'unknown').key).toBe('index');
  });

  it('maps scores per region, and KPIs as 1 (ja), 0 (nein) or no value', () => {
    const [index, ver, inf, kpi] = mapIndicators(overview);
    expect(mapValues(heatmap, index)).toEqual({ '07131': 62.5, '07132': null, '07133': 30 });
    expect(mapValues(heatmap, ver)).toEqual({ '07131': 70, '07132': null, '07133': 20 });
    expect(mapValues(heatmap, inf)).toEqual({ '07131': null, '07132': 40, '07133': 35 });
    expect(mapValues(heatmap, kpi)).toEqual({ '07131': 0, '07132': 1, '07133': null });
  });

  it('states a KPI with n and base, or that it is withheld', () => {
    const kpi = {
      label: 'ohne Digitalstrategie',
      n: 83,
      base: 146,
      share: 83 / 146,
      suppressed: false,
    } as AnalyticsKpi;
    expect(kpiSentence(kpi, (s) => `${Math.round((s ?? 0) * 100)} %`)).toBe('57 % ohne Digitalstrategie (83 von 146)');
    expect(kpiSentence({ ...kpi, n: null, share: null, suppressed: true }, () => '')).toBe(
      'ohne Digitalstrategie: nicht ausgewiesen',
    );
  });
});
