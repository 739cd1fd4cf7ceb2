/**
 * The result types of diffDefinitions (definition-diff.ts) and the fixed lists of what can change.
 */
export type DiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * What can change in a question. `options`: option codes added, removed or reordered, or an option's flags
 * (not applicable, don't know, exclusive) changed; `optionScores`: an option's score or ordinal value;
 * `optionLabels`/`rowLabels`: only the wording of an option or matrix row; `matrixRows`: row codes added,
 * removed or reordered; `k`: the effective k of a scored MC/k; `answerFormat`: min, max, integer, length,
 * format, reference date, prefill hint or consent label.
 */
export const QUESTION_CHANGE_KINDS = [
  'text',
  'helpText',
  'type',
  'required',
  'scored',
  'weight',
  'condition',
  'section',
  'options',
  'optionLabels',
  'optionScores',
  'k',
  'matrixRows',
  'rowLabels',
  'numberScoring',
  'unit',
  'answerFormat',
] as const;
export type QuestionChangeKind = (typeof QUESTION_CHANGE_KINDS)[number];

export const SECTION_CHANGE_KINDS = [
  'title',
  'description',
  'weight',
  'fieldOfAction',
  'countsInIndex',
  'questions',
] as const;
export type SectionChangeKind = (typeof SECTION_CHANGE_KINDS)[number];

export const SCORING_PARAMETERS = ['fieldMinAnsweredShare', 'indexMinScoredShare', 'gate', 'fieldPriority'] as const;
export type ScoringParameter = (typeof SCORING_PARAMETERS)[number];

export const INDICATOR_CHANGE_KINDS = ['question', 'in', 'label', 'description'] as const;
export type IndicatorChangeKind = (typeof INDICATOR_CHANGE_KINDS)[number];

export interface QuestionVersionInfo {
  section: string;
  scored: boolean;
  /** Questions whose answers decide this one's visibility (condition) or score (population of a rate). */
  dependsOn: string[];
}

export interface QuestionDiff {
  code: string;
  status: DiffStatus;
  /** In the order of QUESTION_CHANGE_KINDS; empty unless `changed`. */
  changes: QuestionChangeKind[];
  /** null where the question does not exist. */
  older: QuestionVersionInfo | null;
  newer: QuestionVersionInfo | null;
}

export interface SectionVersionInfo {
  weight: number;
  fieldOfAction: boolean;
  countsInIndex: boolean;
}

export interface SectionDiff {
  code: string;
  status: DiffStatus;
  /** In the order of SECTION_CHANGE_KINDS; `questions`: question codes added, removed or reordered. */
  changes: SectionChangeKind[];
  older: SectionVersionInfo | null;
  newer: SectionVersionInfo | null;
}

export interface IndicatorDiff {
  code: string;
  status: DiffStatus;
  changes: IndicatorChangeKind[];
  /** The question it is derived from (newer version, else older). */
  question: string;
}

export interface DefinitionDiff {
  older: { id: string; version: number };
  newer: { id: string; version: number };
  /** Newer definition order; a removed question follows the nearest older neighbour that still exists. */
  questions: QuestionDiff[];
  sections: SectionDiff[];
  /** Global scoring parameters that differ, in the order of SCORING_PARAMETERS. */
  scoring: ScoringParameter[];
  indicators: IndicatorDiff[];
  /** Questions the index reads besides the field items (the P1 matrix, the gate's condition), either version. */
  indexDependsOn: string[];
}
