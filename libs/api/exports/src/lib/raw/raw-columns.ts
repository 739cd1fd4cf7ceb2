/**
 * The columns of the raw data export (issue 8) and how one response becomes one row. Pure: no Nest, no database,
 * so the layout is tested on its own (raw-columns.spec.ts) and the CSV and XLSX writers share it.
 *
 * One row per region with a response. Fixed columns (region, status, scores), then the questions in the
 * questionnaire's order, one column per question code, except:
 * - matrix questions: one column per row, `H1_a` (the option code of that row);
 * - multiple choice: one column per option, `A2_VER`, 1 = selected, 0 = not selected, empty = not answered
 *   (dichotomies, as SPSS and Excel pivot tables want them);
 * - a number asked with its reference date: the number in `S3`, the date in `S3_stichtag`;
 * - a text asked with a consent to publish: the text in `E2`, the consent in `E2_freigabe` (1/0).
 * Option codes that are whole numbers (Likert 1–5, priorities) are written as numbers, other codes as text.
 * The stored answers are exported as stored, also those of questions hidden by a condition.
 */
import type { RegionLevel, ResponseStatus } from '@digitalcheck/shared-contracts';
import { sizeClassLabelOf, sizeClassOf } from '@digitalcheck/shared-regions';
import type { QuestionDefinition, QuestionnaireDefinition, SectionDefinition } from '@digitalcheck/shared-scoring';

export type RawCellValue = string | number | Date | null;

/** How a writer types the column's cells: dates without time, timestamps (UTC), numbers or text. */
export type RawColumnType = 'text' | 'number' | 'date' | 'timestamp';

export interface RawColumn {
  /** The column name in the header row, e.g. `ARS`, `A1`, `H1_a`, `A2_VER`. */
  name: string;
  type: RawColumnType;
  /** Width in characters for the XLSX sheet. */
  width: number;
}

/** One response as the service reads it. */
export interface RawResponse {
  ars: string;
  name: string;
  level: RegionLevel | null;
  kind: string | null;
  population: number | null;
  status: ResponseStatus;
  submittedAt: Date | null;
  indexScore: number | null;
  /** Field scores by section code (null: the field has no score). */
  fieldScores: Record<string, number | null>;
  /** Stored answers by question code. */
  answers: Record<string, unknown>;
}

export const LEVEL_LABELS: Record<RegionLevel, string> = {
  LAND: 'Land',
  KREIS: 'Kreis',
  GEMEINDEVERBAND: 'Gemeindeverband',
  GEMEINDE: 'Gemeinde',
};

export const STATUS_LABELS: Record<ResponseStatus, string> = {
  draft: 'in Bearbeitung',
  reopened: 'in Bearbeitung',
  submitted: 'eingereicht',
  published: 'veröffentlicht',
};

type Extract = (response: RawResponse) => RawCellValue;

interface ColumnPlan {
  column: RawColumn;
  value: Extract;
}

/** The export layout of one questionnaire: its columns and the row of a response. */
export class RawExportLayout {
  readonly columns: readonly RawColumn[];
  private readonly extractors: readonly Extract[];

  constructor(readonly definition: QuestionnaireDefinition) {
    const plans = [
      ...fixedPlans(definition),
      ...definition.sections.flatMap((s) => s.questions.flatMap(questionPlans)),
    ];
    this.columns = plans.map((plan) => plan.column);
    this.extractors = plans.map((plan) => plan.value);
  }

  get header(): string[] {
    return this.columns.map((column) => column.name);
  }

  row(response: RawResponse): RawCellValue[] {
    return this.extractors.map((extract) => extract(response));
  }
}

/** Sections with a field score (as scoreResponse gives them): those in the index or with scored questions. */
export function scoredSections(definition: QuestionnaireDefinition): SectionDefinition[] {
  return definition.sections.filter(
    (section) => section.countsInIndex || section.questions.some((question) => question.scored),
  );
}

export function fieldScoreColumn(section: string): string {
  return `Index_${section}`;
}

