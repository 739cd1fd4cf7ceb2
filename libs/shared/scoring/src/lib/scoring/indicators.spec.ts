/**
 * Rule 6: ohneStrategie = A1 ∈ {d, e}; grossesHemmnis[x] = H1.x ∈ {4, 5}; shares over the answered base.
 */
import { scoreDefault } from '../../testing/scoring-helpers';
import { summariseIndicator } from './indicators';

describe('derived indicators (rule 6)', () => {
  it.each([
    ['a', false],
    ['b', false],
    ['c', false],
    ['d', true],
    ['e', true],
  ])('ohneStrategie for A1 = %s is %s', (a1, expected) => {
    expect(scoreDefault({ A1: a1 }).indicators['ohneStrategie']).toBe(expected);
  });

  it('gives no ohneStrategie while A1 is unanswered', () => {
    expect(scoreDefault({}).indicators['ohneStrategie']).toBeNull();
  });

  it('gives grossesHemmnis per H1 row: 4 and 5 count, unanswered rows are null', () => {
    const indicators = scoreDefault({
      H1: { a: '4', b: '5', c: '3', d: '1' },
    }).indicators;
    expect(indicators['grossesHemmnis']).toEqual({
      a: true,
      b: true,
      c: false,
      d: false,
      e: null,
      f: null,
      g: null,
      h: null,
      i: null,
      j: null,
      k: null,
    });
  });
});

describe('summariseIndicator', () => {
  it('reports n and the base of those that answered', () => {
    // 2 of the 3 answered; the unanswered one is not in the base
    expect(summariseIndicator([true, false, null, true])).toEqual({
      n: 2,
      base: 3,
      share: 2 / 3,
    });
  });

  it('has no share without a base', () => {
    expect(summariseIndicator([null, null])).toEqual({
      n: 0,
      base: 0,
      share: null,
    });
  });
});
