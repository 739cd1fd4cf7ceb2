/**
 * Pure pieces of the region profile and the trends (issue 7): benchmarks under the small-n rule, and what two
 * questionnaire versions of consecutive waves allow to compare (the version diff of shared-scoring).
 */
import type { AnalyticsBenchmark } from '@digitalcheck/shared-contracts';
import {
  CHANGE_EFFECTS,
  type DefinitionDiff,
  type QuestionChangeKind,
  type QuestionnaireDefinition,
  comparableFields,
  comparableQuestions,
  diffDefinitions,
  indexComparability,
  isSuppressed,
} from '@digitalcheck/shared-scoring';

/** Median and quartiles of a group as SQL computed them; withheld when 0 < n < minimum, empty when n = 0. */
export function benchmarkOf(
  n: number,
  quartiles: { q1: number | null; median: number | null; q3: number | null },
  minimum: number,
): AnalyticsBenchmark {
  const suppressed = isSuppressed(n, minimum);
  const shown = !suppressed && n > 0;
  return {
    n,
    suppressed,
    median: shown ? quartiles.median : null,
    q1: shown ? quartiles.q1 : null,
    q3: shown ? quartiles.q3 : null,
  };
}

/** A questionnaire version as a wave names it. */
export interface VersionRef {
  questionnaireId: string;
  questionnaireVersion: number;
}

/** What may be joined from the older wave's figure to the newer one's. */
export interface VersionComparability {
  /** Same questionnaire and version: everything is comparable, no diff needed. */
  identical: boolean;
  /** null when identical. */
  diff: DefinitionDiff | null;
  index: boolean;
  fields: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

/**
 * Comparability of two consecutive waves' versions: identical versions compare in full; otherwise the diff
 * decides (comparableFields, indexComparability, comparableQuestions), whatever the questionnaire ids.
 */
export function versionComparability(
  older: { ref: VersionRef; definition: QuestionnaireDefinition },
  newer: { ref: VersionRef; definition: QuestionnaireDefinition },
): VersionComparability {
  const identical =
    older.ref.questionnaireId === newer.ref.questionnaireId &&
    older.ref.questionnaireVersion === newer.ref.questionnaireVersion;
  if (identical) {
    const all = (definition: QuestionnaireDefinition) =>
      new Set(definition.sections.flatMap((s) => s.questions.map((q) => q.code)));
    return {
      identical,
      diff: null,
      index: true,
      fields: new Set(newer.definition.sections.map((s) => s.code)),
      questions: all(newer.definition),
    };
  }
  const diff = diffDefinitions(older.definition, newer.definition);
  return {
    identical,
    diff,
    index: indexComparability(diff).comparable,
    fields: new Set(comparableFields(diff)),
    questions: new Set(comparableQuestions(diff)),
  };
}

/** German names of the kinds of question change, for the notes of a question trend. */
export const QUESTION_CHANGE_LABELS: Readonly<Record<QuestionChangeKind, string>> = {
  text: 'Text',
  helpText: 'Hilfetext',
  type: 'Fragetyp',
  required: 'Pflichtangabe',
  scored: 'Wertung',
  weight: 'Gewicht',
  condition: 'Bedingung',
  section: 'Abschnitt',
  options: 'Optionen',
  optionLabels: 'Optionstexte',
  optionScores: 'Optionspunkte',
  k: 'k',
  matrixRows: 'Matrixzeilen',
  rowLabels: 'Zeilentexte',
  numberScoring: 'Zahlenwertung',
  unit: 'Einheit',
  answerFormat: 'Antwortformat',
};

/** "Version 2", or with the questionnaire's id when the two waves use different questionnaires. */
function versionName(ref: VersionRef, other: VersionRef): string {
  return ref.questionnaireId === other.questionnaireId
    ? `Version ${ref.questionnaireVersion}`
    : `${ref.questionnaireId} Version ${ref.questionnaireVersion}`;
}

/**
 * Why a question of the newer wave cannot be joined to the older one, in German; null when it can. Names the
 * change kinds that break comparability (CHANGE_EFFECTS), e.g. "Frage in Version 2 geändert: Text, Optionen",
 * or "Frage gibt es in Version 1 nicht".
 */
export function questionTrendNote(
  code: string,
  older: VersionRef,
  newer: VersionRef,
  comparability: VersionComparability,
): string | null {
  if (comparability.questions.has(code)) return null;
  const question = comparability.diff?.questions.find((q) => q.code === code);
  if (!question || question.newer === null) return `Frage gibt es in ${versionName(newer, older)} nicht`;
  if (question.older === null) return `Frage gibt es in ${versionName(older, newer)} nicht`;
  const kinds = question.changes.filter((kind) => CHANGE_EFFECTS[kind] !== 'none');
  if (kinds.length > 0) {
    return `Frage in ${versionName(newer, older)} geändert: ${kinds.map((k) => QUESTION_CHANGE_LABELS[k]).join(', ')}`;
  }
  const dependencies = [...new Set([...question.older.dependsOn, ...question.newer.dependsOn])];
  return `Frage in ${versionName(newer, older)} nicht vergleichbar: Fragen geändert, von denen sie abhängt (${dependencies.join(', ')})`;
}
