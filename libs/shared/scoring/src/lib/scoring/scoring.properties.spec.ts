/**
 * Property-based tests (fast-check) of invariants the scoring must keep for any response.
 */
import fc from 'fast-check';
import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { answersArbitrary, completeAnswersArbitrary } from '../../testing/answer-arbitraries';
import { conditionalDefinition } from '../../testing/conditional-definition';
import { copyOfDefault } from '../../testing/scoring-helpers';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { scoreResponse } from './score-response';
import type { ResponseScore } from './score-result';

const DEFINITIONS: [string, QuestionnaireDefinition][] = [
  ['default questionnaire', DIGITALE_KOMMUNE_V1],
  ['conditional fixture', conditionalDefinition()],
];
const referencePopulation = fc.option(fc.integer({ min: 1, max: 4_000_000 }), {
  nil: undefined,
});
const allCodes = DIGITALE_KOMMUNE_V1.sections.flatMap((s) => s.questions.map((q) => q.code));

function expectWithinBounds(result: ResponseScore): void {
  const scores = [...result.fields.map((f) => f.score), result.index.score, result.priorityIndex.score].filter(
    (s): s is number => s !== null,
  );
  for (const score of scores) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
  }
  for (const item of result.fields.flatMap((f) => f.items)) {
    if (item.score !== null) expect(item.score >= 0 && item.score <= 1).toBe(true);
  }
  const { maturityLevel, gatedMaturityLevel } = result.index;
  if (maturityLevel !== null && gatedMaturityLevel !== null)
    expect(gatedMaturityLevel).toBeLessThanOrEqual(maturityLevel);
}

describe.each(DEFINITIONS)('scores always lie within 0..100 (%s)', (_, definition) => {
  it('for valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary(definition), referencePopulation, (answers, population) => {
        expectWithinBounds(
          scoreResponse(definition, answers, {
            referencePopulation: population,
          }),
        );
      }),
    );
  });
});

it('scores stay within 0..100 for arbitrary garbage answers, and the result is plain JSON', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...allCodes), fc.jsonValue()), (answers) => {
      const result = scoreResponse(DIGITALE_KOMMUNE_V1, answers, {
        referencePopulation: 12000,
      });
      expectWithinBounds(result);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }),
  );
});

/**
 * The invariant for "nicht zutreffend": let the other items of the field give Σ' = Σ(w·s) and A'. Answered
 * n/a, the item leaves W and A, so the field scores 100·Σ'/A'. Answered with its worst option (s = 0), it
 * stays in A, so the field scores 100·Σ'/(A' + w) ≤ 100·Σ'/A'. Hence: whenever the field has a score in both
 * cases, n/a never scores lower than the worst answer. (n/a can lower the score compared with a good answer,
 * and it can make a field "unvollständig" because W shrinks along with A; see the unit test below.)
 */
describe('"nicht zutreffend" never scores lower than the worst answer', () => {
  const WITH_NOT_APPLICABLE = DIGITALE_KOMMUNE_V1.sections.flatMap((section) =>
    section.questions.flatMap((q) => {
      if (!('options' in q) || !q.scored) return [];
      const notApplicable = q.options.find((o) => o.notApplicable);
      const worst = q.options.filter((o) => o.score === 0)[0];
      return notApplicable && worst
        ? [
            {
              section: section.code,
              question: q.code,
              notApplicable: notApplicable.code,
              worst: worst.code,
            },
          ]
        : [];
    }),
  );

  it('covers every UST question and I4', () => {
    expect(WITH_NOT_APPLICABLE.map((c) => c.question)).toEqual([
      'V3',
      'I3',
      'I4',
      'B1',
      'W2',
      'W3',
      'T1',
      'G1',
      'G2',
      'Z1',
      'Z2',
      'O1',
      'O2',
      'O4',
      'L2',
    ]);
  });

  it('for any other answers', () => {
    fc.assert(
      fc.property(answersArbitrary(DIGITALE_KOMMUNE_V1), fc.constantFrom(...WITH_NOT_APPLICABLE), (answers, c) => {
        const field = (answer: string) =>
          scoreResponse(
            DIGITALE_KOMMUNE_V1,
            { ...answers, [c.question]: answer },
            { referencePopulation: 20000 },
          ).fields.find((f) => f.section === c.section);
        const notApplicable = field(c.notApplicable);
        const worst = field(c.worst);
        if (!notApplicable || !worst) throw new Error('field missing');
        const weight = worst.items.find((i) => i.question === c.question)?.weight ?? 0;
        expect(worst.weightedScoreSum).toBeCloseTo(notApplicable.weightedScoreSum, 12);
        expect(worst.weightAnswered).toBe(notApplicable.weightAnswered + weight);
        if (notApplicable.score !== null && worst.score !== null) {
          expect(notApplicable.score).toBeGreaterThanOrEqual(worst.score - 1e-9);
        }
      }),
    );
  });

  it('but n/a can make a field "unvollständig" where the worst answer would not', () => {
    // SOZ with Z3 open: worst Z1 → W = 3, A = 2 (2/3, scored); n/a Z1 → W = 2, A = 1 (1/2 < 2/3)
    const soz = (z1: string) =>
      scoreResponse(DIGITALE_KOMMUNE_V1, {
        Z1: z1,
        Z2: 'vollstaendig',
      }).fields.find((f) => f.section === 'SOZ');
    expect(soz('keinThema')?.status).toBe('scored');
    expect(soz('nichtZutreffend')?.status).toBe('incomplete');
  });
});

describe.each(DEFINITIONS)('answering a hidden question never changes anything (%s)', (_, definition) => {
  it('for any answers', () => {
    fc.assert(
      fc.property(answersArbitrary(definition), completeAnswersArbitrary(definition), (answers, extra) => {
        const before = scoreResponse(definition, answers, {
          referencePopulation: 5000,
        });
        const hiddenAnswers = Object.fromEntries(before.hiddenQuestions.map((code) => [code, extra[code]]));
        const after = scoreResponse(definition, { ...answers, ...hiddenAnswers }, { referencePopulation: 5000 });
        expect(after).toEqual(before);
      }),
    );
  });
});

describe('scaling all weights in a field by a positive constant leaves its score unchanged', () => {
  const SECTIONS = DIGITALE_KOMMUNE_V1.sections.filter((s) => s.countsInIndex).map((s) => s.code);
  // Dyadic factors keep the weights exact, so the 2/3 comparison cannot flip by rounding.
  const factor = fc
    .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 10 }))
    .map(([n, m]) => n / 2 ** m);

  it('for any answers, field and factor', () => {
    fc.assert(
      fc.property(
        answersArbitrary(DIGITALE_KOMMUNE_V1),
        fc.constantFrom(...SECTIONS),
        factor,
        (answers, section, c) => {
          const scaled = copyOfDefault();
          for (const q of scaled.sections.find((s) => s.code === section)?.questions ?? [])
            q.weight = (q.weight ?? 1) * c;
          const context = { referencePopulation: 30000 };
          const before = scoreResponse(DIGITALE_KOMMUNE_V1, answers, context).fields.find((f) => f.section === section);
          const after = scoreResponse(scaled, answers, context).fields.find((f) => f.section === section);
          expect(after?.status).toBe(before?.status);
          if (before?.score != null) expect(after?.score).toBeCloseTo(before.score, 9);
        },
      ),
    );
  });
});
