import { SERIES_COLOURS } from './chart-colours';
import { formatValue, uniqueNames } from './chart-format';

/** A field (group of bars, axis of the radar). */
export interface ComparisonGroup {
  key: string;
  label: string;
}

/** A region compared: one value per group, in group order; null = no value. */
export interface ComparisonSeries {
  key: string;
  label: string;
  values: ReadonlyArray<number | null>;
}

export interface ComparisonLegendEntry {
  key: string;
  label: string;
  /** Unique name used inside ngx-charts. */
  name: string;
  colour: string;
  /** SVG dash pattern of the series line (radar, trend): solid, dashed, dotted, … */
  dash: string;
}

/** Line patterns that tell series apart without colour (radar, trend line), in series order. */
export const SERIES_DASHES: readonly string[] = ['', '8 4', '2 3', '12 4 2 4', '4 4', '12 3 2 3 2 3'];

export function comparisonLegend(series: readonly { key: string; label: string }[]): ComparisonLegendEntry[] {
  const names = uniqueNames(series.map((entry) => entry.label));
  return series.map((entry, i) => ({
    key: entry.key,
    label: entry.label,
    name: names[i],
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
    dash: SERIES_DASHES[i % SERIES_DASHES.length],
  }));
}

/** Table rows: one per group, one cell per series ("keine Angabe" for null). */
export function comparisonTable(
  groups: readonly ComparisonGroup[],
  series: readonly ComparisonSeries[],
  digitsInfo: string,
): { key: string; label: string; cells: string[] }[] {
  return groups.map((group, g) => ({
    key: group.key,
    label: group.label,
    cells: series.map((entry) => formatValue(entry.values[g] ?? null, digitsInfo)),
  }));
}

/** "Ahrweiler (Bildung), Altenkirchen (Mobilität)": the pairs without a value. */
export function missingPairs(groups: readonly ComparisonGroup[], series: readonly ComparisonSeries[]): string {
  const pairs: string[] = [];
  series.forEach((entry) =>
    groups.forEach((group, g) => {
      if ((entry.values[g] ?? null) === null) pairs.push(`${entry.label} (${group.label})`);
    }),
  );
  return pairs.join(', ');
}
