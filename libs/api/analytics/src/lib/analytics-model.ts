/**
 * Pure pieces of the analytics: SQL fragments built from constants (never from request values), labels and
 * rule texts from the questionnaire definition, and the small-n rule applied to figures that SQL computed.
 */
import type {
  AnalyticsKpi,
  AnalyticsParticipation,
  AnalyticsShare,
  AnalyticsSplit,
} from '@digitalcheck/shared-contracts';
import { DEFAULT_PEER_GROUPS, type PeerGroupConfig, sizeClassLabelOf } from '@digitalcheck/shared-regions';
import {
  type IndicatorDefinition,
  type QuestionDefinition,
  type QuestionnaireDefinition,
  isSuppressed,
  scoreResponse,
} from '@digitalcheck/shared-scoring';

/** Every size class code of the peer-group configuration, over all levels. */
export function sizeClassCodes(config: PeerGroupConfig = DEFAULT_PEER_GROUPS): string[] {
  return [...new Set(Object.values(config).flatMap((classes) => (classes ?? []).map((size) => size.code)))];
}

/**
 * SQL expression for a region's size class code (as sizeClassOf computes it), NULL without a class. `alias`
 * names the region table. Built from the configuration's constants only.
 */
export function sizeClassSql(alias: string, config: PeerGroupConfig = DEFAULT_PEER_GROUPS): string {
  const level = `${alias}."level"`;
  const population = `${alias}."population"`;
  const cases = Object.entries(config).flatMap(([lvl, classes]) =>
    (classes ?? []).map((size) => {
      if (!/^[A-Z]+$/.test(lvl) || !/^[a-z0-9-]+$/.test(size.code)) throw new Error(`bad size class ${size.code}`);
      const upper = size.max === null ? '' : ` AND ${population} < ${Number(size.max)}`;
      return `WHEN ${level} = '${lvl}' AND ${population} >= ${Number(size.min)}${upper} THEN '${size.code}'`;
    }),
  );
  return cases.length === 0 ? 'NULL' : `(CASE ${cases.join(' ')} END)`;
}

/** "n von N" with its share. */
export function participation(invited: number, submitted: number): AnalyticsParticipation {
  return {
    invited,
    submitted,
    share: invited === 0 ? null : submitted / invited,
    label: `${submitted} von ${invited}`,
  };
}

/** n of base under the small-n rule: below `minimum` (but above 0) the share is withheld. */
export function shareOf(n: number, base: number, minimum: number): AnalyticsShare {
  const suppressed = isSuppressed(base, minimum);
  return { n: suppressed ? null : n, base, share: base === 0 || suppressed ? null : n / base, suppressed };
}

export function questionOf(definition: QuestionnaireDefinition, code: string): QuestionDefinition | null {
  for (const section of definition.sections) {
    const question = section.questions.find((candidate) => candidate.code === code);
    if (question) return question;
  }
  return null;
}

function optionLabels(question: QuestionDefinition | null, codes: readonly string[]): string {
  const options = question && 'options' in question ? (question.options ?? []) : [];
  return codes
    .map((code) => {
      const label = options.find((option) => option.code === code)?.label;
      return label ? `${code} „${label}“` : code;
    })
    .join(', ');
}

/** The tooltip text of a KPI: what counts in n and in the base. */
export function kpiRule(
  definition: QuestionnaireDefinition,
  indicator: IndicatorDefinition,
  row: string | null,
): string {
  const question = questionOf(definition, indicator.question);
  const item = row === null ? indicator.question : `${indicator.question}, Zeile ${row}`;
  return (
    `Anteil der eingereichten Antworten mit ${item} ∈ {${indicator.in.join(', ')}} ` +
    `(${optionLabels(question, indicator.in)}) an allen eingereichten Antworten der Auswahl, die ${item} ` +
    `beantwortet haben und für die die Frage sichtbar ist; n = Antworten mit dem Merkmal, Basis = beantwortet.`
  );
}

/** Label of a KPI: the indicator's label, for a matrix row with the row's label. */
export function kpiLabel(
  definition: QuestionnaireDefinition,
  indicator: IndicatorDefinition,
  row: string | null,
): string {
  if (row === null) return indicator.label;
  const question = questionOf(definition, indicator.question);
  const rowLabel = question?.type === 'matrix' ? question.rows.find((r) => r.code === row)?.label : undefined;
  return `${indicator.label}: ${rowLabel ?? row}`;
}

/** Counts per indicator (and matrix row) as SQL returns them. */
export interface IndicatorCount {
  code: string;
  row: string | null;
  n: number;
  base: number;
}

/**
 * KPI tiles for every indicator of the definition: single-question indicators in `kpis`, matrix rows in
 * `obstacles` (highest share first). Indicators SQL found no value for get n = base = 0.
 */
export function kpiTiles(
  definition: QuestionnaireDefinition,
  counts: readonly IndicatorCount[],
  minimum: number,
): { kpis: AnalyticsKpi[]; obstacles: AnalyticsKpi[] } {
  const find = (code: string, row: string | null) =>
    counts.find((count) => count.code === code && count.row === row) ?? { n: 0, base: 0 };
  const kpis: AnalyticsKpi[] = [];
  const obstacles: AnalyticsKpi[] = [];
  for (const indicator of definition.indicators) {
    const question = questionOf(definition, indicator.question);
    const rows = question?.type === 'matrix' ? question.rows.map((row) => row.code) : [null];
    for (const row of rows) {
      const { n, base } = find(indicator.code, row);
      const tile: AnalyticsKpi = {
        code: indicator.code,
        row,
        label: kpiLabel(definition, indicator, row),
        rule: kpiRule(definition, indicator, row),
        ...shareOf(n, base, minimum),
      };
      (row === null ? kpis : obstacles).push(tile);
    }
  }
  obstacles.sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || (a.row ?? '').localeCompare(b.row ?? ''));
  return { kpis, obstacles };
}

/** The fields of a definition as scoreResponse reports them, in order: section and title. */
export function fieldsOf(definition: QuestionnaireDefinition): Array<{ section: string; title: string }> {
  return scoreResponse(definition, {}).fields.map((field) => ({ section: field.section, title: field.title }));
}

/** Question types whose answers are option codes the distribution can count. */
export const COUNTABLE_TYPES = [
  'yesNo',
  'singleChoice',
  'likert5',
  'statusScale',
  'obstacleScale',
  'multipleChoice',
  'matrix',
] as const;

/** SQL that expands a stored answer `a."value"` to (row, option) pairs for a question type. */
export function answerExpansionSql(type: QuestionDefinition['type']): string {
  if (type === 'matrix') {
    return `jsonb_each_text(CASE WHEN jsonb_typeof(a."value") = 'object' THEN a."value" ELSE '{}'::jsonb END) AS x("row", "option")`;
  }
  if (type === 'multipleChoice') {
    return `(SELECT NULL::text AS "row", e AS "option" FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(a."value") = 'array' THEN a."value" ELSE '[]'::jsonb END) AS e) AS x`;
  }
  return `(SELECT NULL::text AS "row", a."value" #>> '{}' AS "option" WHERE jsonb_typeof(a."value") = 'string') AS x`;
}

/** Label of a split group. */
export function groupLabel(split: AnalyticsSplit, key: string | null): string {
  if (key === null) return split === 'kind' ? 'ohne Art' : 'ohne Größenklasse';
  return split === 'kind' ? key : sizeClassLabelOf(key);
}
