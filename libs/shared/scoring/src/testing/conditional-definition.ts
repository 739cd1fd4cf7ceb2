/**
 * Test-only: a small definition that exercises what the default questionnaire barely uses: scored
 * questions behind conditions (including a chain), a scored matrix, a rate without fallback, and `any`,
 * `not`, `answered` and number comparisons.
 */
import {
  likert5,
  matrix,
  multipleChoice,
  numberQuestion,
  option,
  singleChoice,
  statusScale,
} from '../definitions/question-builders';
import type { QuestionnaireDefinition } from '../lib/definition/questionnaire-definition';

export function conditionalDefinition(): QuestionnaireDefinition {
  return {
    id: 'conditional-test',
    version: 1,
    title: 'Bedingte Fragen (Test)',
    scoring: {
      fieldMinAnsweredShare: { numerator: 2, denominator: 3 },
      indexMinScoredShare: { numerator: 2, denominator: 3 },
    },
    sections: [
      {
        code: 'X',
        title: 'Feld X',
        weight: 1,
        fieldOfAction: false,
        countsInIndex: true,
        questions: [
          singleChoice('X1', 'Einstieg', [option('a', 'a', 1), option('b', 'b', 0.5), option('c', 'c', 0)]),
          statusScale('X2', 'nur wenn X1 = a', {
            condition: { q: 'X1', in: ['a'] },
          }),
          // Chain: X3 depends on X2, which depends on X1.
          likert5('X3', 'nur wenn X2 beantwortet und nicht "kein Thema"', {
            condition: {
              all: [{ answered: 'X2' }, { not: { q: 'X2', in: ['keinThema'] } }],
            },
          }),
          numberQuestion(
            'X4',
            'Zahl, nur wenn X5 ≥ 10 oder X1 = b',
            {
              min: 0,
              numberScoring: { kind: 'linear', zeroAt: 0, fullAt: 10 },
            },
            {
              condition: {
                any: [
                  { q: 'X5', op: 'gte', value: 10 },
                  { q: 'X1', in: ['b'] },
                ],
              },
            },
          ),
          numberQuestion('X5', 'Hilfszahl (nicht bewertet)', { min: 0 }),
          {
            ...matrix(
              'X6',
              'bewertete Matrix',
              [
                { code: 'r1', label: 'Zeile 1' },
                { code: 'r2', label: 'Zeile 2' },
              ],
              [
                option('gut', 'gut', 1),
                option('mittel', 'mittel', 0.5),
                option('na', 'n/a', undefined, { notApplicable: true }),
              ],
            ),
            scored: true,
            weight: 2,
          },
          multipleChoice(
            'X7',
            'nur wenn Matrixzeile r1 = gut',
            2,
            [option('m1', 'm1'), option('m2', 'm2'), option('m3', 'm3')],
            {
              condition: { q: 'X6.r1', in: ['gut'] },
            },
          ),
        ],
      },
    ],
    indicators: [
      {
        code: 'x2Voll',
        label: 'X2 vollständig',
        question: 'X2',
        in: ['vollstaendig'],
      },
      { code: 'x6Gut', label: 'X6 gut', question: 'X6', in: ['gut'] },
    ],
  };
}
