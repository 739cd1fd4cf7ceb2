import type { AnalyticsHeatmap } from '@digitalcheck/shared-contracts';
import { comparisonChart, missingRegions } from './comparison-data';

const heatmap = {
  fields: [{ section: 'VER', title: 'Verwaltung' }],
  rows: [
    { ars: '07131', name: 'Ahrweiler', kind: 'Landkreis', index: 62.5, scores: [70], indicators: {} },
    { ars: '07133', name: 'Bad Kreuznach', kind: 'Landkreis', index: 30, scores: [null], indicators: {} },
  ],
} as unknown as AnalyticsHeatmap;

describe('comparison data', () => {
  it('keeps the order in which the regions were chosen', () => {
    expect(comparisonChart(heatmap, ['07133', '07131'], 'Gesamtindex')).toEqual({
      groups: [
        { key: 'index', label: 'Gesamtindex' },
        { key: 'VER', label: 'Verwaltung' },
      ],
      series: [
        { key: '07133', label: 'Bad Kreuznach', values: [30, null] },
        { key: '07131', label: 'Ahrweiler', values: [62.5, 70] },
      ],
    });
  });

  it('names chosen regions without a submitted response', () => {
    expect(missingRegions(heatmap, ['07131', '07135'])).toEqual(['07135']);
  });
});
