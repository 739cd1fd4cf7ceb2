/**
 * The ranking of the fields of action (issue 9): urgency = priority × gap.
 *
 * - priority: the P1 value 1–5 of the field; unanswered counts as 3 (the middle of the scale); fields that P1
 *   marks "nicht relevant" are left out.
 * - gap: the lower bound of the next maturity level (20, 40, 60, 80) minus the field score; 0 at level 5. A field
 *   without a score ("unvollständig", "nicht bewertbar") counts as 0 points, so its gap is 20 (to "Erste Schritte").
 * - ties: the lower score first (no score counts as 0), then the order of the fields in the questionnaire.
 */
import { MATURITY_LEVELS, maturityLevel, type MaturityLevelInfo } from '../scoring/maturity-level';
import type { FieldResult, ResponseScore } from '../scoring/score-result';

/** Priority used when P1 has no value for the field. */
export const DEFAULT_FIELD_PRIORITY = 3;

export interface FieldUrgency {
  field: FieldResult;
  /** The P1 value, or DEFAULT_FIELD_PRIORITY when unanswered. */
  priority: number;
  /** Whether P1 gave the priority (false: the default was used). */
  priorityGiven: boolean;
  gap: number;
  urgency: number;
  /** The level the gap leads to; null at level 5. */
  nextLevel: MaturityLevelInfo | null;
  rank: number;
}

/** Gaps and urgencies are products of unrounded scores; six decimals drop floating-point noise only. */
const PRECISION = 1e6;
const clean = (x: number): number => Math.round(x * PRECISION) / PRECISION;

export function rankFieldsByUrgency(score: ResponseScore): FieldUrgency[] {
  const ranked = score.fields
    .map((field, order) => ({ field, order }))
    .filter(({ field }) => field.fieldOfAction && !field.notRelevant)
    .map(({ field, order }) => ({ entry: urgencyOf(field), order }));
  ranked.sort(
    (a, b) =>
      b.entry.urgency - a.entry.urgency || (a.entry.field.score ?? 0) - (b.entry.field.score ?? 0) || a.order - b.order,
  );
  return ranked.map(({ entry }, i) => ({ ...entry, rank: i + 1 }));
}

function urgencyOf(field: FieldResult): Omit<FieldUrgency, 'rank'> {
  const priorityGiven = field.priority !== null;
  const priority = field.priority ?? DEFAULT_FIELD_PRIORITY;
  const points = field.score ?? 0;
  const level = field.score === null ? 1 : maturityLevel(field.score);
  const nextLevel = level < 5 ? MATURITY_LEVELS[level] : null;
  const gap = nextLevel ? Math.max(0, clean(nextLevel.minScore - points)) : 0;
  return { field, priority, priorityGiven, gap, urgency: clean(priority * gap), nextLevel };
}
