/**
 * Rule 3 (overall index) and the rule 4 gate on its maturity level.
 */
import type { ScoringParameters } from '../definition/questionnaire-definition';
import { evaluateCondition } from '../conditions/evaluate-condition';
import type { ResponseView } from '../conditions/response-view';
import { shareStatus } from './field-score';
import { type MaturityLevel, maturityLevel } from './maturity-level';
import type { FieldResult, IndexResult } from './score-result';

export function computeIndex(
  fields: readonly FieldResult[],
  scoring: ScoringParameters,
  view: ResponseView,
): IndexResult {
  const inIndex = fields.filter((f) => f.countsInIndex);
  // Only Handlungsfelder can be declared not relevant; Strategie & Steuerung always counts.
  const excluded = inIndex.filter((f) => f.fieldOfAction && f.notRelevant);
  const remaining = inIndex.filter((f) => !excluded.includes(f));
  const withScore = remaining.filter((f) => f.score !== null);

  const weightRemaining = sum(remaining.map((f) => f.indexWeight));
  const weightScored = sum(withScore.map((f) => f.indexWeight));
  const status = shareStatus(weightRemaining, weightScored, scoring.indexMinScoredShare);
  const score =
    status === 'scored'
      ? Math.min(100, sum(withScore.map((f) => f.indexWeight * (f.score ?? 0))) / weightScored)
      : null;
  const level = score === null ? null : maturityLevel(score);
  const gatedLevel = level === null ? null : gatedMaturityLevel(level, scoring, view);
  return {
    status,
    score,
    maturityLevel: level,
    gatedMaturityLevel: gatedLevel,
    gateApplied: level !== null && gatedLevel !== null && gatedLevel < level,
    weightRemaining,
    weightScored,
    excludedFields: excluded.map((f) => f.section),
  };
}

/** The score stays as it is; only the level is capped while the gate's condition does not hold. */
function gatedMaturityLevel(level: MaturityLevel, scoring: ScoringParameters, view: ResponseView): MaturityLevel {
  const gate = scoring.gate;
  if (!gate || evaluateCondition(gate.unless, view.lookup)) return level;
  return Math.min(level, gate.maxMaturityLevel) as MaturityLevel;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
