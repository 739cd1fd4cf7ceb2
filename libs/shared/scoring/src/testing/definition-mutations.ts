/**
 * Test-only: break a copy of the default questionnaire in one place and collect what validateDefinition
 * reports. Section indexes of the default: 0 S, 1 A (A1…A10, P1), 2 H, 3 VER (V1…V6), 4 INF (I1…I4), …,
 * 12 E.
 */
import type { QuestionDefinition, QuestionnaireDefinition } from '../lib/definition/questionnaire-definition';
import type { DefinitionError } from '../lib/validation/definition-errors';
import { validateDefinition } from '../lib/validation/validate-definition';
import { copyOfDefault } from './scoring-helpers';

export type Json = Record<string, unknown>;

export function errorsAfter(breakIt: (definition: QuestionnaireDefinition) => void): DefinitionError[] {
  const definition = copyOfDefault();
  breakIt(definition);
  const result = validateDefinition(definition);
  return result.ok ? [] : result.errors;
}

/** Exactly one error, at this path, with this code. */
export const only = (path: string, code: string) => [{ path, code, message: expect.any(String) }];

export const question = (d: QuestionnaireDefinition, section: number, index: number): QuestionDefinition =>
  d.sections[section].questions[index];

/** Untyped access, to break a definition in ways its types forbid. */
export const raw = (value: unknown): Json => value as Json;

export const optionOf = (d: QuestionnaireDefinition, section: number, index: number, option: number): Json =>
  (raw(question(d, section, index))['options'] as Json[])[option];
