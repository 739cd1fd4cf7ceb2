/**
 * The worked example of WORKED-EXAMPLE.md, computed by hand there and asserted here.
 */
import { VERBANDSGEMEINDE_EXAMPLE } from '../../testing/worked-example';
import { scoreDefault } from '../../testing/scoring-helpers';
import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { validateAnswers } from '../answers/validate-answers';
import { roundScoreForDisplay } from './maturity-level';

const result = scoreDefault(VERBANDSGEMEINDE_EXAMPLE, {
  referencePopulation: 18200,
});
const field = (code: string) => result.fields.find((f) => f.section === code);

describe('worked example: a Verbandsgemeinde (WORKED-EXAMPLE.md)', () => {
  it('is a valid, submittable response', () => {
    expect(
      validateAnswers(DIGITALE_KOMMUNE_V1, VERBANDSGEMEINDE_EXAMPLE, {
        forSubmit: true,
      }),
    ).toEqual({ ok: true, errors: {} });
  });

  it.each([
    // section, status, exact score, shown, level, W, A, Σ(w·s)
    ['A', 'scored', 625 / 11, 57, 3, 11, 11, 6.25],
    ['VER', 'scored', 125 / 3, 42, 3, 7, 7, 35 / 12],
    ['INF', 'scored', 53, 53, 3, 5, 5, 2.65],
    ['BIL', 'scored', 75, 75, 4, 4, 4, 3],
    ['WIR', 'scored', 25 / 3, 8, 1, 3, 3, 0.25],
    ['TOU', 'scored', 200 / 3, 67, 4, 3, 3, 2],
    ['SOZ', 'scored', 25, 25, 2, 2, 2, 0.5],
    ['ORT', 'scored', 75, 75, 4, 4, 3, 2.25],
    ['ALL', 'scored', 65, 65, 4, 5, 5, 3.25],
  ])('%s: %s %d (shown %d), level %d, W %d, A %d, Σ %d', (code, status, score, shown, level, w, a, sum) => {
    const f = field(code);
    expect(f).toMatchObject({
      status,
      maturityLevel: level,
      weightCounted: w,
      weightAnswered: a,
    });
    expect(f?.score).toBeCloseTo(score, 10);
    expect(roundScoreForDisplay(f?.score ?? NaN)).toBe(shown);
    expect(f?.weightedScoreSum).toBeCloseTo(sum, 12);
  });

  it('SEN is "unvollständig": A = 2 < 2/3 · 4', () => {
    expect(field('SEN')).toMatchObject({
      status: 'incomplete',
      score: null,
      weightCounted: 4,
      weightAnswered: 2,
    });
  });

  it('explains VER item by item', () => {
    expect(field('VER')?.items.map((i) => [i.question, i.weight, i.score])).toEqual([
      ['V1', 2, 0.25],
      ['V2', 1, 0.75],
      ['V3', 1, 0.5],
      ['V4', 1, 2 / 3],
      ['V5', 1, 0.5],
      ['V6', 1, 0],
    ]);
  });

  it('takes A4 per 10,000 inhabitants from S3, not from the reference population', () => {
    const a4 = field('A')?.items.find((i) => i.question === 'A4');
    expect(a4).toMatchObject({
      score: 0.5,
      numberDetail: { population: 18500, populationSource: 'answer' },
    });
    expect(a4?.numberDetail?.scoredValue).toBeCloseTo(5000 / 18500, 12); // 0.5 · 10,000 / 18,500
  });

  it('index 16444/297 = 55.37 over 9 of the remaining weight 10 (SOZ "nicht relevant"), level 3, gate without effect', () => {
    expect(result.index).toMatchObject({
      status: 'scored',
      maturityLevel: 3,
      gatedMaturityLevel: 3,
      gateApplied: false,
      weightRemaining: 10,
      weightScored: 9,
      excludedFields: ['SOZ'],
    });
    expect(result.index.score).toBeCloseTo(16444 / 297, 10);
    expect(roundScoreForDisplay(result.index.score ?? NaN)).toBe(55);
  });

  it('priority index 1475 / 27 = 54.63', () => {
    expect(result.priorityIndex).toMatchObject({
      maturityLevel: 3,
      prioritySum: 27,
      fields: ['VER', 'INF', 'BIL', 'WIR', 'TOU', 'ORT', 'ALL'],
    });
    expect(result.priorityIndex.score).toBeCloseTo(1475 / 27, 10);
  });

  it('indicators', () => {
    expect(result.indicators).toEqual({
      ohneStrategie: false,
      grossesHemmnis: {
        a: false,
        b: true,
        c: true,
        d: true,
        e: false,
        f: true,
        g: false,
        h: false,
        i: false,
        j: false,
        k: false,
      },
    });
  });

  it('completeness 53 of 56', () => {
    expect(result.completeness).toMatchObject({ answered: 53, visible: 56 });
    expect(result.completeness.sections.filter((s) => s.answered < s.visible)).toEqual([
      { section: 'SEN', answered: 2, visible: 4, share: 0.5 },
      { section: 'ORT', answered: 3, visible: 4, share: 0.75 },
    ]);
    expect(result.hiddenQuestions).toEqual([]);
  });
});
