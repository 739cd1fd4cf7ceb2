/**
 * One response read against its definition: every answer read once, every question's visibility decided.
 * Rule 7: a hidden question keeps its stored answer, but everything downstream (other conditions, scores,
 * indicators, completeness) sees it as unanswered, because they all look answers up through this view.
 */
import { type CompiledDefinition, compileDefinition } from '../definition/compiled-definition';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { type AnswerReading, readAnswer } from '../answers/read-answer';
import { type AnswerLookup, evaluateCondition } from './evaluate-condition';

export interface ResponseView {
  compiled: CompiledDefinition;
  readings: ReadonlyMap<string, AnswerReading>;
  visible: ReadonlyMap<string, boolean>;
  /** Looks answers up as they count: hidden questions answer null. */
  lookup: AnswerLookup;
}

export function readResponse(compiled: CompiledDefinition, answers: Readonly<Record<string, unknown>>): ResponseView {
  const readings = new Map<string, AnswerReading>();
  const visible = new Map<string, boolean>();
  for (const cq of compiled.questions) readings.set(cq.question.code, readAnswer(cq, answers[cq.question.code]));

  const lookup: AnswerLookup = (code) => {
    const cq = compiled.byCode.get(code);
    if (!cq) return null;
    const answer = visible.get(code) ? readings.get(code)?.answer : null;
    return { cq, answer: answer ?? null };
  };
  // Dependencies come first, so a condition only ever sees visibility that is already decided.
  for (const cq of compiled.visibilityOrder) {
    const condition = cq.question.condition;
    visible.set(cq.question.code, condition === undefined || evaluateCondition(condition, lookup));
  }
  return { compiled, readings, visible, lookup };
}

/** Which questions are shown for these answers, keyed by question code. */
export function questionVisibility(
  definition: QuestionnaireDefinition,
  answers: Readonly<Record<string, unknown>>,
): Record<string, boolean> {
  return Object.fromEntries(readResponse(compileDefinition(definition), answers).visible);
}
