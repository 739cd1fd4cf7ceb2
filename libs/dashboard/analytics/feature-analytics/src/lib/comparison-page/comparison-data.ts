import type { AnalyticsHeatmap } from '@digitalcheck/shared-contracts';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

/** Fields (index first) as groups and the chosen regions as series, in the order they were chosen. */
export function comparisonChart(heatmap: AnalyticsHeatmap, chosen: readonly string[], indexLabel: string) {
  const rows = chosen
    .map((ars) => heatmap.rows.find((row) => row.ars === ars))
    .filter((row): row is AnalyticsHeatmap['rows'][number] => row !== undefined);
  return {
    groups: [
      { key: 'index', label: indexLabel },
      ...heatmap.fields.map((field) => ({ key: field.section, label: field.title })),
    ],
    series: rows.map((row) => ({ key: row.ars, label: row.name, values: [row.index, ...row.scores] })),
  };
}

/** Chosen keys without a submitted response in the wave (not in the heatmap): they cannot be compared. */
export function missingRegions(heatmap: AnalyticsHeatmap, chosen: readonly string[]): string[] {
  return chosen.filter((ars) => !heatmap.rows.some((row) => row.ars === ars));
}
