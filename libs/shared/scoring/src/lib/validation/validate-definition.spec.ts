/**
 * validateDefinition, codes and scoring: duplicate codes and what a scored question needs.
 */
import { errorsAfter, only, optionOf, question, raw } from '../../testing/definition-mutations';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';

describe('validateDefinition: codes and scoring', () => {
  describe('duplicate codes', () => {
    it('question codes across the whole definition, at the second occurrence', () => {
      expect(errorsAfter((d) => (question(d, 3, 1).code = 'A3'))).toEqual(
        only('/sections/3/questions/1', 'duplicateCode'),
      );
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
        {
          path: '/sections/1/questions/3/numberScoring/thresholds/1',
          code: 'thresholdsNotAscending',
          message: expect.any(String),
        },
        {
          path: '/sections/1/questions/3/numberScoring/thresholds/2',
          code: 'thresholdsNotAscending',
          message: expect.any(String),
        },
      ]);
    });

    it('rejects "above x" before "from x", and a repeated bound', () => {
      const thresholds = (list: unknown[]) =>
        errorsAfter((d) => (raw(raw(question(d, 1, 3))['numberScoring'])['thresholds'] = list));
      expect(
        thresholds([
          { above: 0, score: 0.5 },
          { from: 0, score: 0 },
        ]),
      ).toEqual(only('/sections/1/questions/3/numberScoring/thresholds/1', 'thresholdsNotAscending'));
      expect(
        thresholds([
          { from: 1, score: 0.5 },
          { from: 1, score: 1 },
        ]),
      ).toEqual(only('/sections/1/questions/3/numberScoring/thresholds/1', 'thresholdsNotAscending'));
    });

    it.each<[string, (d: QuestionnaireDefinition) => void, string, string]>([
      [
        'a standard scale with a changed score',
        (d) => {
          const v3 = question(d, 3, 2);
          if ('options' in v3) v3.options[1].score = 0.8;
        },
        '/sections/3/questions/2/options',
        'scaleMismatch',
      ],
      [
        'a scored free text',
        (d) => (question(d, 12, 0).scored = true),
        '/sections/12/questions/0/scored',
        'notScorable',
      ],
      ['a scored MC without k', (d) => delete raw(question(d, 3, 3))['k'], '/sections/3/questions/3', 'missingK'],
      [
        'k above the number of scored options',
        (d) => (raw(question(d, 3, 3))['k'] = 6),
        '/sections/3/questions/3/k',
        'kTooLarge',
      ],
      [
        'a scored number without numberScoring',
        (d) => delete raw(question(d, 1, 3))['numberScoring'],
        '/sections/1/questions/3',
        'missingNumberScoring',
      ],
      [
        'an option both n/a and "weiß nicht"',
        (d) => (optionOf(d, 4, 3, 4)['dontKnow'] = true),
        '/sections/4/questions/3/options/4',
        'conflictingFlags',
      ],
      [
        'a score on an MC option',
        (d) => (optionOf(d, 3, 3, 0)['score'] = 1),
        '/sections/3/questions/3/options/0/score',
        'unexpectedScore',
      ],
      [
        'an exclusive option outside a multiple choice',
        (d) => (optionOf(d, 3, 0, 0)['exclusive'] = true),
        '/sections/3/questions/0/options/0',
        'flagNotAllowed',
      ],
      [
        'a field counting into the index with weight 0',
        (d) => (d.sections[3].weight = 0),
        '/sections/3/weight',
        'invalidValue',
      ],
    ])('rejects %s', (_, breakIt, path, code) => {
      expect(errorsAfter(breakIt)).toEqual(only(path, code));
    });
  });
});
