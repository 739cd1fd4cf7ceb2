/**
 * Reads one raw answer against its question. The single place that decides what an answer means, so that
 * answer validation, visibility and scoring can never disagree.
 *
 * Range problems (min/max, integer, length, format, date) are reported but leave the value usable: scoring
 * clamps where the spec says so (I1). Type problems make the answer unusable, and scoring treats it as
 * unanswered.
 */
import type { CompiledQuestion } from '../definition/compiled-definition';
import type { ChoiceOption } from '../definition/questionnaire-definition';
import type { AnswerErrorCode } from './answer-types';

export type NormalisedAnswer =
  | { type: 'choice'; option: ChoiceOption }
  | { type: 'multiple'; options: ChoiceOption[] }
  | { type: 'number'; value: number }
  | { type: 'text'; text: string }
  | { type: 'matrix'; cells: ReadonlyMap<string, ChoiceOption> };

export interface AnswerReading {
  /** null when unanswered or unusable. */
  answer: NormalisedAnswer | null;
  error: AnswerErrorCode | null;
}

const UNANSWERED: AnswerReading = { answer: null, error: null };
const ARS_PATTERN = /^[0-9]{12}$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isEmptyAnswer(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === '') return true;
  if (Array.isArray(raw)) return raw.length === 0;
  return isPlainObject(raw) && Object.keys(raw).length === 0;
}

export function readAnswer(cq: CompiledQuestion, raw: unknown): AnswerReading {
  if (isEmptyAnswer(raw)) return UNANSWERED;
  switch (cq.question.type) {
    case 'multipleChoice':
      return readMultipleChoice(cq, raw);
    case 'number':
      return readNumber(cq, raw);
    case 'text':
      return readText(cq, raw);
    case 'matrix':
      return readMatrix(cq, raw);
    default:
      return readSingleChoice(cq, raw);
  }
}

function readSingleChoice(cq: CompiledQuestion, raw: unknown): AnswerReading {
  if (typeof raw !== 'string') return failed('wrongType');
  const option = cq.options.get(raw);
  return option ? { answer: { type: 'choice', option }, error: null } : failed('unknownOption');
}

function readMultipleChoice(cq: CompiledQuestion, raw: unknown): AnswerReading {
  if (!Array.isArray(raw) || !raw.every((code) => typeof code === 'string')) return failed('wrongType');
  const options: ChoiceOption[] = [];
  for (const code of raw as string[]) {
    const option = cq.options.get(code);
    if (!option) return failed('unknownOption');
    if (options.includes(option)) return failed('duplicateOption');
    options.push(option);
  }
  // "keine davon" next to a real option is contradictory; neither reading can be trusted.
  if (options.length > 1 && options.some((o) => o.exclusive)) return failed('exclusiveCombined');
  return { answer: { type: 'multiple', options }, error: null };
}

function readNumber(cq: CompiledQuestion, raw: unknown): AnswerReading {
  const q = cq.question;
  if (q.type !== 'number') return failed('wrongType');
  let value: unknown = raw;
  let error: AnswerErrorCode | null = null;
  if (isPlainObject(raw) && q.askReferenceDate) {
    value = raw['value'];
    const date = raw['referenceDate'];
    if (date !== undefined && date !== null && !isIsoDate(date)) error = 'invalidDate';
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return failed('wrongType');
  if (q.min !== undefined && value < q.min) error = 'belowMin';
  else if (q.max !== undefined && value > q.max) error = 'aboveMax';
  else if (q.integer && !Number.isInteger(value)) error = 'notInteger';
  return { answer: { type: 'number', value }, error };
}

function readText(cq: CompiledQuestion, raw: unknown): AnswerReading {
  const q = cq.question;
  if (q.type !== 'text') return failed('wrongType');
  let text: unknown = raw;
  if (isPlainObject(raw) && q.consentLabel !== undefined) {
    if (typeof raw['consentToPublish'] !== 'boolean') return failed('wrongType');
    text = raw['text'];
  }
  if (typeof text !== 'string') return failed('wrongType');
  if (text.trim() === '') return UNANSWERED;
  let error: AnswerErrorCode | null = null;
  if (q.maxLength !== undefined && text.length > q.maxLength) error = 'tooLong';
  else if (q.format === 'ars' && !ARS_PATTERN.test(text)) error = 'invalidFormat';
  return { answer: { type: 'text', text }, error };
}

function readMatrix(cq: CompiledQuestion, raw: unknown): AnswerReading {
  if (!isPlainObject(raw)) return failed('wrongType');
  const cells = new Map<string, ChoiceOption>();
  let error: AnswerErrorCode | null = null;
  for (const [row, code] of Object.entries(raw)) {
    // A cleared row is stored as null or "".
    if (code === null || code === undefined || code === '') continue;
    const option = typeof code === 'string' ? cq.options.get(code) : undefined;
    if (!cq.rows.includes(row)) error ??= 'unknownRow';
    else if (typeof code !== 'string') error ??= 'wrongType';
    else if (!option) error ??= 'unknownOption';
    else cells.set(row, option);
  }
  return { answer: cells.size > 0 ? { type: 'matrix', cells } : null, error };
}

/** A matrix counts as answered only with every row; other answers as soon as they are usable. */
export function isCompleteAnswer(cq: CompiledQuestion, answer: NormalisedAnswer | null): boolean {
  if (answer === null) return false;
  return answer.type !== 'matrix' || answer.cells.size === cq.rows.length;
}

function failed(error: AnswerErrorCode): AnswerReading {
  return { answer: null, error };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
