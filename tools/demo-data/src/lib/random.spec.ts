import { hash32, mulberry32, stream } from './random';

describe('seeded randomness', () => {
  it('mulberry32 repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(12345);
    const b = mulberry32(12345);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(first.reduce((s, x) => s + x, 0) / first.length - 0.5)).toBeLessThan(0.05);
    expect(mulberry32(12346)()).not.toBe(first[0]);
  });

  it('hash32 is stable and spreads near-identical names', () => {
    expect(hash32('digitalcheck')).toBe(hash32('digitalcheck'));
    expect(hash32('07137')).not.toBe(hash32('07138'));
    expect(hash32('')).toBeGreaterThanOrEqual(0);
  });

  it('streams are independent by name, reproducible by name', () => {
    expect(stream('s', 'a', 1).uniform()).toBe(stream('s', 'a', 1).uniform());
    expect(stream('s', 'a', 1).uniform()).not.toBe(stream('s', 'a', 2).uniform());
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(stream('ab', 'c').uniform()).not.toBe(stream('a', 'bc').uniform());
  });

  it('draws normals with mean 0 and variance 1, samples without repeats, weights by weight', () => {
    const draw = stream('normal');
    const values = Array.from({ length: 20000 }, () => draw.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    const sample = stream('sample').sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    const picks = Array.from({ length: 1000 }, () =>
      draw.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(850);
  });
});
