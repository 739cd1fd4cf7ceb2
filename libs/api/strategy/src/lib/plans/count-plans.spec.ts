import type { StrategyMeasure } from '@digitalcheck/shared-contracts';
import { countPlans } from './count-plans';

const measure = (measureId: string): StrategyMeasure => ({
  measureId,
  goal: '',
  responsible: '',
  startMonth: null,
  endMonth: null,
  budgetEur: null,
});

describe('countPlans', () => {
  it('counts drafts with a focus field, each field and each measure once per draft', () => {
    const counts = countPlans([
      { focusFields: ['VER', 'TOU'], vision: '', measures: [measure('a'), measure('b')] },
      { focusFields: ['VER'], vision: '', measures: [measure('a')] },
      { focusFields: [], vision: 'nur ein Leitbild', measures: [] },
    ]);
    expect(counts.drafts).toBe(2);
    expect([...counts.fields]).toEqual([
      ['VER', 2],
      ['TOU', 1],
    ]);
    expect(counts.measures).toEqual([
      { measureId: 'a', count: 2 },
      { measureId: 'b', count: 1 },
    ]);
  });
});
