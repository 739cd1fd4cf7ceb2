/**
 * Rule 2: the score of one field (section). Items that count are the visible scored questions not answered
 * "not applicable"; W is their weight, A the weight of those answered.
 */
import type { CompiledQuestion } from '../definition/compiled-definition';
import type { Fraction, SectionDefinition } from '../definition/questionnaire-definition';
import type { ResponseView } from '../conditions/response-view';
import { type ScoringContext, scoreItem } from './item-score';
import { maturityLevel } from './maturity-level';
import type { FieldResult, FieldStatus } from './score-result';

export interface FieldPriority {
  priority: number | null;
  notRelevant: boolean;
}

export function scoreField(
  section: SectionDefinition,
  questions: readonly CompiledQuestion[],
  view: ResponseView,
  minAnsweredShare: Fraction,
  priority: FieldPriority,
  context: ScoringContext,
): FieldResult {
  const items = questions.filter((cq) => cq.question.scored).map((cq) => scoreItem(cq, view, context));
  let weightCounted = 0;
  let weightAnswered = 0;
  let weightedScoreSum = 0;
  for (const item of items) {
    if (item.status === 'notApplicable' || item.status === 'hidden') continue;
    weightCounted += item.weight;
    if (item.weightedScore === null) continue;
    weightAnswered += item.weight;
    weightedScoreSum += item.weightedScore;
  }
  const status = shareStatus(weightCounted, weightAnswered, minAnsweredShare);
  // Guard the upper end against rounding in Σ(w·s) / A; every s is at most 1.
  const score = status === 'scored' ? Math.min(100, (100 * weightedScoreSum) / weightAnswered) : null;
  return {
    section: section.code,
    title: section.title,
    fieldOfAction: section.fieldOfAction,
    countsInIndex: section.countsInIndex,
    indexWeight: section.weight,
    status,
    score,
    maturityLevel: score === null ? null : maturityLevel(score),
    weightCounted,
    weightAnswered,
    weightedScoreSum,
    priority: priority.priority,
    notRelevant: priority.notRelevant,
    items,
  };
}

/** Shared by rules 2 and 3: nothing to count, too little answered, or a score. */
export function shareStatus(total: number, part: number, minShare: Fraction): FieldStatus {
  if (total <= 0) return 'notAssessable';
  // Even with a share of 0, a mean needs something to average.
  if (part <= 0) return 'incomplete';
  // part / total < n / d, compared without division so that exactly 2/3 passes.
  return part * minShare.denominator < minShare.numerator * total ? 'incomplete' : 'scored';
}
