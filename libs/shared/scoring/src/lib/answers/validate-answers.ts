/**
 * Checks the answers of a response against its definition, one error code per question code.
 *
 * Type and range are checked for every stored answer, hidden ones included: a hidden answer is kept and
 * must still be valid if its question becomes visible again. `required` is checked only at submit and only
 * for visible questions.
 */
import { compileDefinition } from '../definition/compiled-definition';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { readResponse } from '../conditions/response-view';
import type { AnswerErrorCode } from './answer-types';
import { isCompleteAnswer } from './read-answer';

export interface ValidateAnswersOptions {
  /** Drafts may leave anything open; a submit needs every visible required question. */
  forSubmit: boolean;
}

export interface AnswerValidationResult {
  ok: boolean;
  /** e.g. { A1: 'required', A4: 'belowMin', V4: 'exclusiveCombined' } */
  errors: Record<string, AnswerErrorCode>;
}

export function validateAnswers(
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, unknown>>,
  options: ValidateAnswersOptions = { forSubmit: false },
): AnswerValidationResult {
  const compiled = compileDefinition(definition);
  const view = readResponse(compiled, answers);
  const errors: Record<string, AnswerErrorCode> = {};

  for (const code of Object.keys(answers)) {
    if (!compiled.byCode.has(code)) errors[code] = 'unknownQuestion';
  }
  for (const cq of compiled.questions) {
    const code = cq.question.code;
    const reading = view.readings.get(code);
    if (reading?.error) {
      errors[code] = reading.error;
    } else if (options.forSubmit && cq.question.required && view.visible.get(code)) {
      const answer = reading?.answer ?? null;
      if (answer === null) errors[code] = 'required';
      else if (!isCompleteAnswer(cq, answer)) errors[code] = 'rowsMissing';
    }
  }
  return { ok: Object.keys(errors).length === 0, errors };
}
