import { DIGITALE_KOMMUNE_V1, type QuestionDefinition } from '@digitalcheck/shared-scoring';
import {
  conditionLabel,
  formatNumberDe,
  numberScoringLabels,
  optionScoreLabel,
  questionTypeLabel,
  questionWeightLabel,
  sectionWeightLabel,
} from './definition-labels';

const question = (code: string): QuestionDefinition => {
  const found = DIGITALE_KOMMUNE_V1.sections.flatMap((s) => s.questions).find((q) => q.code === code);
  if (!found) throw new Error(`no question ${code}`);
  return found;
};

describe('definition labels', () => {
  it('formats numbers for de-DE', () => {
    expect(formatNumberDe(0.75)).toBe('0,75');
    expect(formatNumberDe(10000)).toBe('10.000');
  });

  it('describes A1: single choice, weight 3, options with their scores', () => {
    const a1 = question('A1');
    expect(questionTypeLabel(a1)).toBe('Einfachauswahl');
    expect(questionWeightLabel(a1)).toBe('Gewicht 3');
    const options = 'options' in a1 ? a1.options : [];
    expect(options.map((o) => [o.code, optionScoreLabel(o)])).toEqual([
      ['a', '1'],
      ['b', '0,75'],
      ['c', '0,5'],
      ['d', '0,25'],
      ['e', '0'],
    ]);
  });

  it('describes the condition of A2 in words', () => {
    expect(conditionLabel(question('A2').condition!)).toBe('nur wenn A1 = a, b oder c');
    expect(conditionLabel({ all: [{ answered: 'S3' }, { not: { q: 'S3', op: 'gte', value: 10000 } }] })).toBe(
      'nur wenn S3 beantwortet und nicht (S3 ≥ 10.000)',
    );
    expect(
      conditionLabel({
        any: [
          { q: 'A1', in: ['a'] },
          { q: 'A1', in: ['b'] },
        ],
      }),
    ).toBe('nur wenn A1 = a oder A1 = b');
  });

  it('lists the thresholds of A4 per 10.000 inhabitants', () => {
    const a4 = question('A4');
    expect(questionTypeLabel(a4)).toBe('Zahl');
    expect(questionWeightLabel(a4)).toBeNull();
    expect(numberScoringLabels(a4)).toEqual([
      'je 10.000 Einwohnerinnen und Einwohner',
      'ab 0: 0',
      'über 0: 0,5',
      'ab 0,5: 1',
    ]);
  });

  it('names k of V4 and the fixed scales', () => {
    expect(questionTypeLabel(question('V4'))).toBe('Mehrfachauswahl (k = 3)');
    expect(questionTypeLabel(question('A2'))).toBe('Mehrfachauswahl');
    expect(optionScoreLabel({ code: 'nichtZutreffend', label: 'nicht zutreffend', notApplicable: true })).toBe(
      'nicht zutreffend – zählt nicht',
    );
    expect(optionScoreLabel({ code: 'weissNicht', label: 'Weiß nicht', score: 0, dontKnow: true })).toBe(
      'weiß nicht – 0',
    );
    expect(optionScoreLabel({ code: 'VER', label: 'Kommunale Verwaltung' })).toBeNull();
  });

  it('describes section weights', () => {
    const [masterData, strategy] = DIGITALE_KOMMUNE_V1.sections;
    expect(sectionWeightLabel(strategy)).toBe('Gewicht im Index: 2');
    expect(sectionWeightLabel(masterData)).toBe('zählt nicht im Index');
  });
});
