/**
 * The interpreter for the condition language (see definition/condition.ts). Unanswered and hidden
 * questions make `in` and comparisons false, so `not` of them is true.
 */
import { type Condition, parseQuestionReference } from '../definition/condition';
import type { CompiledQuestion } from '../definition/compiled-definition';
import { isCompleteAnswer, type NormalisedAnswer } from '../answers/read-answer';

/** The answer of a question as it counts: null when unanswered, unusable or hidden. */
export type AnswerLookup = (questionCode: string) => {
  cq: CompiledQuestion;
  answer: NormalisedAnswer | null;
} | null;

export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  if ('answered' in condition) return isAnswered(condition.answered, lookup);
  if ('in' in condition) return selectedCodes(condition.q, lookup).some((code) => condition.in.includes(code));
  const value = numberAnswer(condition.q, lookup);
  if (value === null) return false;
  switch (condition.op) {
    case 'eq':
      return value === condition.value;
    case 'ne':
      return value !== condition.value;
    case 'lt':
      return value < condition.value;
    case 'lte':
      return value <= condition.value;
    case 'gt':
      return value > condition.value;
    case 'gte':
      return value >= condition.value;
  }
}

function isAnswered(reference: string, lookup: AnswerLookup): boolean {
  const { question, row } = parseQuestionReference(reference);
  const found = lookup(question);
  if (!found || found.answer === null) return false;
  if (row === null) return isCompleteAnswer(found.cq, found.answer);
  return found.answer.type === 'matrix' && found.answer.cells.has(row);
}

/** The option codes an answer stands for: one for a choice or matrix row, several for a multiple choice. */
export function selectedCodes(reference: string, lookup: AnswerLookup): string[] {
  const { question, row } = parseQuestionReference(reference);
  const answer = lookup(question)?.answer ?? null;
  if (answer === null) return [];
  switch (answer.type) {
    case 'choice':
      return [answer.option.code];
    case 'multiple':
      return answer.options.map((o) => o.code);
    case 'matrix': {
      const cell = row === null ? undefined : answer.cells.get(row);
      return cell ? [cell.code] : [];
    }
    default:
      return [];
  }
}

function numberAnswer(reference: string, lookup: AnswerLookup): number | null {
  const answer = lookup(parseQuestionReference(reference).question)?.answer ?? null;
  return answer?.type === 'number' ? answer.value : null;
}
