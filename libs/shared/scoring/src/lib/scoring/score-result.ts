/**
 * What scoreResponse returns: plain JSON (no undefined, no Map), so the API can store it as jsonb and the
 * dashboard can render it as is. Scores are unrounded doubles on 0–100 (items on 0–1); round only for
 * display (roundScoreForDisplay).
 */
import type { MaturityLevel } from './maturity-level';

export interface ResponseScore {
  definition: { id: string; version: number };
  fields: FieldResult[];
  index: IndexResult;
  priorityIndex: PriorityIndexResult;
  /** Rule 6: true/false, or null when the item is unanswered or hidden; a matrix gives one value per row. */
  indicators: Record<string, IndicatorValue>;
  completeness: CompletenessResult;
  /** Questions whose condition is false; their stored answers count nowhere (rule 7). */
  hiddenQuestions: string[];
}

export type IndicatorValue = boolean | null | Record<string, boolean | null>;

/** Rule 2. `incomplete` reads "unvollständig", `notAssessable` reads "nicht bewertbar" in the UI. */
export type FieldStatus = 'scored' | 'incomplete' | 'notAssessable';

export interface FieldResult {
  section: string;
  title: string;
  fieldOfAction: boolean;
  countsInIndex: boolean;
  /** The section's weight in the overall index. */
  indexWeight: number;
  status: FieldStatus;
  /** 100 · Σ(w·s) / A, or null unless status is `scored`. */
  score: number | null;
  maturityLevel: MaturityLevel | null;
  /** W: weight of the visible scored items not answered "not applicable". */
  weightCounted: number;
  /** A: the part of W that has an answer. */
  weightAnswered: number;
  /** Σ(w·s) over the answered items. */
  weightedScoreSum: number;
  /** P1 priority 1–5, null when not given. */
  priority: number | null;
  /** P1 marks the field "nicht relevant": it stays out of the index (rule 3). */
  notRelevant: boolean;
  items: ItemResult[];
}

/**
 * Why an item counts or not. `answered`: in W and A. `unanswered`, `invalidAnswer` (the stored value does
 * not fit the question) and `populationUnknown` (a rate with no population to divide by): in W only, so
 * they lower completeness, not the score. `notApplicable` and `hidden`: in neither.
 */
export type ItemStatus = 'answered' | 'unanswered' | 'invalidAnswer' | 'populationUnknown' | 'notApplicable' | 'hidden';

export interface ItemResult {
  question: string;
  weight: number;
  status: ItemStatus;
  /** s in [0, 1], null unless answered. */
  score: number | null;
  /** w · s, the item's share of Σ(w·s). */
  weightedScore: number | null;
  /** Answered "weiß nicht": scores 0 and counts as answered. */
  dontKnow: boolean;
  /** How a number answer became a score. */
  numberDetail: NumberScoreDetail | null;
}

export interface NumberScoreDetail {
  answer: number;
  /** Inhabitants used for a per-population rate, null when the question has no rate. */
  population: number | null;
  populationSource: 'answer' | 'referencePopulation' | null;
  /** The value the thresholds or the linear scale were applied to (e.g. posts per 10,000 inhabitants). */
  scoredValue: number;
}

/** Rule 3. */
export interface IndexResult {
  status: FieldStatus;
  score: number | null;
  maturityLevel: MaturityLevel | null;
  /** Rule 4 gate: the level after the cap; the score itself is never changed. */
  gatedMaturityLevel: MaturityLevel | null;
  /** True when the gate actually lowered the level. */
  gateApplied: boolean;
  /** Σ field weight over the fields that count (P1 "nicht relevant" removed). */
  weightRemaining: number;
  /** The part of weightRemaining held by fields with a score. */
  weightScored: number;
  /** Fields left out because P1 marks them "nicht relevant". */
  excludedFields: string[];
}

/** Rule 5: Σ(field score · P1 priority) / Σ(P1 priority) over fields with a score and a priority. */
export interface PriorityIndexResult {
  score: number | null;
  maturityLevel: MaturityLevel | null;
  prioritySum: number;
  fields: string[];
}

export interface CompletenessResult {
  answered: number;
  visible: number;
  /** answered / visible; 1 when nothing is visible. */
  share: number;
  sections: SectionCompleteness[];
}

export interface SectionCompleteness {
  section: string;
  answered: number;
  visible: number;
  share: number;
}
