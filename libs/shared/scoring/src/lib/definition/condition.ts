/**
 * Conditions are a small declarative JSON language, evaluated by an interpreter (see
 * conditions/evaluate-condition.ts), never by eval or Function.
 *
 * A reference `q` names a question ("A1") or, for a matrix, one row ("P1.TOU").
 *
 *   { "q": "A1", "in": ["a", "b", "c"] }          answer is one of (multiple choice: any selected is)
 *   { "answered": "S3" }                           the question has an answer (matrix: every row)
 *   { "q": "S3", "op": "gte", "value": 10000 }     number comparison; false while unanswered
 *   { "all": [...] }  { "any": [...] }  { "not": {...} }
 */
export type Condition = InCondition | AnsweredCondition | CompareCondition | AllCondition | AnyCondition | NotCondition;

export interface InCondition {
  q: string;
  in: string[];
}

export interface AnsweredCondition {
  answered: string;
}

export const COMPARE_OPERATORS = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'] as const;
export type CompareOperator = (typeof COMPARE_OPERATORS)[number];

export interface CompareCondition {
  q: string;
  op: CompareOperator;
  value: number;
}

export interface AllCondition {
  all: Condition[];
}

export interface AnyCondition {
  any: Condition[];
}

export interface NotCondition {
  not: Condition;
}

/** Splits "P1.TOU" into the question code and the optional matrix row code. */
export function parseQuestionReference(reference: string): {
  question: string;
  row: string | null;
} {
  const dot = reference.indexOf('.');
  return dot < 0
    ? { question: reference, row: null }
    : { question: reference.slice(0, dot), row: reference.slice(dot + 1) };
}

/** Every question reference in a condition, in order of appearance. */
export function conditionReferences(condition: Condition): string[] {
  const references: string[] = [];
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else if ('answered' in c) references.push(c.answered);
    else references.push(c.q);
  };
  visit(condition);
  return references;
}