function column(name: string, type: RawColumnType, width?: number): RawColumn {
  const fallback = type === 'timestamp' ? 20 : type === 'date' ? 12 : Math.max(8, name.length + 2);
  return { name, type, width: width ?? fallback };
}

function fixedPlans(definition: QuestionnaireDefinition): ColumnPlan[] {
  return [
    { column: column('ARS', 'text', 14), value: (r) => r.ars },
    { column: column('Name', 'text', 36), value: (r) => r.name },
    { column: column('Ebene', 'text', 16), value: (r) => (r.level ? LEVEL_LABELS[r.level] : null) },
    { column: column('Art', 'text', 22), value: (r) => r.kind },
    { column: column('Größenklasse', 'text', 34), value: sizeClassCell },
    { column: column('Status', 'text', 16), value: (r) => STATUS_LABELS[r.status] ?? r.status },
    { column: column('Eingereicht am', 'timestamp'), value: (r) => r.submittedAt },
    { column: column('Index', 'number', 10), value: (r) => r.indexScore },
    ...scoredSections(definition).map((section) => ({
      column: column(fieldScoreColumn(section.code), 'number', 12),
      value: (r: RawResponse) => r.fieldScores[section.code] ?? null,
    })),
  ];
}

function sizeClassCell(response: RawResponse): string | null {
  if (!response.level) return null;
  const size = sizeClassOf(response.level, response.population);
  return size ? sizeClassLabelOf(size.code) : null;
}

function questionPlans(question: QuestionDefinition): ColumnPlan[] {
  const answer = (r: RawResponse): unknown => r.answers[question.code];
  switch (question.type) {
    case 'multipleChoice':
      return question.options.map((option) => ({
        column: column(`${question.code}_${option.code}`, 'number'),
        value: (r) => {
          const selected = answer(r);
          if (!Array.isArray(selected) || selected.length === 0) return null;
          return selected.includes(option.code) ? 1 : 0;
        },
      }));
    case 'matrix':
      return question.rows.map((row) => ({
        column: column(`${question.code}_${row.code}`, optionColumnType(question.options)),
        value: (r) => {
          const rows = answer(r);
          return isRecord(rows) ? optionCell(rows[row.code]) : null;
        },
      }));
    case 'number': {
      const plans: ColumnPlan[] = [{ column: column(question.code, 'number'), value: (r) => numberCell(answer(r)) }];
      if (question.askReferenceDate) {
        plans.push({
          column: column(`${question.code}_stichtag`, 'date'),
          value: (r) => {
            const value = answer(r);
            return isRecord(value) ? dateCell(value['referenceDate']) : null;
          },
        });
      }
      return plans;
    }
    case 'text': {
      const plans: ColumnPlan[] = [{ column: column(question.code, 'text', 40), value: (r) => textCell(answer(r)) }];
      if (question.consentLabel) {
        plans.push({
          column: column(`${question.code}_freigabe`, 'number'),
          value: (r) => {
            const value = answer(r);
            return isRecord(value) && typeof value['consentToPublish'] === 'boolean'
              ? Number(value['consentToPublish'])
              : null;
          },
        });
      }
      return plans;
    }
    default:
      return [
        {
          column: column(question.code, optionColumnType(question.options)),
          value: (r) => optionCell(answer(r)),
        },
      ];
  }
}

const WHOLE_NUMBER = /^-?\d{1,15}$/;

/** An option code: whole numbers as numbers (Likert 1–5), anything else as text. */
export function optionCell(value: unknown): RawCellValue {
  if (typeof value !== 'string' || value === '') return null;
  return WHOLE_NUMBER.test(value) ? Number(value) : value;
}

function optionColumnType(options: readonly { code: string }[]): RawColumnType {
  return options.every((option) => WHOLE_NUMBER.test(option.code)) ? 'number' : 'text';
}

function numberCell(value: unknown): number | null {
  const number = isRecord(value) ? value['value'] : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

function textCell(value: unknown): string | null {
  const text = isRecord(value) ? value['text'] : value;
  return typeof text === 'string' && text !== '' ? text : null;
}

/** `YYYY-MM-DD` → that day at 00:00 UTC. */
function dateCell(value: unknown): Date | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
