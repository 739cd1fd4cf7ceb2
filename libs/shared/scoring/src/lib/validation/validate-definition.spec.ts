/**
 * validateDefinition: each kind of broken definition gets one precise error (JSON pointer + code).
 * Section indexes of the default: 0 S, 1 A (A1…A10, P1), 2 H, 3 VER (V1…V6), 4 INF, …
 */
import type { QuestionDefinition, QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { copyOfDefault } from '../../testing/scoring-helpers';
import type { DefinitionError } from './definition-errors';
import { validateDefinition } from './validate-definition';

type Json = Record<string, unknown>;

function errorsAfter(breakIt: (definition: QuestionnaireDefinition) => void): DefinitionError[] {
  const definition = copyOfDefault();
  breakIt(definition);
  const result = validateDefinition(definition);
  return result.ok ? [] : result.errors;
}

const only = (path: string, code: string) => [{ path, code, message: expect.any(String) }];
const question = (d: QuestionnaireDefinition, section: number, index: number): QuestionDefinition =>
  d.sections[section].questions[index];
const raw = (value: unknown): Json => value as Json;
const optionOf = (d: QuestionnaireDefinition, section: number, index: number, option: number): Json =>
  (raw(question(d, section, index))['options'] as Json[])[option];

describe('validateDefinition', () => {
  it('accepts the default questionnaire and returns it typed', () => {
    const definition = copyOfDefault();
    expect(validateDefinition(definition)).toEqual({ ok: true, definition });
  });

  describe('malformed structure', () => {
    it.each([
      ['not an object', null, '', 'wrongType'],
      ['an array', [], '', 'wrongType'],
    ])('rejects %s', (_, json, path, code) => {
      expect(validateDefinition(json)).toEqual({ ok: false, errors: only(path, code) });
    });

    it.each<[string, (d: QuestionnaireDefinition) => void, string, string]>([
      ['a missing title', (d) => delete raw(d)['title'], '/title', 'missingProperty'],
      ['a missing question text', (d) => delete raw(question(d, 3, 0))['text'], '/sections/3/questions/0/text', 'missingProperty'],
      ['a weight given as a string', (d) => (raw(d.sections[3])['weight'] = '1'), '/sections/3/weight', 'wrongType'],
      ['questions that are not a list', (d) => (raw(d.sections[3])['questions'] = {}), '/sections/3/questions', 'wrongType'],
      ['"required" as a string', (d) => (raw(question(d, 1, 0))['required'] = 'ja'), '/sections/1/questions/0/required', 'wrongType'],
      ['a typo in a property name', (d) => (raw(question(d, 1, 0))['weigth'] = 3), '/sections/1/questions/0/weigth', 'unknownProperty'],
      ['an empty section', (d) => (d.sections[4].questions = []), '/sections/4/questions', 'emptyList'],
      ['a code with a dot', (d) => (d.sections[12].questions[0].code = 'E.1'), '/sections/12/questions/0/code', 'invalidCode'],
      ['a score above 1', (d) => optionOf(d, 1, 0, 0)['score'] = 2, '/sections/1/questions/0/options/0/score', 'invalidValue'],
      ['a negative item weight', (d) => (question(d, 1, 0).weight = -3), '/sections/1/questions/0/weight', 'invalidValue'],
      ['a share above 1', (d) => (d.scoring.fieldMinAnsweredShare = { numerator: 4, denominator: 3 }), '/scoring/fieldMinAnsweredShare', 'invalidValue'],
      ['a gate level of 6', (d) => d.scoring.gate && (d.scoring.gate.maxMaturityLevel = 6), '/scoring/gate/maxMaturityLevel', 'invalidValue'],
      ['a condition of no known shape', (d) => (raw(question(d, 1, 1))['condition'] = { q: 'A1', equals: 'a' }), '/sections/1/questions/1/condition', 'invalidCondition'],
      ['an unknown comparison operator', (d) => (raw(question(d, 1, 1))['condition'] = { q: 'S3', op: 'gt=', value: 1 }), '/sections/1/questions/1/condition/op', 'invalidValue'],
      ['an unknown number scoring', (d) => (raw(question(d, 1, 3))['numberScoring'] = { kind: 'log' }), '/sections/1/questions/3/numberScoring/kind', 'invalidValue'],
    ])('rejects %s', (_, breakIt, path, code) => {
      expect(errorsAfter(breakIt)).toEqual(only(path, code));
    });
  });

  it('rejects an unknown question type', () => {
    expect(errorsAfter((d) => (raw(question(d, 1, 0))['type'] = 'slider'))).toEqual(
      only('/sections/1/questions/0/type', 'unknownQuestionType'),
    );
  });

  describe('duplicate codes', () => {
    it('question codes across the whole definition, at the second occurrence', () => {
      expect(errorsAfter((d) => (question(d, 3, 1).code = 'A3'))).toEqual(only('/sections/3/questions/1', 'duplicateCode'));
    });

    it('section codes, at the list', () => {
      const errors = errorsAfter((d) => (d.sections[12].code = 'S'));
      expect(errors).toEqual(only('/sections', 'duplicateCode'));
    });

    it('option codes within a question, at its options', () => {
      const errors = errorsAfter((d) => {
        const v4 = question(d, 3, 3);
        if ('options' in v4) v4.options[1].code = 'terminbuchung';
      });
      expect(errors).toEqual(only('/sections/3/questions/3/options', 'duplicateCode'));
    });

    it('row codes within a matrix, at its rows', () => {
      const errors = errorsAfter((d) => {
        const h1 = question(d, 2, 0);
        if (h1.type === 'matrix') h1.rows[1].code = 'a';
      });
      expect(errors).toEqual(only('/sections/2/questions/0/rows', 'duplicateCode'));
    });
  });

  describe('conditions', () => {
    it('rejects a reference to an unknown question', () => {
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'A99', in: ['a'] }))).toEqual(
        only('/sections/1/questions/1/condition/q', 'unknownQuestion'),
      );
    });

    it('rejects an unknown option, row or a mismatched question type', () => {
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'A1', in: ['z'] }))).toEqual(
        only('/sections/1/questions/1/condition/in/0', 'unknownOption'),
      );
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { answered: 'P1.XYZ' }))).toEqual(
        only('/sections/1/questions/1/condition/answered', 'unknownRow'),
      );
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'A1', op: 'gt', value: 1 }))).toEqual(
        only('/sections/1/questions/1/condition/q', 'questionTypeMismatch'),
      );
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'P1', in: ['5'] }))).toEqual(
        only('/sections/1/questions/1/condition/q', 'questionTypeMismatch'),
      );
    });

    it('rejects a direct cycle: A2 shown if A3, A3 shown if A2', () => {
      const errors = errorsAfter((d) => {
        question(d, 1, 1).condition = { q: 'A3', in: ['ja'] };
        question(d, 1, 2).condition = { any: [{ q: 'A2', in: ['VER'] }] };
      });
      expect(errors).toEqual([
        { path: '/sections/1/questions/1/condition', code: 'conditionCycle', message: 'Conditions form a cycle: A2 → A3 → A2.' },
      ]);
    });

    it('rejects an indirect cycle: V1 if V2, V2 if V3, V3 if V1', () => {
      const errors = errorsAfter((d) => {
        question(d, 3, 0).condition = { q: 'V2', in: ['alle'] };
        question(d, 3, 1).condition = { not: { answered: 'V3' } };
        question(d, 3, 2).condition = { q: 'V1', in: ['keine'] };
      });
      expect(errors).toEqual([
        { path: '/sections/3/questions/0/condition', code: 'conditionCycle', message: 'Conditions form a cycle: V1 → V2 → V3 → V1.' },
      ]);
    });

    it('rejects a question conditional on itself', () => {
      expect(errorsAfter((d) => (question(d, 3, 0).condition = { answered: 'V1' }))).toEqual(
        only('/sections/3/questions/0/condition', 'conditionCycle'),
      );
    });

    it('accepts a chain that is not a cycle', () => {
      expect(
        errorsAfter((d) => {
          question(d, 3, 1).condition = { q: 'V1', in: ['ab100'] };
          question(d, 3, 2).condition = { answered: 'V2' };
        }),
      ).toEqual([]);
    });
  });

  describe('scoring', () => {
    it('rejects a scored choice question without option scores', () => {
      const errors = errorsAfter((d) => {
        const a1 = question(d, 1, 0);
        if ('options' in a1) delete a1.options[0].score;
      });
      expect(errors).toEqual(only('/sections/1/questions/0/options/0', 'missingOptionScore'));
    });

    it('rejects number thresholds that are not ascending', () => {
      const errors = errorsAfter((d) => {
        const a4 = question(d, 1, 3);
        if (a4.type === 'number' && a4.numberScoring?.kind === 'thresholds') a4.numberScoring.thresholds.reverse();
      });
      expect(errors).toEqual([
        { path: '/sections/1/questions/3/numberScoring/thresholds/1', code: 'thresholdsNotAscending', message: expect.any(String) },
        { path: '/sections/1/questions/3/numberScoring/thresholds/2', code: 'thresholdsNotAscending', message: expect.any(String) },
      ]);
    });

    it('rejects "above x" before "from x", and a repeated bound', () => {
      const thresholds = (list: unknown[]) =>
        errorsAfter((d) => (raw(raw(question(d, 1, 3))['numberScoring'])['thresholds'] = list));
      expect(thresholds([{ above: 0, score: 0.5 }, { from: 0, score: 0 }])).toEqual(
        only('/sections/1/questions/3/numberScoring/thresholds/1', 'thresholdsNotAscending'),
      );
      expect(thresholds([{ from: 1, score: 0.5 }, { from: 1, score: 1 }])).toEqual(
        only('/sections/1/questions/3/numberScoring/thresholds/1', 'thresholdsNotAscending'),
      );
    });

    it.each<[string, (d: QuestionnaireDefinition) => void, string, string]>([
      ['a standard scale with a changed score', (d) => { const v3 = question(d, 3, 2); if ('options' in v3) v3.options[1].score = 0.8; }, '/sections/3/questions/2/options', 'scaleMismatch'],
      ['a scored free text', (d) => (question(d, 12, 0).scored = true), '/sections/12/questions/0/scored', 'notScorable'],
      ['a scored MC without k', (d) => delete raw(question(d, 3, 3))['k'], '/sections/3/questions/3', 'missingK'],
      ['k above the number of scored options', (d) => (raw(question(d, 3, 3))['k'] = 6), '/sections/3/questions/3/k', 'kTooLarge'],
      ['a scored number without numberScoring', (d) => delete raw(question(d, 1, 3))['numberScoring'], '/sections/1/questions/3', 'missingNumberScoring'],
      ['an option both n/a and "weiß nicht"', (d) => optionOf(d, 4, 3, 4)['dontKnow'] = true, '/sections/4/questions/3/options/4', 'conflictingFlags'],
      ['a score on an MC option', (d) => optionOf(d, 3, 3, 0)['score'] = 1, '/sections/3/questions/3/options/0/score', 'unexpectedScore'],
      ['an exclusive option outside a multiple choice', (d) => optionOf(d, 3, 0, 0)['exclusive'] = true, '/sections/3/questions/0/options/0', 'flagNotAllowed'],
      ['a field counting into the index with weight 0', (d) => (d.sections[3].weight = 0), '/sections/3/weight', 'invalidValue'],
    ])('rejects %s', (_, breakIt, path, code) => {
      expect(errorsAfter(breakIt)).toEqual(only(path, code));
    });
  });

  describe('references of the scoring parameters', () => {
    it('P1 rows must name fields of action; Strategie & Steuerung cannot be excluded', () => {
      const errors = errorsAfter((d) => {
        const p1 = question(d, 1, 10);
        if (p1.type === 'matrix') p1.rows[0].code = 'A';
      });
      expect(errors).toEqual(only('/sections/1/questions/10/rows/0', 'notAFieldOfAction'));
      const unknown = errorsAfter((d) => {
        const p1 = question(d, 1, 10);
        if (p1.type === 'matrix') p1.rows[0].code = 'XYZ';
      });
      expect(unknown).toEqual(only('/sections/1/questions/10/rows/0', 'unknownSection'));
    });

    it('P1 options need priorities 1–5', () => {
      const errors = errorsAfter((d) => {
        const p1 = question(d, 1, 10);
        if ('options' in p1) p1.options[4].value = 7;
      });
      expect(errors).toEqual(only('/sections/1/questions/10/options/4', 'invalidPriorityScale'));
    });

    it('the population of a rate and the gate must resolve', () => {
      const population = errorsAfter((d) => {
        const a4 = question(d, 1, 3);
        if (a4.type === 'number' && a4.numberScoring?.perPopulation) a4.numberScoring.perPopulation.populationQuestion = 'S2';
      });
      expect(population).toEqual(only('/sections/1/questions/3/numberScoring/perPopulation/populationQuestion', 'questionTypeMismatch'));
      const gate = errorsAfter((d) => d.scoring.gate && (d.scoring.gate.unless = { q: 'A0', in: ['a'] }));
      expect(gate).toEqual(only('/scoring/gate/unless/q', 'unknownQuestion'));
    });

    it('indicators must name a question with the listed options', () => {
      expect(errorsAfter((d) => (d.indicators[0].question = 'A99'))).toEqual(only('/indicators/0/question', 'unknownQuestion'));
      expect(errorsAfter((d) => (d.indicators[1].in = ['4', '6']))).toEqual(only('/indicators/1/in/1', 'unknownOption'));
    });
  });
});
