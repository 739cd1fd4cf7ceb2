/**
 * Compact builders for writing definitions in TypeScript. They emit exactly the JSON of the definition
 * format (the key order is chosen for a readable JSON file), with the standard scales filled in.
 */
import type { Condition } from '../lib/definition/condition';
import type {
  ChoiceOption,
  ChoiceQuestion,
  MatrixQuestion,
  MatrixRow,
  MultipleChoiceQuestion,
  NumberQuestion,
  QuestionDefinition,
  QuestionType,
  TextQuestion,
} from '../lib/definition/questionnaire-definition';
import { LIKERT5_SCALE, STATUS_SCALE, YES_NO_SCALE } from '../lib/definition/standard-scales';

export interface QuestionExtras {
  help?: string;
  required?: boolean;
  weight?: number;
  condition?: Condition;
}

/** The common head of every question; scored questions always state their weight. */
function head<T extends QuestionType>(code: string, type: T, text: string, scored: boolean, extras: QuestionExtras) {
  return {
    code,
    type,
    text,
    ...(extras.help === undefined ? {} : { help: extras.help }),
    required: extras.required ?? false,
    scored,
    ...(scored ? { weight: extras.weight ?? 1 } : {}),
    ...(extras.condition === undefined ? {} : { condition: extras.condition }),
  };
}

const copy = (scale: readonly ChoiceOption[]): ChoiceOption[] => scale.map((o) => ({ ...o }));

/** Option shorthand: code, label, score, flags. */
export function option(code: string, label: string, score?: number, flags: Partial<ChoiceOption> = {}): ChoiceOption {
  return { code, label, ...(score === undefined ? {} : { score }), ...flags };
}

export function yesNo(code: string, text: string, extras: QuestionExtras = {}): ChoiceQuestion {
  return {
    ...head(code, 'yesNo', text, true, extras),
    options: copy(YES_NO_SCALE),
  };
}

export function statusScale(code: string, text: string, extras: QuestionExtras = {}): ChoiceQuestion {
  return {
    ...head(code, 'statusScale', text, true, extras),
    options: copy(STATUS_SCALE),
  };
}

export function likert5(code: string, text: string, extras: QuestionExtras = {}): ChoiceQuestion {
  return {
    ...head(code, 'likert5', text, true, extras),
    options: copy(LIKERT5_SCALE),
  };
}

/** Scored exactly when its options carry scores. */
export function singleChoice(
  code: string,
  text: string,
  options: ChoiceOption[],
  extras: QuestionExtras = {},
): ChoiceQuestion {
  const scored = options.some((o) => o.score !== undefined);
  return { ...head(code, 'singleChoice', text, scored, extras), options };
}

/** MC/k when k is given, an unscored multiple choice otherwise. */
export function multipleChoice(
  code: string,
  text: string,
  k: number | null,
  options: ChoiceOption[],
  extras: QuestionExtras = {},
): MultipleChoiceQuestion {
  return {
    ...head(code, 'multipleChoice', text, k !== null, extras),
    ...(k === null ? {} : { k }),
    options,
  };
}

type TypeDetails<Q> = Omit<Q, keyof QuestionDefinition>;

/** Scored exactly when it has numberScoring. */
export function numberQuestion(
  code: string,
  text: string,
  details: TypeDetails<NumberQuestion>,
  extras: QuestionExtras = {},
): NumberQuestion {
  return {
    ...head(code, 'number', text, details.numberScoring !== undefined, extras),
    ...details,
  };
}

export function textQuestion(
  code: string,
  text: string,
  details: TypeDetails<TextQuestion> = {},
  extras: QuestionExtras = {},
): TextQuestion {
  return { ...head(code, 'text', text, false, extras), ...details };
}

export function matrix(
  code: string,
  text: string,
  rows: MatrixRow[],
  options: ChoiceOption[],
  extras: QuestionExtras = {},
): MatrixQuestion {
  return { ...head(code, 'matrix', text, false, extras), rows, options };
}
