/**
 * A condition on its own (not inside a definition), e.g. the prerequisite of a measure: the same structure and
 * reference checks as the conditions of questions, with JSON pointers relative to the condition ("" is the
 * condition itself, "/all/0/q" a reference inside it).
 */
import type { Condition } from '../definition/condition';
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { checkConditionStructure } from './condition-structure';
import { indexQuestions } from './definition-codes';
import { type DefinitionError, DefinitionErrors } from './definition-errors';
import { checkCondition } from './definition-references';

export type ConditionValidationResult = { ok: true; condition: Condition } | { ok: false; errors: DefinitionError[] };

export function validateCondition(json: unknown, definition: QuestionnaireDefinition): ConditionValidationResult {
  const errors = new DefinitionErrors();
  checkConditionStructure(json, '', errors);
  // References are checked only on a well-formed condition; on a malformed one they would only add noise.
  if (errors.empty) checkCondition(json as Condition, '', indexQuestions(definition), errors);
  return errors.empty ? { ok: true, condition: json as Condition } : { ok: false, errors: errors.list };
}
