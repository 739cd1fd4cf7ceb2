/**
 * Conditions and visibility, and rule 7: hidden questions keep their answers, which count nowhere.
 */
import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { conditionalDefinition } from '../../testing/conditional-definition';
import { scoreResponse } from '../scoring/score-response';
import { questionVisibility } from './response-view';

const definition = conditionalDefinition();
const visible = (answers: Record<string, unknown>) => questionVisibility(definition, answers);

describe('condition language', () => {
  it('`in`: A2 only if A1 ∈ {a, b, c}', () => {
    for (const a1 of ['a', 'b', 'c']) expect(questionVisibility(DIGITALE_KOMMUNE_V1, { A1: a1 })['A2']).toBe(true);
    for (const a1 of ['d', 'e', undefined])
      expect(questionVisibility(DIGITALE_KOMMUNE_V1, { A1: a1 })['A2']).toBe(false);
  });

  it('`all` with `answered` and `not`, through a chain X1 → X2 → X3', () => {
    expect(visible({ X1: 'a', X2: 'teilweise' })['X3']).toBe(true);
    expect(visible({ X1: 'a', X2: 'keinThema' })['X3']).toBe(false); // not (X2 ∈ {keinThema})
    expect(visible({ X1: 'a' })['X3']).toBe(false); // X2 not answered
    // X2 is answered but hidden (X1 = b), so for X3 it does not exist
    expect(visible({ X1: 'b', X2: 'teilweise' })).toMatchObject({
      X2: false,
      X3: false,
    });
  });

  it('`any` with a number comparison', () => {
    expect(visible({ X5: 10 })['X4']).toBe(true); // 10 ≥ 10
    expect(visible({ X5: 9.5 })['X4']).toBe(false);
    expect(visible({ X1: 'b' })['X4']).toBe(true);
    expect(visible({})['X4']).toBe(false); // unanswered numbers compare false
  });

  it.each([
    ['eq', 10, true],
    ['ne', 10, false],
    ['lt', 11, true],
    ['lte', 10, true],
    ['gt', 9, true],
    ['gte', 11, false],
  ])('comparison %s %d against 10 is %s', (op, value, expected) => {
    const d = conditionalDefinition();
    d.sections[0].questions[3].condition = { q: 'X5', op: op as 'eq', value };
    expect(questionVisibility(d, { X5: 10 })['X4']).toBe(expected);
  });

  it('a matrix row reference ("X6.r1")', () => {
    expect(visible({ X6: { r1: 'gut' } })['X7']).toBe(true);
    expect(visible({ X6: { r1: 'mittel', r2: 'gut' } })['X7']).toBe(false);
  });

  it('`in` on a multiple choice holds when any selected option is listed', () => {
    const d = conditionalDefinition();
    d.sections[0].questions[1].condition = { q: 'X7', in: ['m2'] };
    expect(questionVisibility(d, { X6: { r1: 'gut' }, X7: ['m1', 'm2'] })['X2']).toBe(true);
    expect(questionVisibility(d, { X6: { r1: 'gut' }, X7: ['m1'] })['X2']).toBe(false);
  });

  it('`answered` on a whole matrix needs every row', () => {
    const d = conditionalDefinition();
    d.sections[0].questions[1].condition = { answered: 'X6' };
    expect(questionVisibility(d, { X6: { r1: 'gut' } })['X2']).toBe(false);
    expect(questionVisibility(d, { X6: { r1: 'gut', r2: 'na' } })['X2']).toBe(true);
    d.sections[0].questions[1].condition = { answered: 'X6.r2' };
    expect(questionVisibility(d, { X6: { r2: 'na' } })['X2']).toBe(true);
  });
});

describe('hidden questions (rule 7)', () => {
  it('count nowhere: not in W, not in the indicators, not in completeness', () => {
    const result = scoreResponse(definition, {
      X1: 'c',
      X2: 'vollstaendig',
      X3: '5',
      X6: { r1: 'mittel', r2: 'mittel' },
    });
    expect(result.hiddenQuestions).toEqual(['X2', 'X3', 'X4', 'X7']);
    const items = result.fields[0].items;
    expect(items.filter((i) => i.status === 'hidden').map((i) => i.question)).toEqual(['X2', 'X3', 'X4', 'X7']);
    // W = X1 (1) + X6 (2) = 3 = A; Σ(w · s) = 0 + 2 · 0.5 = 1 → 100 · 1 / 3
    expect(result.fields[0]).toMatchObject({
      weightCounted: 3,
      weightAnswered: 3,
    });
    expect(result.fields[0].score).toBeCloseTo(100 / 3, 12);
    expect(result.indicators['x2Voll']).toBeNull();
    expect(result.completeness).toMatchObject({ answered: 2, visible: 3 }); // X1, X6 of X1, X5, X6
  });

  it('A2 is hidden when A1 = d and drops out of the completeness of section A', () => {
    const result = scoreResponse(DIGITALE_KOMMUNE_V1, { A1: 'd', A2: ['VER'] });
    expect(result.hiddenQuestions).toEqual(['A2']);
    expect(result.completeness.sections.find((s) => s.section === 'A')).toMatchObject({ answered: 1, visible: 10 });
  });
});
