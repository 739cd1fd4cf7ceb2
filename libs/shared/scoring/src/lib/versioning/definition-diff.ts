/**
 * Compares two versions of a questionnaire definition: question by question, section by section, the global
 * scoring parameters and the indicators. Trend analysis across survey waves uses the result to decide what may
 * be compared (comparability.ts). Expects definitions that passed validateDefinition; never throws, no side
 * effects, and the order of every list is fixed (definition order, see mergeByCode).
 *
 * Texts (question text, help text, labels, titles) are compared after Unicode NFC normalisation and collapsing
 * white space, so a difference in spaces or line breaks only is no change. Everything else is compared by
 * meaning: a missing weight equals weight 1, the codes of an `in` list are compared as a set, fractions by
 * value (4/6 = 2/3), objects regardless of key order.
 */
import { type Condition, conditionReferences, parseQuestionReference } from '../definition/condition';
import type {
  ChoiceOption,
  Fraction,
  IndicatorDefinition,
  QuestionDefinition,
  QuestionnaireDefinition,
  SectionDefinition,
} from '../definition/questionnaire-definition';
import {
  type DefinitionDiff,
  type DiffStatus,
  INDICATOR_CHANGE_KINDS,
  type IndicatorChangeKind,
  QUESTION_CHANGE_KINDS,
  type QuestionChangeKind,
  type QuestionVersionInfo,
  SCORING_PARAMETERS,
  type ScoringParameter,
  SECTION_CHANGE_KINDS,
  type SectionChangeKind,
  type SectionVersionInfo,
} from './definition-diff-types';

export function diffDefinitions(older: QuestionnaireDefinition, newer: QuestionnaireDefinition): DefinitionDiff {
  return {
    older: { id: older.id, version: older.version },
    newer: { id: newer.id, version: newer.version },
    questions: mergeByCode(questionsOf(older), questionsOf(newer)).map(([o, n]) => ({
      code: (n ?? o)?.code ?? '',
      ...statusAndChanges(o, n, questionChanges),
      older: o ? questionInfo(o) : null,
      newer: n ? questionInfo(n) : null,
    })),
    sections: mergeByCode(older.sections, newer.sections).map(([o, n]) => ({
      code: (n ?? o)?.code ?? '',
      ...statusAndChanges(o, n, sectionChanges),
      older: o ? sectionInfo(o) : null,
      newer: n ? sectionInfo(n) : null,
    })),
    scoring: scoringChanges(older, newer),
    indicators: mergeByCode(older.indicators, newer.indicators).map(([o, n]) => ({
      code: (n ?? o)?.code ?? '',
      ...statusAndChanges(o, n, indicatorChanges),
      question: (n ?? o)?.question ?? '',
    })),
    indexDependsOn: [...new Set([...indexReferences(newer), ...indexReferences(older)])],
  };
}

interface PlacedQuestion {
  code: string;
  question: QuestionDefinition;
  section: string;
}

const questionsOf = (d: QuestionnaireDefinition): PlacedQuestion[] =>
  d.sections.flatMap((s) => s.questions.map((question) => ({ code: question.code, question, section: s.code })));

/** Pairs by code in newer order; each removed entry follows the nearest entry before it that still exists. */
function mergeByCode<T extends { code: string }>(older: readonly T[], newer: readonly T[]): [T | null, T | null][] {
  const newerCodes = new Set(newer.map((x) => x.code));
  const olderByCode = new Map(older.map((x) => [x.code, x]));
  const removedAfter = new Map<string, T[]>();
  let anchor = '';
  for (const item of older) {
    if (newerCodes.has(item.code)) anchor = item.code;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), item]);
  }
  const pairs: [T | null, T | null][] = (removedAfter.get('') ?? []).map((o) => [o, null]);
  for (const item of newer) {
    pairs.push([olderByCode.get(item.code) ?? null, item]);
    for (const o of removedAfter.get(item.code) ?? []) pairs.push([o, null]);
  }
  return pairs;
}

function statusAndChanges<T, K>(
  older: T | null,
  newer: T | null,
  changesOf: (older: T, newer: T) => K[],
): { status: DiffStatus; changes: K[] } {
  if (!older) return { status: 'added', changes: [] };
  if (!newer) return { status: 'removed', changes: [] };
  const changes = changesOf(older, newer);
  return { status: changes.length > 0 ? 'changed' : 'unchanged', changes };
}

/** Collects the kinds whose values differ, in the order of `kinds`. */
function collect<K extends string>(kinds: readonly K[], compared: Partial<Record<K, [unknown, unknown]>>): K[] {
  return kinds.filter((kind) => {
    const pair = compared[kind];
    return pair !== undefined && canonical(pair[0]) !== canonical(pair[1]);
  });
}

function questionChanges(older: PlacedQuestion, newer: PlacedQuestion): QuestionChangeKind[] {
  const [o, n] = [older.question, newer.question];
  const [oOptions, nOptions] = [optionsOf(o), optionsOf(n)];
  const common = (pick: (option: ChoiceOption) => unknown) => commonByCode(oOptions, nOptions, pick);
  const [oRows, nRows] = [o.type === 'matrix' ? o.rows : [], n.type === 'matrix' ? n.rows : []];
  return collect(QUESTION_CHANGE_KINDS, {
    text: [normalise(o.text), normalise(n.text)],
    helpText: [normalise(o.help), normalise(n.help)],
    type: [o.type, n.type],
    required: [o.required, n.required],
    scored: [o.scored, n.scored],
    weight: [o.weight ?? 1, n.weight ?? 1],
    condition: [canonicalCondition(o.condition), canonicalCondition(n.condition)],
    section: [older.section, newer.section],
    options: [oOptions.map(optionIdentity), nOptions.map(optionIdentity)],
    optionLabels: common((x) => normalise(x.label)),
    optionScores: common((x) => [x.score ?? null, x.value ?? null]),
    k: [effectiveK(o), effectiveK(n)],
    matrixRows: [oRows.map((r) => r.code), nRows.map((r) => r.code)],
    rowLabels: commonByCode(oRows, nRows, (r) => normalise(r.label)),
    numberScoring: [o.type === 'number' ? o.numberScoring : null, n.type === 'number' ? n.numberScoring : null],
    unit: [o.type === 'number' ? o.unit : null, n.type === 'number' ? n.unit : null],
    answerFormat: [answerFormat(o), answerFormat(n)],
  });
}

