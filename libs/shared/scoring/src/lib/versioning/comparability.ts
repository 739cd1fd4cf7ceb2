/**
 * What trend analysis may compare across two versions of a questionnaire, decided from their diff.
 *
 * A question is comparable when its answers AND its scoring are the same in both versions:
 * - answers: the question text, type, options (codes, flags, labels), matrix rows and unit are unchanged, and so
 *   are the answers of every question its visibility or score depends on (condition, population of a rate),
 *   transitively. A reworded question is a different question; a changed option or row label changes what a
 *   respondent chose, and the engine cannot tell a typo fix from a change of meaning, so labels break
 *   comparability too, unless an analyst names the question in `acceptedLabelFixes` after reviewing the change.
 * - scoring: score, ordinal value, weight, k, number scoring, condition, section and `scored` are unchanged.
 * Never breaking: help text (an explanation next to the question, not the question; `strictHelpText` makes it
 * break), `required` (checked at submit only) and `answerFormat` (min, max, length, format: which answers are
 * accepted, not what they mean). Differences in white space only are no change at all (definition-diff.ts).
 */
import type { DefinitionDiff, QuestionChangeKind, QuestionDiff, ScoringParameter } from './definition-diff-types';

export type ChangeEffect = 'answers' | 'scoring' | 'answersAndScoring' | 'none';

/** What each kind of change makes incomparable. */
export const CHANGE_EFFECTS: Readonly<Record<QuestionChangeKind, ChangeEffect>> = {
  text: 'answers',
  helpText: 'none',
  type: 'answersAndScoring',
  required: 'none',
  scored: 'scoring',
  weight: 'scoring',
  condition: 'answersAndScoring',
  section: 'scoring',
  options: 'answersAndScoring',
  optionLabels: 'answers',
  optionScores: 'scoring',
  k: 'scoring',
  matrixRows: 'answersAndScoring',
  rowLabels: 'answers',
  numberScoring: 'scoring',
  unit: 'answers',
  answerFormat: 'none',
};

export interface ComparabilityOptions {
  /** Questions whose option or row label changes an analyst reviewed and accepted as pure typo fixes. */
  acceptedLabelFixes?: readonly string[];
  /** Let a changed help text break comparability as well (default: it does not). */
  strictHelpText?: boolean;
}

export type IndexBlocker =
  | { kind: 'scoringParameter'; parameter: ScoringParameter }
  | { kind: 'section'; section: string; change: 'added' | 'removed' | 'weight' | 'fieldOfAction' | 'countsInIndex' }
  | { kind: 'field'; section: string }
  | { kind: 'question'; question: string };

export interface IndexComparability {
  /** True when the index score and its (gated) maturity level mean the same in both versions. */
  comparable: boolean;
  blockers: IndexBlocker[];
}

/** Codes of the questions whose answers and scoring are identical in both versions, in diff order. */
export function comparableQuestions(diff: DefinitionDiff, options: ComparabilityOptions = {}): string[] {
  const judge = judgeQuestions(diff, options);
  return diff.questions.filter((q) => judge.comparable(q.code)).map((q) => q.code);
}

/**
 * Codes of the sections whose field score is comparable: a field score in both versions, the same 2/3 rule and
 * the same scored questions, each of them comparable. A field's index weight does not change its score.
 */
export function comparableFields(diff: DefinitionDiff, options: ComparabilityOptions = {}): string[] {
  const judge = judgeQuestions(diff, options);
  const scoredIn = (section: string, version: 'older' | 'newer') =>
    diff.questions
      .filter((q) => q[version]?.section === section && q[version]?.scored)
      .map((q) => q.code)
      .sort();
  if (diff.scoring.includes('fieldMinAnsweredShare')) return [];
  return diff.sections
    .filter(({ code, older, newer }) => {
      if (!older || !newer) return false;
      const [o, n] = [scoredIn(code, 'older'), scoredIn(code, 'newer')];
      // Sections outside the index without scored questions (Stammdaten, Hemmnisse) have no field score.
      const hasScore = (countsInIndex: boolean, scored: string[]) => countsInIndex || scored.length > 0;
      if (!hasScore(older.countsInIndex, o) || !hasScore(newer.countsInIndex, n)) return false;
      return o.join() === n.join() && n.every((code) => judge.comparable(code));
    })
    .map((s) => s.code);
}

/** Whether the overall index can be compared, and if not, everything that prevents it. */
export function indexComparability(diff: DefinitionDiff, options: ComparabilityOptions = {}): IndexComparability {
  const judge = judgeQuestions(diff, options);
  const fields = new Set(comparableFields(diff, options));
  const blockers: IndexBlocker[] = diff.scoring.map((parameter) => ({ kind: 'scoringParameter', parameter }));
  for (const { code, status, changes, older, newer } of diff.sections) {
    if (!older?.countsInIndex && !newer?.countsInIndex) continue;
    if (status === 'added' || status === 'removed') {
      blockers.push({ kind: 'section', section: code, change: status });
      continue;
    }
    for (const change of changes) {
      if (change === 'weight' || change === 'fieldOfAction' || change === 'countsInIndex')
        blockers.push({ kind: 'section', section: code, change });
    }
    if (!fields.has(code)) blockers.push({ kind: 'field', section: code });
  }
  for (const question of diff.indexDependsOn) {
    if (!judge.answersComparable(question)) blockers.push({ kind: 'question', question });
  }
  return { comparable: blockers.length === 0, blockers };
}

/** Codes of the indicators whose values mean the same in both versions (label and description aside). */
export function comparableIndicators(diff: DefinitionDiff, options: ComparabilityOptions = {}): string[] {
  const judge = judgeQuestions(diff, options);
  return diff.indicators
    .filter((i) => i.status !== 'added' && i.status !== 'removed')
    .filter((i) => !i.changes.includes('question') && !i.changes.includes('in'))
    .filter((i) => judge.answersComparable(i.question))
    .map((i) => i.code);
}

interface QuestionJudge {
  answersComparable(code: string): boolean;
  comparable(code: string): boolean;
}

function judgeQuestions(diff: DefinitionDiff, options: ComparabilityOptions): QuestionJudge {
  const byCode = new Map(diff.questions.map((q) => [q.code, q]));
  const accepted = new Set(options.acceptedLabelFixes ?? []);
  const effectOf = (q: QuestionDiff, kind: QuestionChangeKind): ChangeEffect => {
    if (kind === 'helpText' && options.strictHelpText) return 'answers';
    if ((kind === 'optionLabels' || kind === 'rowLabels') && accepted.has(q.code)) return 'none';
    return CHANGE_EFFECTS[kind];
  };
  const breaks = (q: QuestionDiff, effect: 'answers' | 'scoring') =>
    q.changes.some((kind) => [effect, 'answersAndScoring'].includes(effectOf(q, kind)));

  const answers = new Map<string, boolean>();
  const answersComparable = (code: string): boolean => {
    const known = answers.get(code);
    if (known !== undefined) return known;
    // Validated definitions have no dependency cycles; should one slip through, it counts as incomparable.
    answers.set(code, false);
    const q = byCode.get(code);
    const result =
      q !== undefined &&
      q.older !== null &&
      q.newer !== null &&
      !breaks(q, 'answers') &&
      [...q.older.dependsOn, ...q.newer.dependsOn].every(answersComparable);
    answers.set(code, result);
    return result;
  };
  const comparable = (code: string): boolean => {
    const q = byCode.get(code);
    return q !== undefined && answersComparable(code) && !breaks(q, 'scoring');
  };
  return { answersComparable, comparable };
}
