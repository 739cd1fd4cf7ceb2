/**
 * Test-only fast-check generators of answers that are valid for their question (range included), built
 * from any definition, so the properties hold for the default questionnaire and the test fixtures alike.
 */
import fc from 'fast-check';
import type { QuestionDefinition, QuestionnaireDefinition } from '../lib/definition/questionnaire-definition';

export function validAnswerArbitrary(question: QuestionDefinition): fc.Arbitrary<unknown> {
  switch (question.type) {
    case 'multipleChoice': {
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.code);
      const others = question.options.filter((o) => !o.exclusive).map((o) => o.code);
      return fc.oneof(fc.subarray(others, { minLength: 1 }), ...exclusive.map((code) => fc.constant([code])));
    }
    case 'number': {
      const min = question.min ?? 0;
      const max = question.max ?? Math.max(min + 1000, 1000);
      const value = question.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return question.askReferenceDate
        ? fc.oneof(
            value,
            value.map((v) => ({ value: v, referenceDate: '2024-12-31' })),
          )
        : value;
    }
    case 'text': {
      const text =
        question.format === 'ars'
          ? fc.stringMatching(/^[0-9]{12}$/)
          : fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
      return question.consentLabel === undefined
        ? text
        : fc.oneof(text, fc.record({ text, consentToPublish: fc.boolean() }));
    }
    case 'matrix': {
      const cell = fc.constantFrom(...question.options.map((o) => o.code));
      return fc.record(Object.fromEntries(question.rows.map((r) => [r.code, cell])), { requiredKeys: [] });
    }
    default:
      return fc.constantFrom(...question.options.map((o) => o.code));
  }
}

/** Any subset of the questions answered, each validly. */
export function answersArbitrary(definition: QuestionnaireDefinition): fc.Arbitrary<Record<string, unknown>> {
  const questions = definition.sections.flatMap((s) => s.questions);
  return fc.record(Object.fromEntries(questions.map((q) => [q.code, validAnswerArbitrary(q)])), { requiredKeys: [] });
}

/** Every question answered, each validly (matrices may still miss rows). */
export function completeAnswersArbitrary(definition: QuestionnaireDefinition): fc.Arbitrary<Record<string, unknown>> {
  const questions = definition.sections.flatMap((s) => s.questions);
  return fc.record(Object.fromEntries(questions.map((q) => [q.code, validAnswerArbitrary(q)])));
}
