/**
 * Stored answers of one response, keyed by question code. Values by question type:
 *
 *   yesNo, singleChoice, likert5, statusScale, obstacleScale   option code, e.g. "ja", "b", "4"
 *   multipleChoice                                             option codes, e.g. ["terminbuchung"]
 *   number                                                     number, or { value, referenceDate } if asked
 *   text                                                       string, or { text, consentToPublish } if asked
 *   matrix                                                     { rowCode: optionCode }, e.g. { "a": "4" }
 *
 * A missing key, null, "", [] and {} all mean "not answered".
 */
export type AnswerValue = string | number | string[] | MatrixAnswer | NumberWithReferenceDate | TextWithConsent | null;

export type MatrixAnswer = { [rowCode: string]: string };

export interface NumberWithReferenceDate {
  value: number;
  /** ISO date (YYYY-MM-DD) the figure refers to, e.g. the population's "Stichtag". */
  referenceDate: string;
}

export interface TextWithConsent {
  text: string;
  consentToPublish: boolean;
}

export type Answers = Record<string, AnswerValue | undefined>;

/**
 * Answer error codes of validateAnswers, one per question code. The API returns them per field and the UI
 * maps them to German messages.
 */
export const ANSWER_ERROR_CODES = [
  'unknownQuestion',
  'wrongType',
  'unknownOption',
  'duplicateOption',
  'exclusiveCombined',
  'unknownRow',
  'belowMin',
  'aboveMax',
  'notInteger',
  'invalidDate',
  'tooLong',
  'invalidFormat',
  'required',
  'rowsMissing',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];
