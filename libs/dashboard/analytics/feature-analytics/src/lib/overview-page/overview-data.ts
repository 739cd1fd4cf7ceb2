import type { AnalyticsHeatmap, AnalyticsKpi, AnalyticsOverview } from '@digitalcheck/shared-contracts';
import type { MapCategory } from '@digitalcheck/dashboard-ui-charts';

/** What the map shows: the index, a field's score, or a KPI (ja/nein per region). */
export interface MapIndicator {
  /** URL value: `index`, a section code, or `kpi:<code>`. */
  key: string;
  label: string;
  kind: 'score' | 'kpi';
}

export const KPI_PREFIX = 'kpi:';

/** Every indicator the map can show for this overview: Gesamtindex, each field, each single-question KPI. */
export function mapIndicators(overview: AnalyticsOverview): MapIndicator[] {
  return [
    { key: 'index', label: $localize`:Map indicator@@analytics.map.index:Gesamtindex`, kind: 'score' },
    ...overview.fields.map((field) => ({ key: field.section ?? '', label: field.title, kind: 'score' as const })),
    ...overview.kpis.map((kpi) => ({ key: `${KPI_PREFIX}${kpi.code}`, label: kpi.label, kind: 'kpi' as const })),
  ];
}

/** The indicator of a URL value, falling back to the index. */
export function mapIndicatorOf(indicators: MapIndicator[], key: string | null): MapIndicator {
  return indicators.find((indicator) => indicator.key === key) ?? indicators[0];
}

export const KPI_CATEGORIES: readonly MapCategory[] = [
  { value: 0, label: $localize`:Map category of a KPI@@analytics.map.no:nein` },
  { value: 1, label: $localize`:Map category of a KPI@@analytics.map.yes:ja` },
];

/** Map values per region: scores in points, KPIs as 1 (ja) / 0 (nein); regions without a value are left out. */
export function mapValues(heatmap: AnalyticsHeatmap, indicator: MapIndicator): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  const column = heatmap.fields.findIndex((field) => field.section === indicator.key);
  for (const row of heatmap.rows) {
    if (indicator.kind === 'kpi') {
      const value = row.indicators[indicator.key.slice(KPI_PREFIX.length)];
      values[row.ars] = value === true ? 1 : value === false ? 0 : null;
    } else {
      values[row.ars] = indicator.key === 'index' ? row.index : column === -1 ? null : row.scores[column];
    }
  }
  return values;
}

/** "57 % ohne Digitalstrategie (83 von 146)": a KPI in one line, for descriptions and tables. */
export function kpiSentence(kpi: AnalyticsKpi, percent: (share: number | null) => string): string {
  if (kpi.suppressed || kpi.n === null) return `${kpi.label}: nicht ausgewiesen`;
  return `${percent(kpi.share)} ${kpi.label} (${kpi.n} von ${kpi.base})`;
}
