import { aggregate, isSuppressed, mean, median, percentile, quartiles, suppressSmallGroup } from './group-aggregates';

describe('score aggregates', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([40, 10, 30])).toBe(30);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('averages', () => {
    expect(mean([10, 20, 60])).toBe(30);
    expect(mean([])).toBeNull();
  });

  it('ignores missing scores and suppresses groups under three members', () => {
    expect(aggregate([50, null, 70], 'median')).toEqual({ members: 2, value: null, suppressed: true });
    expect(aggregate([50, null, 70, 20], 'median')).toEqual({ members: 3, value: 50, suppressed: false });
    expect(aggregate([50, 70, 20, 100], 'mean')).toEqual({ members: 4, value: 60, suppressed: false });
    expect(aggregate([null, null], 'mean')).toEqual({ members: 0, value: null, suppressed: false });
    expect(aggregate([80], 'mean', 1)).toEqual({ members: 1, value: 80, suppressed: false });
  });

  it('applies the small-n rule to a value computed elsewhere', () => {
    expect(suppressSmallGroup(2, 41)).toEqual({ members: 2, value: null, suppressed: true });
    expect(suppressSmallGroup(0, null)).toEqual({ members: 0, value: null, suppressed: false });
    expect(suppressSmallGroup(3, 41)).toEqual({ members: 3, value: 41, suppressed: false });
    expect(suppressSmallGroup(4, 41, 5)).toEqual({ members: 4, value: null, suppressed: true });
    expect([0, 1, 2, 3].map((n) => isSuppressed(n))).toEqual([false, true, true, false]);
  });
});

describe('percentile and quartiles', () => {
  it('interpolates between the closest ranks like percentile_cont', () => {
    expect(percentile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentile([40, 10, 30], 0.75)).toBe(35);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('gives Q1 and Q3 from three scores on, and nothing for smaller groups', () => {
    expect(quartiles([90, null, 30, 50, 70])).toEqual({ q1: 45, q3: 75 });
    expect(quartiles([50, 60, null])).toBeNull();
    expect(quartiles([])).toBeNull();
  });
});