function sectionChanges(o: SectionDefinition, n: SectionDefinition): SectionChangeKind[] {
  return collect(SECTION_CHANGE_KINDS, {
    title: [normalise(o.title), normalise(n.title)],
    description: [normalise(o.description), normalise(n.description)],
    weight: [o.weight, n.weight],
    fieldOfAction: [o.fieldOfAction, n.fieldOfAction],
    countsInIndex: [o.countsInIndex, n.countsInIndex],
    questions: [o.questions.map((q) => q.code), n.questions.map((q) => q.code)],
  });
}

function indicatorChanges(o: IndicatorDefinition, n: IndicatorDefinition): IndicatorChangeKind[] {
  return collect(INDICATOR_CHANGE_KINDS, {
    question: [o.question, n.question],
    in: [codeSet(o.in), codeSet(n.in)],
    label: [normalise(o.label), normalise(n.label)],
    description: [normalise(o.description), normalise(n.description)],
  });
}

function scoringChanges(older: QuestionnaireDefinition, newer: QuestionnaireDefinition): ScoringParameter[] {
  const [o, n] = [older.scoring, newer.scoring];
  const gate = (d: QuestionnaireDefinition) =>
    d.scoring.gate ? [d.scoring.gate.maxMaturityLevel, canonicalCondition(d.scoring.gate.unless)] : null;
  return collect(SCORING_PARAMETERS, {
    fieldMinAnsweredShare: [true, sameFraction(o.fieldMinAnsweredShare, n.fieldMinAnsweredShare)],
    indexMinScoredShare: [true, sameFraction(o.indexMinScoredShare, n.indexMinScoredShare)],
    gate: [gate(older), gate(newer)],
    fieldPriority: [o.fieldPriority?.question, n.fieldPriority?.question],
  });
}

function questionInfo({ question, section }: PlacedQuestion): QuestionVersionInfo {
  const references = question.condition ? conditionReferences(question.condition) : [];
  const population = question.type === 'number' ? question.numberScoring?.perPopulation?.populationQuestion : undefined;
  if (population !== undefined) references.push(population);
  return {
    section,
    scored: question.scored,
    dependsOn: [...new Set(references.map((r) => parseQuestionReference(r).question))],
  };
}

const sectionInfo = (s: SectionDefinition): SectionVersionInfo => ({
  weight: s.weight,
  fieldOfAction: s.fieldOfAction,
  countsInIndex: s.countsInIndex,
});

function indexReferences(d: QuestionnaireDefinition): string[] {
  const gate = d.scoring.gate ? conditionReferences(d.scoring.gate.unless) : [];
  const priority = d.scoring.fieldPriority ? [d.scoring.fieldPriority.question] : [];
  return [...priority, ...gate].map((r) => parseQuestionReference(r).question);
}

const optionsOf = (q: QuestionDefinition): readonly ChoiceOption[] => ('options' in q ? q.options : []);

/** Code and flags: what an answer means, apart from its wording and its score. */
const optionIdentity = (o: ChoiceOption) => [o.code, !!o.notApplicable, !!o.dontKnow, !!o.exclusive];

/** A picked property of the entries present in both lists, matched by code. */
function commonByCode<T extends { code: string }>(
  older: readonly T[],
  newer: readonly T[],
  pick: (entry: T) => unknown,
): [unknown, unknown] {
  const newerCodes = new Set(newer.map((x) => x.code));
  const olderByCode = new Map(older.map((x) => [x.code, x]));
  const shared = older.filter((x) => newerCodes.has(x.code)).map((x) => x.code);
  const pickAll = (byCode: ReadonlyMap<string, T>) => shared.map((code) => pick(byCode.get(code) as T));
  return [pickAll(olderByCode), pickAll(new Map(newer.map((x) => [x.code, x])))];
}

/** MC/k as scored (k, or every non-exclusive option when absent); an unscored MC as written. */
function effectiveK(q: QuestionDefinition): number | null {
  if (q.type !== 'multipleChoice') return null;
  return q.k ?? (q.scored ? q.options.filter((o) => !o.exclusive).length : null);
}

function answerFormat(q: QuestionDefinition): unknown {
  if (q.type === 'number') return [q.min, q.max, !!q.integer, !!q.askReferenceDate, q.prefill];
  if (q.type === 'text') return [q.maxLength, q.format, q.prefill, normalise(q.consentLabel)];
  return null;
}

function canonicalCondition(c: Condition | undefined): unknown {
  if (!c) return null;
  if ('all' in c) return { all: c.all.map(canonicalCondition) };
  if ('any' in c) return { any: c.any.map(canonicalCondition) };
  if ('not' in c) return { not: canonicalCondition(c.not) };
  if ('in' in c) return { q: c.q, in: codeSet(c.in) };
  return c;
}

const codeSet = (codes: readonly string[]): string[] => [...new Set(codes)].sort();

const sameFraction = (a: Fraction, b: Fraction): boolean => a.numerator * b.denominator === b.numerator * a.denominator;

const normalise = (text: string | undefined): string => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** JSON with sorted keys and without undefined members: equal strings mean equal values. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
