/**
 * Completeness: answered / visible questions, overall and per section; every type counts.
 */
import { scoreDefault } from '../../testing/scoring-helpers';

describe('completeness', () => {
  it('counts 56 visible questions when A1 = a and none answered but A1', () => {
    const { completeness } = scoreDefault({ A1: 'a' });
    expect(completeness).toMatchObject({ answered: 1, visible: 56 });
    expect(completeness.share).toBeCloseTo(1 / 56, 12);
  });

  it('counts 55 when A2 is hidden (A1 unanswered)', () => {
    expect(scoreDefault({}).completeness).toMatchObject({
      answered: 0,
      visible: 55,
      share: 0,
    });
  });

  it('counts text, n/a and "weiß nicht" as answered, a matrix only with every row', () => {
    const { sections } = scoreDefault({
      H1: { a: '1' }, // 1 of 11 rows
      H2: 'Personal',
      H3: ['beratung'],
      I4: 'keineSchultraegerschaft',
      I2: 'weissNicht',
    }).completeness;
    expect(sections.find((s) => s.section === 'H')).toEqual({
      section: 'H',
      answered: 2,
      visible: 3,
      share: 2 / 3,
    });
    expect(sections.find((s) => s.section === 'INF')).toEqual({
      section: 'INF',
      answered: 2,
      visible: 4,
      share: 0.5,
    });
  });

  it('treats blank text and empty selections as unanswered', () => {
    const { sections } = scoreDefault({
      H2: '   ',
      H3: [],
      H1: {},
    }).completeness;
    expect(sections.find((s) => s.section === 'H')?.answered).toBe(0);
  });
});
