import type { AnalyticsBenchmark, AnalyticsRegionProfile, AnalyticsRegionTrend } from '@digitalcheck/shared-contracts';

/** Index first, then the fields: the rows of the profile table and the groups of its chart. */
export function profileRows(profile: AnalyticsRegionProfile) {
  return [profile.index, ...profile.fields];
}

/** "48,5 (Q1 40,0 – Q3 61,2; n = 12)", "nicht ausgewiesen (n = 2)", "–" for nobody. */
export function benchmarkText(benchmark: AnalyticsBenchmark, number: (value: number | null) => string): string {
  if (benchmark.suppressed) return `nicht ausgewiesen (n = ${benchmark.n})`;
  if (benchmark.median === null) return '–';
  const range =
    benchmark.q1 === null || benchmark.q3 === null ? '' : `Q1 ${number(benchmark.q1)} – Q3 ${number(benchmark.q3)}; `;
  return `${number(benchmark.median)} (${range}n = ${benchmark.n})`;
}

/** Grouped bars: the region against the median of its peers and of its Land, per index and field. */
export function comparisonSeries(profile: AnalyticsRegionProfile, peerLabel: string, landLabel: string) {
  const rows = profileRows(profile);
  return {
    groups: rows.map((row) => ({ key: row.section ?? 'index', label: row.title })),
    series: [
      { key: profile.region.ars, label: profile.region.name, values: rows.map((row) => row.score) },
      { key: 'peers', label: peerLabel, values: rows.map((row) => (row.peers.suppressed ? null : row.peers.median)) },
      { key: 'land', label: landLabel, values: rows.map((row) => (row.land.suppressed ? null : row.land.median)) },
    ],
  };
}

/** The trend chart's input: waves as the x axis, a line per series, broken where the versions differ. */
export function trendChart(trend: AnalyticsRegionTrend) {
  return {
    waves: trend.waves.map((wave) => ({ key: wave.waveId, label: wave.title })),
    series: trend.series.map((series) => ({
      key: series.section ?? 'index',
      label: series.title,
      points: series.points.map((point) => ({ value: point.value, joined: point.comparableWithPrevious })),
    })),
  };
}
