import type {
  AnalyticsHeatmap,
  AnalyticsOverview,
  AnalyticsProfileScore,
  AnalyticsRanking,
  AnalyticsRegionProfile,
  AnalyticsScope,
} from '@digitalcheck/shared-contracts';

export const WAVE_ID = '29f54874-ef69-4b7e-8559-abaa3a7345c5';

const scope: AnalyticsScope = {
  waveId: WAVE_ID,
  waveTitle: 'Digitalcheck Rheinland-Pfalz 2024',
  questionnaireId: 'digitale-kommune',
  questionnaireVersion: 1,
  filter: { landArs: '07', level: 'KREIS', kind: null, sizeClass: null, regionArs: [] },
  minimumGroupSize: 3,
};

export const overview: AnalyticsOverview = {
  scope,
  participation: { invited: 36, submitted: 31, share: 31 / 36, label: '31 von 36' },
  kpis: [
    {
      code: 'ohneStrategie',
      row: null,
      label: 'ohne Digitalstrategie',
      rule: 'A1 ∈ {d, e}',
      n: 18,
      base: 31,
      share: 18 / 31,
      suppressed: false,
    },
  ],
  obstacles: [
    {
      code: 'grossesHemmnis',
      row: 'c',
      label: 'großes Hemmnis: zu wenig Personal',
      rule: 'H1 = großes Hemmnis',
      n: 25,
      base: 29,
      share: 25 / 29,
      suppressed: false,
    },
    {
      code: 'grossesHemmnis',
      row: 'd',
      label: 'großes Hemmnis: fehlendes Fachwissen',
      rule: 'H1 = großes Hemmnis',
      n: null,
      base: 2,
      share: null,
      suppressed: true,
    },
  ],
  index: {
    section: null,
    title: 'Gesamtindex',
    n: 31,
    suppressed: false,
    median: 48.9,
    quartiles: { q1: 37.8, median: 48.9, q3: 65.4 },
    levels: [],
    bins: Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: i === 4 ? 31 : 0 })),
  },
  fields: [
    {
      section: 'VER',
      title: 'Kommunale Verwaltung',
      n: 2,
      suppressed: true,
      median: null,
      quartiles: null,
      levels: [],
      bins: [],
    },
  ],
};

export const ranking: AnalyticsRanking = {
  scope,
  by: 'index',
  title: 'Gesamtindex',
  n: 2,
  unscored: 0,
  entries: [
    { rank: 1, ars: '07338', name: 'Rhein-Pfalz-Kreis', kind: 'Landkreis', score: 79.87, maturityLevel: 4 },
    { rank: 2, ars: '07135', name: 'Cochem-Zell', kind: 'Landkreis', score: 31.1, maturityLevel: 2 },
  ],
};

export const heatmap: AnalyticsHeatmap = {
  scope,
  fields: [{ section: 'VER', title: 'Kommunale Verwaltung' }],
  rows: [
    { ars: '07338', name: 'Rhein-Pfalz-Kreis', kind: 'Landkreis', index: 79.87, scores: [81.2], indicators: {} },
    { ars: '07135', name: 'Cochem-Zell', kind: 'Landkreis', index: 31.1, scores: [null], indicators: {} },
  ],
};

const benchmark = (median: number | null, q1: number | null, q3: number | null, n: number, suppressed = false) => ({
  n,
  suppressed,
  median,
  q1,
  q3,
});

const score = (row: Partial<AnalyticsProfileScore> & Pick<AnalyticsProfileScore, 'section' | 'title'>) => ({
  score: null,
  maturityLevel: null,
  peers: benchmark(null, null, null, 0),
  land: benchmark(null, null, null, 0),
  rank: null,
  rankOf: 31,
  priority: null,
  notRelevant: false,
  fieldOfAction: true,
  ...row,
});

export const profile: AnalyticsRegionProfile = {
  waveId: WAVE_ID,
  waveTitle: 'Digitalcheck Rheinland-Pfalz 2024',
  minimumGroupSize: 3,
  region: {
    ars: '07137',
    name: 'Mayen-Koblenz',
    kind: 'Landkreis',
    level: 'KREIS',
    landArs: '07',
    landName: 'Rheinland-Pfalz',
    population: 214259,
    sizeClass: '150k-250k',
  },
  peerGroup: { label: 'Landkreis, 150.000 bis unter 250.000 Einwohner', kind: 'Landkreis', sizeClass: '150k-250k' },
  status: 'published',
  submittedAt: '2024-06-01T10:00:00.000Z',
  index: score({
    section: null,
    title: 'Gesamtindex',
    score: 78.94,
    maturityLevel: 4,
    peers: benchmark(78.9, 53, 79.3, 5),
    land: benchmark(48.9, 37.8, 65.4, 31),
    rank: 3,
    fieldOfAction: false,
  }),
  fields: [
    score({
      section: 'A',
      title: 'Strategie & Steuerung',
      score: 95.5,
      maturityLevel: 5,
      peers: benchmark(77.3, 45.5, 93.2, 5),
      land: benchmark(40.2, 24.6, 61.4, 31),
      rank: 1,
      fieldOfAction: false,
    }),
    score({
      section: 'VER',
      title: 'Kommunale Verwaltung',
      score: 30,
      maturityLevel: 2,
      peers: benchmark(null, null, null, 2, true),
      land: benchmark(50, 35.7, 58.9, 31),
      rank: 28,
      priority: 5,
    }),
    score({
      section: 'TOU',
      title: 'Tourismus',
      score: 91.7,
      maturityLevel: 5,
      peers: benchmark(58.3, 27.8, 91.7, 5),
      land: benchmark(50, 33.3, 62.5, 31),
      rank: 2,
      priority: 2,
    }),
    score({ section: 'SOZ', title: 'Arbeit und Soziales', notRelevant: true }),
  ],
  indicators: [
    {
      code: 'ohneStrategie',
      row: null,
      label: 'ohne Digitalstrategie',
      value: false,
      land: { n: 18, base: 31, share: 18 / 31, suppressed: false },
    },
  ],
};

export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The body rows of a table as cell texts. */
export function rowsOf(table: Element | null): string[][] {
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => textOf(cell) ?? ''),
  );
}
