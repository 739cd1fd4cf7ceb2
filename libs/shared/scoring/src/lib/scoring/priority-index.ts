/**
 * Rule 5, the optional second index: the field scores weighted by the respondent's own P1 priorities.
 */
import { maturityLevel } from './maturity-level';
import { sum } from './overall-index';
import type { FieldResult, PriorityIndexResult } from './score-result';

export function computePriorityIndex(fields: readonly FieldResult[]): PriorityIndexResult {
  const counted = fields.filter((f) => f.score !== null && f.priority !== null && f.priority >= 1 && f.priority <= 5);
  const prioritySum = sum(counted.map((f) => f.priority ?? 0));
  const score =
    prioritySum > 0 ? Math.min(100, sum(counted.map((f) => (f.score ?? 0) * (f.priority ?? 0))) / prioritySum) : null;
  return {
    score,
    maturityLevel: score === null ? null : maturityLevel(score),
    prioritySum,
    fields: counted.map((f) => f.section),
  };
}
