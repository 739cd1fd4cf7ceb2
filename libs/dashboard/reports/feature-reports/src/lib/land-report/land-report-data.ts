import type { AnalyticsHeatmap, AnalyticsOverview, AnalyticsRanking } from '@digitalcheck/shared-contracts';
import type { BarDatum, HeatmapColumn, HeatmapRow } from '@digitalcheck/dashboard-ui-charts';

/** Ranking bars: "1. Mayen-Koblenz" with its score and maturity level. */
export function rankingBars(ranking: AnalyticsRanking): BarDatum[] {
  return ranking.entries.map((entry) => ({
    key: entry.ars,
    label: `${entry.rank}. ${entry.name}`,
    value: entry.score,
    level: entry.maturityLevel,
  }));
}

/** The map's value per region: its overall index. */
export function indexByRegion(ranking: AnalyticsRanking): Record<string, number | null> {
  return Object.fromEntries(ranking.entries.map((entry) => [entry.ars, entry.score]));
}

/** Obstacle bars in percent ("großes Hemmnis: " dropped from the label). */
export function obstacleBars(overview: AnalyticsOverview): BarDatum[] {
  return overview.obstacles.map((obstacle) => ({
    key: obstacle.row ?? obstacle.code,
    label: obstacleName(obstacle.label),
    value: obstacle.share === null ? null : obstacle.share * 100,
    level: null,
  }));
}

export function obstacleName(label: string): string {
  return label.replace(/^großes Hemmnis: /, '');
}

/** Index first, then the fields: the rows of the distribution table. */
export function distributionRows(overview: AnalyticsOverview) {
  return [overview.index, ...overview.fields];
}

/** Heatmap columns: the overall index, then each field. */
export function heatmapColumns(heatmap: AnalyticsHeatmap): HeatmapColumn[] {
  return [
    { key: 'index', label: $localize`:Heatmap column@@reports.heatmap.index:Gesamtindex` },
    ...heatmap.fields.map((field) => ({ key: field.section, label: field.title })),
  ];
}

/** Heatmap rows: one per submitted region, its index and field scores. */
export function heatmapRows(heatmap: AnalyticsHeatmap): HeatmapRow[] {
  return heatmap.rows.map((row) => ({ key: row.ars, label: row.name, values: [row.index, ...row.scores] }));
}
