/**
 * The questionnaire definition format. A definition is plain JSON (published as
 * `src/schema/questionnaire-definition.schema.json`); these types describe the same structure.
 * A definition is frozen once a survey wave uses it, so the engine treats it as immutable.
 */
import type { Condition } from './condition';

/**
 * Question types. The spec's short codes: yesNo = JN, statusScale = UST, likert5 = L5,
 * obstacleScale = H5, multipleChoice = MC/k, number = NUM, text = TXT.
 */
export const QUESTION_TYPES = [
  'yesNo',
  'singleChoice',
  'multipleChoice',
  'likert5',
  'statusScale',
  'obstacleScale',
  'number',
  'text',
  'matrix',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answer is exactly one option code. */
export type SingleAnswerChoiceType = 'yesNo' | 'singleChoice' | 'likert5' | 'statusScale' | 'obstacleScale';

export interface QuestionnaireDefinition {
  /** Lets editors find the published schema; ignored by the engine. */
  $schema?: string;
  id: string;
  version: number;
  title: string;
  description?: string;
  scoring: ScoringParameters;
  sections: SectionDefinition[];
  indicators: IndicatorDefinition[];
}

/** Kept as a fraction so that the 2/3 boundary is compared exactly (A·3 < 2·W), not via 0.666…. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface ScoringParameters {
  /** Rule 2: a field has a score only if the answered weight A is at least this share of W. */
  fieldMinAnsweredShare: Fraction;
  /** Rule 3: the index exists only if fields with a score hold at least this share of the remaining weight. */
  indexMinScoredShare: Fraction;
  /** Rule 4: the optional cap on the overall maturity level. */
  gate?: MaturityGate;
  /**
   * Rules 3 and 5: a matrix whose rows are the codes of the fields of action. A row answered with a
   * not-applicable option ("nicht relevant") leaves that field out of the index; option values 1–5 are the
   * priorities of the priority index.
   */
  fieldPriority?: { question: string };
}

export interface MaturityGate {
  maxMaturityLevel: number;
  /** The cap does not apply while this condition holds (default questionnaire: A1 ∈ {a, b}). */
  unless: Condition;
}

export interface SectionDefinition {
  code: string;
  title: string;
  description?: string;
  /** Weight of the field in the overall index (Strategie & Steuerung 2, each Handlungsfeld 1). */
  weight: number;
  /** One of the nine Handlungsfelder: listed in P1, so it can be marked "nicht relevant". */
  fieldOfAction: boolean;
  countsInIndex: boolean;
  questions: QuestionDefinition[];
}

export interface ChoiceOption {
  code: string;
  label: string;
  /** Item score in [0, 1]; required on every option of a scored choice question except n/a options. */
  score?: number;
  /** Ordinal value of scale options (L5, H5, P1 priority 1–5). */
  value?: number;
  /** "nicht zutreffend", "keine Schulträgerschaft", "nicht relevant": the item drops out of W. */
  notApplicable?: boolean;
  /** "weiß nicht": scores 0 and counts as answered, but is flagged for analysis. */
  dontKnow?: boolean;
  /** "keine davon", "niemand": may not be combined with other options of a multiple choice. */
  exclusive?: boolean;
}

export interface MatrixRow {
  code: string;
  label: string;
}

interface QuestionBase {
  code: string;
  text: string;
  help?: string;
  /** Checked only at submit and only while the question is visible. */
  required: boolean;
  scored: boolean;
  /** Item weight w within its field; 1 when absent. */
  weight?: number;
  /** The question is shown (and counts) only while this holds. */
  condition?: Condition;
}

export interface ChoiceQuestion extends QuestionBase {
  type: SingleAnswerChoiceType;
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multipleChoice';
  options: ChoiceOption[];
  /** MC/k: selecting k scored options gives the full score. */
  k?: number;
}

export interface NumberQuestion extends QuestionBase {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: string;
  /** The answer may carry the date the figure refers to ("Stichtag"). */
  askReferenceDate?: boolean;
  /** Hint for the UI/API: prefill from the region's reference data. */
  prefill?: 'referencePopulation';
  numberScoring?: NumberScoring;
}

export interface TextQuestion extends QuestionBase {
  type: 'text';
  maxLength?: number;
  /** `ars`: the 12-digit Amtlicher Regionalschlüssel. */
  format?: 'ars';
  /** Hint for the UI/API: prefill from the respondent's account. */
  prefill?: 'regionArs';
  /** When set, the answer may carry a consent to publish the text ("als gutes Beispiel teilen"). */
  consentLabel?: string;
}

/** Rows × one scale, e.g. P1 (1–5 + "nicht relevant") or H1 (H5). */
export interface MatrixQuestion extends QuestionBase {
  type: 'matrix';
  rows: MatrixRow[];
  options: ChoiceOption[];
}

export type QuestionDefinition =
  | ChoiceQuestion
  | MultipleChoiceQuestion
  | NumberQuestion
  | TextQuestion
  | MatrixQuestion;

/**
 * How a number answer becomes a score. `perPopulation` first turns it into a rate (e.g. posts per
 * 10,000 inhabitants), taking the population from a question or, when that is empty, from the context.
 */
export type NumberScoring = ThresholdNumberScoring | LinearNumberScoring;

export interface PerPopulation {
  per: number;
  populationQuestion: string;
  fallbackToReferencePopulation: boolean;
}

/**
 * The score is that of the last threshold the value reaches (`from`: ≥, `above`: >). Thresholds ascend
 * strictly, `from x` before `above x`. A value below the first threshold scores 0.
 */
export interface ThresholdNumberScoring {
  kind: 'thresholds';
  perPopulation?: PerPopulation;
  thresholds: NumberThreshold[];
}

export type NumberThreshold = { from: number; score: number } | { above: number; score: number };

/** score = (value − zeroAt) / (fullAt − zeroAt), clamped to [0, 1]; I1 is zeroAt 0, fullAt 100. */
export interface LinearNumberScoring {
  kind: 'linear';
  perPopulation?: PerPopulation;
  zeroAt: number;
  fullAt: number;
}

/**
 * A derived indicator: true when the answer of `question` is in `in` (for a multiple choice: any selected
 * option is), false when answered otherwise, null when unanswered or hidden. For a matrix it is computed
 * per row, e.g. grossesHemmnis[x] = H1.x ∈ {4, 5}.
 */
export interface IndicatorDefinition {
  code: string;
  label: string;
  description?: string;
  question: string;
  in: string[];
}
