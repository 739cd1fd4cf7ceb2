/**
 * Codes must be unique: sections and indicators in the definition, questions across the whole definition
 * (answers are keyed by question code), options and rows within their question.
 */
import type { QuestionDefinition, QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { childPath, type DefinitionErrors } from './definition-errors';

export interface QuestionEntry {
  question: QuestionDefinition;
  path: string;
}

/** Every question with its JSON pointer, first occurrence per code. */
export function indexQuestions(definition: QuestionnaireDefinition): Map<string, QuestionEntry> {
  const index = new Map<string, QuestionEntry>();
  definition.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      if (!index.has(question.code))
        index.set(question.code, {
          question,
          path: `/sections/${s}/questions/${q}`,
        });
    }),
  );
  return index;
}

export function checkUniqueCodes(definition: QuestionnaireDefinition, errors: DefinitionErrors): void {
  checkList(definition.sections, '/sections', 'section', errors);
  checkList(definition.indicators, '/indicators', 'indicator', errors);
  const seen = new Map<string, string>();
  definition.sections.forEach((section, s) =>
    section.questions.forEach((question, q) => {
      const path = `/sections/${s}/questions/${q}`;
      const first = seen.get(question.code);
      if (first) {
        errors.add(path, 'duplicateCode', `Question code "${question.code}" is already used at ${first}.`);
      } else {
        seen.set(question.code, path);
      }
      if ('options' in question) checkList(question.options, childPath(path, 'options'), 'option', errors);
      if (question.type === 'matrix') checkList(question.rows, childPath(path, 'rows'), 'row', errors);
    }),
  );
}

/** Reports at the list that holds the duplicate, naming both positions. */
function checkList(items: readonly { code: string }[], path: string, what: string, errors: DefinitionErrors): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.code);
    if (first === undefined) firstIndex.set(item.code, i);
    else errors.add(path, 'duplicateCode', `The ${what} code "${item.code}" appears at ${first} and ${i}.`);
  });
}
