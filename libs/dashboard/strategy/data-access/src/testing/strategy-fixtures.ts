import type {
  FieldRecommendation,
  Measure,
  Recommendations,
  StrategyContent,
  StrategyDraft,
  StrategyPlans,
  StrategyVersionSummary,
} from '@digitalcheck/shared-contracts';

export function measureOf(overrides: Partial<Measure> & Pick<Measure, 'id' | 'code' | 'field' | 'title'>): Measure {
  return {
    description: `${overrides.title}: Beschreibung`,
    effort: 'mittel',
    costMin: 5000,
    costMax: 20000,
    prerequisite: null,
    improves: [],
    example: { title: `Beispiel ${overrides.code}`, description: 'So hat es eine Verbandsgemeinde gemacht.' },
    archived: false,
    version: 1,
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export const websiteMeasure = measureOf({
  id: 'm-ver-01',
  code: 'VER-01',
  field: 'VER',
  title: 'Gemeinde-Webseite mit Online-Diensten',
  effort: 'mittel',
  costMin: 8000,
  costMax: 25000,
  improves: ['VER.1'],
});
export const ambassadorMeasure = measureOf({
  id: 'm-ver-02',
  code: 'VER-02',
  field: 'VER',
  title: 'Digitalbotschafter im Rathaus',
  effort: 'gering',
  costMin: 0,
  costMax: 2000,
});
export const touristNewsMeasure = measureOf({
  id: 'm-tou-01',
  code: 'TOU-01',
  field: 'TOU',
  title: 'Messenger-News für Gäste',
  effort: 'gering',
  costMin: 500,
  costMax: 3000,
});
export const coworkingMeasure = measureOf({
  id: 'm-wir-01',
  code: 'WIR-01',
  field: 'WIR',
  title: 'Coworking-Space im Dorf',
  effort: 'hoch',
  costMin: 40000,
  costMax: 150000,
});
export const villageAppMeasure = measureOf({
  id: 'm-all-01',
  code: 'ALL-01',
  field: 'ALL',
  title: 'Dorf-App',
  effort: 'mittel',
  costMin: 3000,
  costMax: 12000,
});

function field(
  code: string,
  title: string,
  values: Pick<FieldRecommendation, 'score' | 'maturityLevel' | 'priority' | 'gap' | 'urgency' | 'rank' | 'reason'>,
  measures: FieldRecommendation['measures'],
): FieldRecommendation {
  return { field: code, title, ...values, measures };
}

/** Four fields in rank order (urgency 5 × 15 = 75, 4 × 12.25 = 49, 3 × 10 = 30, 2 × 5 = 10). */
export const recommendations: Recommendations = {
  responseId: 'r-1',
  waveId: 'w-1',
  waveTitle: 'Digitalcheck Rheinland-Pfalz 2026',
  regionArs: '071370000000',
  regionName: 'Mayen-Koblenz',
  formula:
    'Dringlichkeit = Priorität aus P1 (1 bis 5, ohne Angabe 3) × Abstand zur nächsten Reifegradstufe in Punkten.',
  fields: [
    field(
      'VER',
      'Kommunale Verwaltung',
      {
        score: 25,
        maturityLevel: 2,
        priority: 5,
        gap: 15,
        urgency: 75,
        rank: 1,
        reason: 'Vorrangig, weil Sie die Verwaltung als sehr wichtig einstufen und 15 Punkte zur Stufe 3 fehlen.',
      },
      [
        {
          measure: websiteMeasure,
          reason: 'Empfohlen, weil Online-Dienste bisher fehlen.',
          addresses: [
            { questionCode: 'VER.1', questionText: 'Bietet die Verwaltung Online-Dienste an?', itemScore: 0 },
          ],
        },
        {
          measure: ambassadorMeasure,
          reason: 'Empfohlen, weil die Frage nach Schulungen unbeantwortet ist.',
          addresses: [{ questionCode: 'VER.4', questionText: 'Gibt es Schulungen?', itemScore: null }],
        },
      ],
    ),
    field(
      'TOU',
      'Tourismus',
      {
        score: 48,
        maturityLevel: 3,
        priority: 4,
        gap: 12.25,
        urgency: 49,
        rank: 2,
        reason: 'Vorrangig, weil 12,3 Punkte zur Stufe 4 fehlen.',
      },
      [
        {
          measure: touristNewsMeasure,
          reason: 'Empfohlen, weil Gäste bisher nicht digital informiert werden.',
          addresses: [],
        },
      ],
    ),
    field(
      'WIR',
      'Kommunale Wirtschaft',
      {
        score: 50,
        maturityLevel: 3,
        priority: null,
        gap: 10,
        urgency: 30,
        rank: 3,
        reason: 'Vorrangig, weil 10 Punkte zur Stufe 4 fehlen.',
      },
      [{ measure: coworkingMeasure, reason: 'Empfohlen, weil es keinen Coworking-Ort gibt.', addresses: [] }],
    ),
    field(
      'ALL',
      'Alltagsleben',
      {
        score: 75,
        maturityLevel: 4,
        priority: 2,
        gap: 5,
        urgency: 10,
        rank: 4,
        reason: 'Nachrangig, weil nur 5 Punkte zur Stufe 5 fehlen.',
      },
      [{ measure: villageAppMeasure, reason: 'Empfohlen, weil eine Dorf-App fehlt.', addresses: [] }],
    ),
  ],
};

export const emptyContent: StrategyContent = { focusFields: [], vision: '', measures: [] };

export const emptyDraft: StrategyDraft = {
  responseId: 'r-1',
  regionArs: '071370000000',
  regionName: 'Mayen-Koblenz',
  content: emptyContent,
  version: 0,
  savedAt: null,
  savedBy: null,
};

export function draftOf(
  content: StrategyContent,
  version: number,
  savedAt = '2026-11-25T13:05:00.000Z',
): StrategyDraft {
  return { ...emptyDraft, content, version, savedAt, savedBy: 'Anna Beispiel' };
}

export const versions: StrategyVersionSummary[] = [
  { version: 2, savedAt: '2026-11-25T13:05:00.000Z', savedBy: 'Anna Beispiel' },
  { version: 1, savedAt: '2026-11-24T08:30:00.000Z', savedBy: null },
];

export const plans: StrategyPlans = {
  waveId: 'w-1',
  drafts: 3,
  fields: [
    { field: 'VER', title: 'Kommunale Verwaltung', count: 3 },
    { field: 'TOU', title: 'Tourismus', count: 1 },
  ],
  measures: [
    { measureId: 'm-ver-01', code: 'VER-01', title: 'Gemeinde-Webseite mit Online-Diensten', field: 'VER', count: 2 },
    { measureId: 'm-tou-01', code: 'TOU-01', title: 'Messenger-News für Gäste', field: 'TOU', count: 1 },
  ],
};
