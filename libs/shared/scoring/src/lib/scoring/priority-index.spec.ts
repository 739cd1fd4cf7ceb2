/**
 * Rule 5: priority index = Σ(field score · P1 priority) / Σ(P1 priority) over fields with a score and a
 * priority 1–5.
 */
import { BEST_ANSWERS, WORST_FIELD_ANSWERS, scoreDefault } from '../../testing/scoring-helpers';

describe('priority index (rule 5)', () => {
  it('weights the field scores by their P1 priority', () => {
    const result = scoreDefault({
      ...BEST_ANSWERS,
      ...WORST_FIELD_ANSWERS['VER'],
      P1: { VER: '5', INF: '1' },
    });
    // (0 · 5 + 100 · 1) / (5 + 1) = 16.67
    expect(result.priorityIndex).toMatchObject({
      prioritySum: 6,
      fields: ['VER', 'INF'],
      maturityLevel: 1,
    });
    expect(result.priorityIndex.score).toBeCloseTo(100 / 6, 12);
  });

  it('leaves out fields "nicht relevant" and fields without a score', () => {
    const answers = {
      ...BEST_ANSWERS,
      ...WORST_FIELD_ANSWERS['INF'],
      T1: undefined,
      T2: undefined,
    };
    const result = scoreDefault({
      ...answers,
      P1: { VER: '2', INF: 'nichtRelevant', TOU: '5', BIL: '4' },
    });
    // INF "nicht relevant", TOU unvollständig: (100 · 2 + 100 · 4) / (2 + 4) = 100
    expect(result.priorityIndex).toMatchObject({
      score: 100,
      prioritySum: 6,
      fields: ['VER', 'BIL'],
    });
  });

  it('is null without any priority', () => {
    expect(scoreDefault(BEST_ANSWERS).priorityIndex).toEqual({
      score: null,
      maturityLevel: null,
      prioritySum: 0,
      fields: [],
    });
  });
});
