// Small figures for the summaries: median and percentiles of measured times.

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values) => percentile(values, 50);

export const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
