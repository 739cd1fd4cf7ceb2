/**
 * validateDefinition: the gate every definition passes before the engine uses it (on import, on publish,
 * and in the tests of the default questionnaire).
 */
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { checkConditionCycles } from './condition-cycles';
import { checkUniqueCodes, indexQuestions } from './definition-codes';
import { DefinitionErrors, type DefinitionValidationResult } from './definition-errors';
import { checkReferences } from './definition-references';
import { checkDefinitionStructure } from './definition-structure';
import { checkQuestionRules } from './question-rules';

export function validateDefinition(json: unknown): DefinitionValidationResult {
  const errors = new DefinitionErrors();
  checkDefinitionStructure(json, errors);
  // The remaining checks read the definition as typed; on a malformed structure they would only add noise.
  if (!errors.empty) return { ok: false, errors: errors.list };

  const definition = json as QuestionnaireDefinition;
  checkUniqueCodes(definition, errors);
  definition.sections.forEach((section, s) => {
    if (section.countsInIndex && section.weight <= 0) {
      errors.add(
        `/sections/${s}/weight`,
        'invalidValue',
        'A section that counts into the index needs a weight above 0.',
      );
    }
    section.questions.forEach((question, q) => checkQuestionRules(question, `/sections/${s}/questions/${q}`, errors));
  });
  const questions = indexQuestions(definition);
  checkReferences(definition, questions, errors);
  checkConditionCycles(questions, errors);
  return errors.empty ? { ok: true, definition } : { ok: false, errors: errors.list };
}
