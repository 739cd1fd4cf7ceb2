import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { yesNo } from '../../definitions/question-builders';
import type { ChoiceQuestion, QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { ALL_FIELDS, ALL_QUESTION_CODES, questionIn, variant, without } from '../../testing/definition-variants';
import {
  CHANGE_EFFECTS,
  type ComparabilityOptions,
  comparableFields,
  comparableIndicators,
  comparableQuestions,
  indexComparability,
} from './comparability';
import { QUESTION_CHANGE_KINDS } from './definition-diff-types';
import { diffDefinitions } from './definition-diff';

function compare(change: (d: QuestionnaireDefinition) => void, options: ComparabilityOptions = {}) {
  const diff = diffDefinitions(DIGITALE_KOMMUNE_V1, variant(change));
  return {
    questions: comparableQuestions(diff, options),
    fields: comparableFields(diff, options),
    index: indexComparability(diff, options),
    indicators: comparableIndicators(diff, options),
  };
}

const reword = (code: string) => (d: QuestionnaireDefinition) => {
  questionIn(d, code).text += ' (neu gefasst)';
};

describe('comparability across versions', () => {
  it('every kind of change has an effect', () => {
    expect(Object.keys(CHANGE_EFFECTS)).toEqual([...QUESTION_CHANGE_KINDS]);
  });

  it('identical copy: all 56 questions, all 10 fields, the index and both indicators', () => {
    expect(compare(() => undefined)).toEqual({
      questions: ALL_QUESTION_CODES,
      fields: ALL_FIELDS,
      index: { comparable: true, blockers: [] },
      indicators: ['ohneStrategie', 'grossesHemmnis'],
    });
  });

  it('reworded A3 is a different question: A3, field A and the index are not comparable', () => {
    expect(compare(reword('A3'))).toEqual({
      questions: without(ALL_QUESTION_CODES, 'A3'),
      fields: without(ALL_FIELDS, 'A'),
      index: { comparable: false, blockers: [{ kind: 'field', section: 'A' }] },
      indicators: ['ohneStrategie', 'grossesHemmnis'],
    });
  });

  it('reworded A1 also makes A2 (shown by A1), the gate and ohneStrategie incomparable', () => {
    const result = compare(reword('A1'));
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'A1', 'A2'));
    expect(result.index.blockers).toEqual([
      { kind: 'field', section: 'A' },
      { kind: 'question', question: 'A1' },
    ]);
    expect(result.indicators).toEqual(['grossesHemmnis']);
  });

  it('reworded S3 makes A4 incomparable (its rate is per S3 inhabitants), field A stays out', () => {
    const result = compare(reword('S3'));
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'S3', 'A4'));
    expect(result.fields).toEqual(without(ALL_FIELDS, 'A'));
  });

  it('changed option score in V1: answers alike, scoring not', () => {
    const result = compare((d) => {
      (questionIn(d, 'V1') as ChoiceQuestion).options[1].score = 0.2;
    });
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'V1'));
    expect(result.fields).toEqual(without(ALL_FIELDS, 'VER'));
    expect(result.index.blockers).toEqual([{ kind: 'field', section: 'VER' }]);
  });

  it('a changed option label breaks comparability unless reviewed as a typo fix', () => {
    const relabel = (d: QuestionnaireDefinition) => {
      (questionIn(d, 'V1') as ChoiceQuestion).options[1].label = '1 bis 9';
    };
    expect(compare(relabel).questions).toEqual(without(ALL_QUESTION_CODES, 'V1'));
    expect(compare(relabel, { acceptedLabelFixes: ['V1'] })).toMatchObject({
      questions: ALL_QUESTION_CODES,
      fields: ALL_FIELDS,
      index: { comparable: true },
    });
  });

  it('a changed P1 row label blocks the index (P1 decides "nicht relevant"), not the fields', () => {
    const result = compare((d) => {
      const p1 = questionIn(d, 'P1');
      if (p1.type === 'matrix') p1.rows[0].label = 'Verwaltung';
    });
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'P1'));
    expect(result.fields).toEqual(ALL_FIELDS);
    expect(result.index.blockers).toEqual([{ kind: 'question', question: 'P1' }]);
  });

  it('help text, required and answer format do not break comparability; strictHelpText makes help text break', () => {
    const change = (d: QuestionnaireDefinition) => {
      const a4 = questionIn(d, 'A4');
      a4.help = 'Vollzeitäquivalente.';
      a4.required = true;
      if (a4.type === 'number') a4.max = 500;
    };
    expect(compare(change)).toMatchObject({ questions: ALL_QUESTION_CODES, index: { comparable: true } });
    expect(compare(change, { strictHelpText: true }).questions).toEqual(without(ALL_QUESTION_CODES, 'A4'));
  });

  it('removed I2: INF is not comparable, the other INF questions are', () => {
    const result = compare((d) => {
      d.sections[4].questions.splice(1, 1);
    });
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'I2'));
    expect(result.fields).toEqual(without(ALL_FIELDS, 'INF'));
  });

  it('added scored V7 changes VER; an added unscored question changes no field', () => {
    const scored = compare((d) => {
      d.sections[3].questions.push(yesNo('V7', 'Nutzen Sie ein Dokumentenmanagementsystem?'));
    });
    expect(scored.questions).toEqual(ALL_QUESTION_CODES);
    expect(scored.fields).toEqual(without(ALL_FIELDS, 'VER'));
    const unscored = compare((d) => {
      d.sections[3].questions.push({ ...yesNo('V7', 'Gibt es ein Intranet?'), scored: false });
    });
    expect(unscored.fields).toEqual(ALL_FIELDS);
    expect(unscored.index.comparable).toBe(true);
  });

  it('moved V6 to SEN: V6, VER and SEN are not comparable', () => {
    const result = compare((d) => {
      const [v6] = d.sections[3].questions.splice(5, 1);
      d.sections[8].questions.push(v6);
    });
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'V6'));
    expect(result.fields).toEqual(without(ALL_FIELDS, 'VER', 'SEN'));
  });

  it('changed weight of V1 and changed condition of A2', () => {
    const result = compare((d) => {
      questionIn(d, 'V1').weight = 1;
      questionIn(d, 'A2').condition = { q: 'A1', in: ['a', 'b'] };
    });
    expect(result.questions).toEqual(without(ALL_QUESTION_CODES, 'A2', 'V1'));
    // A2 is not scored, so field A keeps its score.
    expect(result.fields).toEqual(without(ALL_FIELDS, 'VER'));
  });

  it('section weight, scoring parameters and added sections block the index, not the questions', () => {
    const weight = compare((d) => {
      d.sections[1].weight = 3;
    });
    expect(weight).toMatchObject({ questions: ALL_QUESTION_CODES, fields: ALL_FIELDS });
    expect(weight.index.blockers).toEqual([{ kind: 'section', section: 'A', change: 'weight' }]);

    const rule = compare((d) => {
      d.scoring.fieldMinAnsweredShare = { numerator: 3, denominator: 4 };
    });
    expect(rule.questions).toEqual(ALL_QUESTION_CODES);
    expect(rule.fields).toEqual([]);
    expect(rule.index.blockers[0]).toEqual({ kind: 'scoringParameter', parameter: 'fieldMinAnsweredShare' });
    expect(rule.index.blockers).toHaveLength(11);

    const added = compare((d) => {
      d.sections.splice(12, 0, {
        code: 'X',
        title: 'Klimaschutz',
        weight: 1,
        fieldOfAction: false,
        countsInIndex: true,
        questions: [yesNo('X1', 'Gibt es ein digitales Energiemonitoring?')],
      });
    });
    expect(added.fields).toEqual(ALL_FIELDS);
    expect(added.index.blockers).toEqual([{ kind: 'section', section: 'X', change: 'added' }]);
  });
});
