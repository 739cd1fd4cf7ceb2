/**
 * Rule 1, question type by question type, on the default questionnaire (and the test fixture for the
 * scored matrix). Expected scores are the spec's, with the arithmetic written out where there is any.
 */
import { conditionalDefinition } from '../../testing/conditional-definition';
import { itemOf, scoreDefault } from '../../testing/scoring-helpers';
import { scoreResponse } from './score-response';

const score = (question: string, answer: unknown, extra: Record<string, unknown> = {}, referencePopulation?: number) =>
  itemOf(scoreDefault({ [question]: answer, ...extra }, { referencePopulation }), question);

describe('JN (yes/no with "weiß nicht")', () => {
  it.each([
    ['ja', 1],
    ['nein', 0],
  ])('%s scores %d', (answer, expected) => {
    expect(score('A3', answer)).toMatchObject({
      status: 'answered',
      score: expected,
      dontKnow: false,
    });
  });

  it('"weiß nicht" scores 0, counts as answered and is flagged', () => {
    expect(score('A3', 'weissNicht')).toMatchObject({
      status: 'answered',
      score: 0,
      weightedScore: 0,
      dontKnow: true,
    });
  });
});

describe('UST (DLT status scale)', () => {
  it.each([
    ['vollstaendig', 1],
    ['teilweise', 0.75],
    ['inUmsetzung', 0.5],
    ['geplant', 0.25],
    ['keinThema', 0],
  ])('%s scores %d', (answer, expected) => {
    expect(score('V3', answer)).toMatchObject({
      status: 'answered',
      score: expected,
    });
  });

  it('"nicht zutreffend" is left out of the calculation', () => {
    expect(score('V3', 'nichtZutreffend')).toMatchObject({
      status: 'notApplicable',
      score: null,
      weightedScore: null,
    });
  });
});

describe('L5 (Likert 1–5): (x − 1) / 4', () => {
  it.each([
    ['1', 0], // (1 − 1) / 4
    ['2', 0.25], // (2 − 1) / 4
    ['3', 0.5],
    ['4', 0.75],
    ['5', 1], // (5 − 1) / 4
  ])('%s scores %d', (answer, expected) => {
    expect(score('A7', answer).score).toBe(expected);
  });
});

describe('single choice with listed scores', () => {
  it('A1 carries weight 3: c) scores 0.5, so w · s = 1.5', () => {
    expect(score('A1', 'c')).toMatchObject({
      weight: 3,
      score: 0.5,
      weightedScore: 1.5,
    });
  });

  it('V1 buckets (a guess, kept in the definition): 10–49 scores 0.5 with weight 2', () => {
    expect(score('V1', '10bis49')).toMatchObject({
      weight: 2,
      score: 0.5,
      weightedScore: 1,
    });
  });

  it('I2 "weiß nicht" scores 0 and is flagged', () => {
    expect(score('I2', 'weissNicht')).toMatchObject({
      status: 'answered',
      score: 0,
      dontKnow: true,
    });
  });

  it('I4 scores as listed (0.66) and "keine Schulträgerschaft" is not applicable', () => {
    expect(score('I4', 'mehrAlsHaelfte').score).toBe(0.66);
    expect(score('I4', 'keineSchultraegerschaft').status).toBe('notApplicable');
  });
});

describe('MC/k: min(1, scored options selected / k)', () => {
  it.each([
    [['terminbuchung'], 1 / 3], // V4 is MC/3: 1 / 3
    [['terminbuchung', 'chat'], 2 / 3], // 2 / 3
    [['terminbuchung', 'chat', 'nutzerkonto'], 1], // 3 / 3
    [['terminbuchung', 'chat', 'nutzerkonto', 'onlineBezahlung', 'digitaleZustellung'], 1], // min(1, 5 / 3)
  ])('V4 %j scores %d', (answer, expected) => {
    expect(score('V4', answer).score).toBeCloseTo(expected, 12);
  });

  it('the exclusive option alone scores 0 ("keine davon", "niemand")', () => {
    expect(score('V4', ['keineDavon'])).toMatchObject({
      status: 'answered',
      score: 0,
    });
    expect(score('A9', ['niemand'])).toMatchObject({
      status: 'answered',
      score: 0,
    });
  });

  it('the exclusive option combined with another is unusable and counts as unanswered (in W, not in A)', () => {
    expect(score('V4', ['keineDavon', 'chat'])).toMatchObject({
      status: 'invalidAnswer',
      score: null,
    });
  });
});

