/**
 * Rule 4: maturity level = min(5, floor(score / 20) + 1) from the unrounded score; display half up.
 */
import { fieldOf, scoreDefault } from '../../testing/scoring-helpers';
import { MATURITY_LEVELS, maturityLevel, maturityLevelName, roundScoreForDisplay } from './maturity-level';

describe('maturity level (rule 4)', () => {
  it.each([
    [0, 1],
    [19.99, 1],
    [20, 2],
    [39.999, 2],
    [40, 3],
    [59.99, 3],
    [60, 4],
    [79.99, 4],
    [80, 5],
    [100, 5], // floor(100 / 20) + 1 = 6, capped at 5
  ])('score %d is level %d', (score, level) => {
    expect(maturityLevel(score)).toBe(level);
  });

  it('treats a boundary missed only by binary rounding as reached', () => {
    expect(maturityLevel(39.99999999999999)).toBe(3);
    expect(maturityLevel(19.9999999)).toBe(1); // 1e-7 below is a real difference
  });

  it('names the five levels as the spec does', () => {
    expect(MATURITY_LEVELS.map((l) => `${l.level} ${l.name}`)).toEqual([
      '1 Einstieg',
      '2 Erste Schritte',
      '3 Im Aufbau',
      '4 Fortgeschritten',
      '5 Vorreiter',
    ]);
    expect(maturityLevelName(3)).toBe('Im Aufbau');
  });

  it('derives a field level from the unrounded score: ALL at exactly 20 is level 2', () => {
    // L1 1/4 (MC/4) + L2 0.25 + L3 1/2 (MC/2) + L4 0 + L5 0 = 1; 100 · 1 / 5 = 20
    const field = fieldOf(
      scoreDefault({
        L1: ['aktuell'],
        L2: 'geplant',
        L3: ['push'],
        L4: ['keineDavon'],
        L5: '1',
      }),
      'ALL',
    );
    expect(field).toMatchObject({ score: 20, maturityLevel: 2 });
  });
});

describe('roundScoreForDisplay (whole numbers, half up)', () => {
  it.each([
    [42.5, 43],
    [41.666666666666664, 42],
    [42.49, 42],
    [62.49999999999999, 63], // 62.5 on paper
    [0.5, 1],
    [0, 0],
    [100, 100],
  ])('%d shows as %d', (score, shown) => {
    expect(roundScoreForDisplay(score)).toBe(shown);
  });
});
