/**
 * The error shape of validateDefinition: a JSON pointer into the submitted definition, a machine-readable
 * code, and an English message for operators.
 */
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';

export const DEFINITION_ERROR_CODES = [
  // structure
  'wrongType',
  'missingProperty',
  'unknownProperty',
  'invalidValue',
  'invalidCode',
  'emptyList',
  'unknownQuestionType',
  'invalidCondition',
  // codes and references
  'duplicateCode',
  'unknownQuestion',
  'unknownRow',
  'unknownOption',
  'unknownSection',
  'notAFieldOfAction',
  'questionTypeMismatch',
  'conditionCycle',
  // scoring
  'missingOptionScore',
  'unexpectedScore',
  'conflictingFlags',
  'flagNotAllowed',
  'scaleMismatch',
  'notScorable',
  'missingK',
  'kTooLarge',
  'missingNumberScoring',
  'thresholdsNotAscending',
  'invalidPriorityScale',
] as const;
export type DefinitionErrorCode = (typeof DEFINITION_ERROR_CODES)[number];

export interface DefinitionError {
  /** JSON pointer (RFC 6901), e.g. `/sections/2/questions/4/options`; "" is the whole definition. */
  path: string;
  code: DefinitionErrorCode;
  message: string;
}

export type DefinitionValidationResult =
  | { ok: true; definition: QuestionnaireDefinition }
  | { ok: false; errors: DefinitionError[] };

export class DefinitionErrors {
  readonly list: DefinitionError[] = [];

  add(path: string, code: DefinitionErrorCode, message: string): void {
    this.list.push({ path, code, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}

/** Appends one segment to a JSON pointer, escaping "~" and "/" as RFC 6901 requires. */
export function childPath(path: string, segment: string | number): string {
  return `${path}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
