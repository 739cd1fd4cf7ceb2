import type { AnalyticsRegionProfile, AnalyticsRegionTrend } from '@digitalcheck/shared-contracts';
import { benchmarkText, comparisonSeries, trendChart } from './profile-data';

const number = (value: number | null) => (value === null ? '–' : value.toFixed(1).replace('.', ','));
const bench = (median: number | null, n: number, suppressed = false) => ({
  n,
  suppressed,
  median,
  q1: median === null ? null : median - 10,
  q3: median === null ? null : median + 10,
});

describe('profile data', () => {
  it('writes a benchmark as median, quartiles and n, or withheld', () => {
    expect(benchmarkText(bench(48.5, 12), number)).toBe('48,5 (Q1 38,5 – Q3 58,5; n = 12)');
    expect(benchmarkText(bench(null, 2, true), number)).toBe('nicht ausgewiesen (n = 2)');
    expect(benchmarkText(bench(null, 0), number)).toBe('–');
  });

  it('puts the region against the medians of its peers and its Land, withheld ones left empty', () => {
    const profile = {
      region: { ars: '07131', name: 'Ahrweiler' },
      index: { section: null, title: 'Gesamtindex', score: 55, peers: bench(50, 5), land: bench(45, 36) },
      fields: [{ section: 'VER', title: 'Verwaltung', score: null, peers: bench(null, 2, true), land: bench(40, 30) }],
    } as unknown as AnalyticsRegionProfile;
    expect(comparisonSeries(profile, 'Vergleichsgruppe', 'Land')).toEqual({
      groups: [
        { key: 'index', label: 'Gesamtindex' },
        { key: 'VER', label: 'Verwaltung' },
      ],
      series: [
        { key: '07131', label: 'Ahrweiler', values: [55, null] },
        { key: 'peers', label: 'Vergleichsgruppe', values: [50, null] },
        { key: 'land', label: 'Land', values: [45, 40] },
      ],
    });
  });

  it('breaks the trend line where the questionnaire changed', () => {
    const trend = {
      waves: [
        { waveId: 'a', title: '2022' },
        { waveId: 'b', title: '2024' },
      ],
      series: [
        {
          section: null,
          title: 'Gesamtindex',
          points: [
            { waveId: 'a', value: 40, n: 1, suppressed: false, comparableWithPrevious: false },
            { waveId: 'b', value: 50, n: 1, suppressed: false, comparableWithPrevious: false },
          ],
        },
      ],
    } as unknown as AnalyticsRegionTrend;
    expect(trendChart(trend)).toEqual({
      waves: [
        { key: 'a', label: '2022' },
        { key: 'b', label: '2024' },
      ],
      series: [
        {
          key: 'index',
          label: 'Gesamtindex',
          points: [
            { value: 40, joined: false },
            { value: 50, joined: false },
          ],
        },
      ],
    });
  });
});