describe('NUM A4: full-time posts per 10,000 inhabitants; 0 → 0, (0, 0.5) → 0.5, ≥ 0.5 → 1', () => {
  it.each([
    [0, 0, 0], // 0 / 18,500 · 10,000 = 0 → 0
    [0.5, 0.5 / 1.85, 0.5], // 0.5 / 18,500 · 10,000 = 0.2703 → 0.5
    [1, 1 / 1.85, 1], // 1 / 18,500 · 10,000 = 0.5405 → 1
  ])('%d posts with S3 = 18,500 give a rate of %d and score %d', (posts, rate, expected) => {
    const item = score('A4', posts, { S3: 18500 });
    expect(item.score).toBe(expected);
    expect(item.numberDetail).toEqual({
      answer: posts,
      population: 18500,
      populationSource: 'answer',
      scoredValue: expect.closeTo(rate, 12),
    });
  });

  it('exactly 0.5 per 10,000 scores 1, just below scores 0.5', () => {
    expect(score('A4', 1, { S3: 20000 }).score).toBe(1); // 1 / 20,000 · 10,000 = 0.5
    expect(score('A4', 0.999, { S3: 20000 }).score).toBe(0.5); // 0.4995
  });

  it('reads S3 with its Stichtag', () => {
    expect(score('A4', 1, { S3: { value: 20000, referenceDate: '2024-12-31' } }).score).toBe(1);
  });

  it('takes the reference population when S3 is empty', () => {
    const item = score('A4', 2, {}, 40000); // 2 / 40,000 · 10,000 = 0.5 → 1
    expect(item).toMatchObject({
      score: 1,
      numberDetail: {
        population: 40000,
        populationSource: 'referencePopulation',
      },
    });
  });

  it('prefers S3 over the reference population', () => {
    expect(score('A4', 1, { S3: 10000 }, 1_000_000).score).toBe(1); // 1 / 10,000 · 10,000 = 1 → 1
    expect(score('A4', 1, {}, 1_000_000).score).toBe(0.5); // 1 / 1,000,000 · 10,000 = 0.01 → 0.5
  });

  it('without any population the answer cannot be scored and counts as unanswered', () => {
    expect(score('A4', 1)).toMatchObject({
      status: 'populationUnknown',
      score: null,
    });
  });
});

describe('NUM I1: value / 100, clamped to [0, 1]', () => {
  it.each([
    [62, 0.62],
    [0, 0],
    [100, 1],
    [120, 1], // out of range for validateAnswers, but the spec clamps: min(1, 1.2)
    [-5, 0], // max(0, −0.05)
  ])('%d %% scores %d, with weight 2', (percent, expected) => {
    expect(score('I1', percent)).toMatchObject({ weight: 2, score: expected });
  });
});

describe('matrix (rows × one scale)', () => {
  it('P1 and H1 are not scored and have no item', () => {
    const result = scoreDefault({ P1: { VER: '5' }, H1: { a: '5' } });
    const items = result.fields.flatMap((f) => f.items.map((i) => i.question));
    expect(items).not.toContain('P1');
    expect(items).not.toContain('H1');
  });

  const matrixItem = (answer: unknown) =>
    scoreResponse(conditionalDefinition(), { X6: answer }).fields[0].items.find((i) => i.question === 'X6');

  it('a scored matrix scores the mean of its rows', () => {
    expect(matrixItem({ r1: 'gut', r2: 'mittel' })).toMatchObject({
      weight: 2,
      score: 0.75,
      weightedScore: 1.5,
    }); // (1 + 0.5) / 2
  });

  it('rows answered n/a drop out; all rows n/a make the item n/a', () => {
    expect(matrixItem({ r1: 'mittel', r2: 'na' })?.score).toBe(0.5);
    expect(matrixItem({ r1: 'na', r2: 'na' })?.status).toBe('notApplicable');
  });

  it('a partly answered matrix counts as unanswered', () => {
    expect(matrixItem({ r1: 'gut' })?.status).toBe('unanswered');
  });
});

describe('types that are never scored', () => {
  it('free text (TXT) and obstacle strength (H5) produce no item', () => {
    const result = scoreDefault({
      H2: 'Personalmangel',
      E1: 'Dorf-App',
      H1: { b: '5' },
    });
    expect(result.fields.flatMap((f) => f.items).some((i) => ['H2', 'E1', 'H1'].includes(i.question))).toBe(false);
  });
});
