/**
 * Reads the field priorities (P1): which fields are "nicht relevant" (rule 3) and which priority 1–5 each
 * has (rule 5). Rows are section codes; a hidden or unanswered P1 excludes nothing.
 */
import type { ScoringParameters } from '../definition/questionnaire-definition';
import type { ResponseView } from '../conditions/response-view';
import type { FieldPriority } from './field-score';

const NO_PRIORITY: FieldPriority = { priority: null, notRelevant: false };

export function readFieldPriorities(
  view: ResponseView,
  scoring: ScoringParameters,
): (section: string) => FieldPriority {
  const answer = scoring.fieldPriority ? view.lookup(scoring.fieldPriority.question)?.answer : null;
  if (answer?.type !== 'matrix') return () => NO_PRIORITY;
  return (section) => {
    const cell = answer.cells.get(section);
    if (!cell) return NO_PRIORITY;
    if (cell.notApplicable) return { priority: null, notRelevant: true };
    return { priority: cell.value ?? null, notRelevant: false };
  };
}
