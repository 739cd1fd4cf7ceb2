import { surveyComparison } from '@digitalcheck/dashboard-surveys-data-access/testing';
import { comparisonRows } from './comparison-rows';

describe('comparisonRows', () => {
  it('rounds like every score, puts the index first and explains suppressed groups', () => {
    expect(comparisonRows(surveyComparison)).toEqual([
      {
        key: '',
        title: 'Gesamtindex',
        cells: { own: { value: 63, text: '63' }, peer: { value: 55, text: '55' }, land: { value: 48, text: '48' } },
      },
      {
        key: 'A',
        title: 'Strategie',
        cells: { own: { value: 63, text: '63' }, peer: { value: 70, text: '70' }, land: { value: 52, text: '52' } },
      },
      {
        key: 'B',
        title: 'Verwaltung',
        cells: {
          own: { value: null, text: '–' },
          peer: { value: null, text: 'weniger als 3 Angaben' },
          land: { value: 40, text: '40' },
        },
      },
    ]);
  });

  it('shows a dash where a group has no scores at all', () => {
    const empty = { members: 0, value: null, suppressed: false };
    const [index] = comparisonRows({
      ...surveyComparison,
      index: { ...surveyComparison.index, peerMedian: empty },
    });
    expect(index.cells.peer).toEqual({ value: null, text: '–' });
  });

  it('adds the middle half of the peer group to the median', () => {
    const [index] = comparisonRows({
      ...surveyComparison,
      index: { ...surveyComparison.index, peerQuartiles: { q1: 44.5, q3: 71.25 } },
    });
    expect(index.cells.peer).toEqual({ value: 55, text: '55 (mittlere Hälfte 45–71)' });
  });
});
