/** How a numeric value range is cut into classes for a choropleth map. */
export type ClassMethod = 'quantile' | 'equal-interval';

/** Class breaks: `thresholds[i]` is the lower bound of class `i + 1`; class 0 starts at `min`. */
export interface ClassBreaks {
  min: number;
  max: number;
  thresholds: number[];
}

/** Rounds to two significant digits, so legend bounds read "130.000" instead of "127.583,4". */
export function roundBreak(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(2)) : value;
}

/** The p-quantile of sorted values with linear interpolation (R-7, as in d3-array and spreadsheets). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/**
 * Breaks for `classes` classes over the given values (nulls and NaN ignored). Thresholds are rounded to two
 * significant digits; equal or out-of-range thresholds are dropped, so fewer classes may result. No values: null.
 */
export function classBreaks(
  values: readonly (number | null)[],
  classes = 5,
  method: ClassMethod = 'quantile',
): ClassBreaks | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const raw: number[] = [];
  for (let i = 1; i < classes; i++) {
    raw.push(method === 'quantile' ? quantileSorted(sorted, i / classes) : min + ((max - min) * i) / classes);
  }
  const thresholds = raw.map(roundBreak).filter((t, i, all) => t > min && t <= max && (i === 0 || t > all[i - 1]));
  return { min, max, thresholds };
}

/** Index of the class a value falls into ("von … bis unter …"); null for missing values. */
export function classIndex(value: number | null | undefined, breaks: ClassBreaks): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const index = breaks.thresholds.findIndex((threshold) => value < threshold);
  return index === -1 ? breaks.thresholds.length : index;
}
