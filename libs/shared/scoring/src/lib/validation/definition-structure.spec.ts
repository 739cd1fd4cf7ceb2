/**
 * validateDefinition, structure: missing, unknown and mistyped properties get one precise
 * error each (JSON pointer + code).
 */
import { copyOfDefault } from '../../testing/scoring-helpers';
import { errorsAfter, only, optionOf, question, raw } from '../../testing/definition-mutations';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { validateDefinition } from './validate-definition';

describe('validateDefinition: structure', () => {
  it('accepts the default questionnaire and returns it typed', () => {
    const definition = copyOfDefault();
    expect(validateDefinition(definition)).toEqual({ ok: true, definition });
  });

  describe('malformed structure', () => {
    it.each([
      ['not an object', null, '', 'wrongType'],
      ['an array', [], '', 'wrongType'],
    ])('rejects %s', (_, json, path, code) => {
      expect(validateDefinition(json)).toEqual({
        ok: false,
        errors: only(path, code),
      });
    });

    it.each<[string, (d: QuestionnaireDefinition) => void, string, string]>([
      ['a missing title', (d) => delete raw(d)['title'], '/title', 'missingProperty'],
      [
        'a missing question text',
        (d) => delete raw(question(d, 3, 0))['text'],
        '/sections/3/questions/0/text',
        'missingProperty',
      ],
      ['a weight given as a string', (d) => (raw(d.sections[3])['weight'] = '1'), '/sections/3/weight', 'wrongType'],
      [
        'questions that are not a list',
        (d) => (raw(d.sections[3])['questions'] = {}),
        '/sections/3/questions',
        'wrongType',
      ],
      [
        '"required" as a string',
        (d) => (raw(question(d, 1, 0))['required'] = 'ja'),
        '/sections/1/questions/0/required',
        'wrongType',
      ],
      [
        'a typo in a property name',
        (d) => (raw(question(d, 1, 0))['weigth'] = 3),
        '/sections/1/questions/0/weigth',
        'unknownProperty',
      ],
      ['an empty section', (d) => (d.sections[4].questions = []), '/sections/4/questions', 'emptyList'],
      [
        'a code with a dot',
        (d) => (d.sections[12].questions[0].code = 'E.1'),
        '/sections/12/questions/0/code',
        'invalidCode',
      ],
      [
        'a score above 1',
        (d) => (optionOf(d, 1, 0, 0)['score'] = 2),
        '/sections/1/questions/0/options/0/score',
        'invalidValue',
      ],
      [
        'a negative item weight',
        (d) => (question(d, 1, 0).weight = -3),
        '/sections/1/questions/0/weight',
        'invalidValue',
      ],
      [
        'a share above 1',
        (d) => (d.scoring.fieldMinAnsweredShare = { numerator: 4, denominator: 3 }),
        '/scoring/fieldMinAnsweredShare',
        'invalidValue',
      ],
      [
        'a gate level of 6',
        (d) => d.scoring.gate && (d.scoring.gate.maxMaturityLevel = 6),
        '/scoring/gate/maxMaturityLevel',
        'invalidValue',
      ],
      [
        'a condition of no known shape',
        (d) => (raw(question(d, 1, 1))['condition'] = { q: 'A1', equals: 'a' }),
        '/sections/1/questions/1/condition',
        'invalidCondition',
      ],
      [
        'an unknown comparison operator',
        (d) =>
          (raw(question(d, 1, 1))['condition'] = {
            q: 'S3',
            op: 'gt=',
            value: 1,
          }),
        '/sections/1/questions/1/condition/op',
        'invalidValue',
      ],
      [
        'an unknown number scoring',
        (d) => (raw(question(d, 1, 3))['numberScoring'] = { kind: 'log' }),
        '/sections/1/questions/3/numberScoring/kind',
        'invalidValue',
      ],
    ])('rejects %s', (_, breakIt, path, code) => {
      expect(errorsAfter(breakIt)).toEqual(only(path, code));
    });
  });

  it('rejects an unknown question type', () => {
    expect(errorsAfter((d) => (raw(question(d, 1, 0))['type'] = 'slider'))).toEqual(
      only('/sections/1/questions/0/type', 'unknownQuestionType'),
    );
  });
});
