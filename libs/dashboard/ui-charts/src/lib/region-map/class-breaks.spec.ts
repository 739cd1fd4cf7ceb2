import { classBreaks, classIndex, quantileSorted, roundBreak } from './class-breaks';

describe('class breaks', () => {
  it('cuts 1 … 10 into five quantile classes at 2,8 / 4,6 / 6,4 / 8,2', () => {
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(classBreaks(values, 5, 'quantile')).toEqual({ min: 1, max: 10, thresholds: [2.8, 4.6, 6.4, 8.2] });
  });

  it('cuts 0 … 100 into five equal intervals of 20', () => {
    expect(classBreaks([0, 100, 37], 5, 'equal-interval')).toEqual({
      min: 0,
      max: 100,
      thresholds: [20, 40, 60, 80],
    });
  });

  it('rounds thresholds to two significant digits', () => {
    expect(roundBreak(127_583.4)).toBe(130_000);
    expect(roundBreak(3_644_826)).toBe(3_600_000);
    expect(roundBreak(0.01234)).toBe(0.012);
    expect(roundBreak(0)).toBe(0);
  });

  it('interpolates quantiles like R-7 / d3-array', () => {
    expect(quantileSorted([1000, 2000, 3000, 4000, 5000], 0.2)).toBe(1800);
    expect(quantileSorted([1, 2], 0.5)).toBe(1.5);
  });

  it('ignores missing values and gives null without any value', () => {
    expect(classBreaks([null, 5, null, 15], 2)).toEqual({ min: 5, max: 15, thresholds: [10] });
    expect(classBreaks([null, null])).toBeNull();
    expect(classBreaks([])).toBeNull();
  });

  it('falls back to one class when all values are equal', () => {
    expect(classBreaks([5, 5, 5])).toEqual({ min: 5, max: 5, thresholds: [] });
  });

  it('puts a value on a threshold into the upper class ("bis unter")', () => {
    const breaks = { min: 1, max: 10, thresholds: [2.8, 4.6, 6.4, 8.2] };
    expect([1, 2.79, 2.8, 5, 6.4, 8.2, 10].map((v) => classIndex(v, breaks))).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(classIndex(null, breaks)).toBeNull();
    expect(classIndex(undefined, breaks)).toBeNull();
  });
});
