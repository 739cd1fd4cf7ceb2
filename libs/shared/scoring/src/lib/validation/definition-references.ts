/**
 * Every reference in a definition must resolve: questions, matrix rows and option codes named by
 * conditions, the gate, indicators, the population of a rate, and the P1 rows naming fields of action.
 */
import { type Condition, parseQuestionReference } from '../definition/condition';
import type { QuestionDefinition, QuestionnaireDefinition, QuestionType } from '../definition/questionnaire-definition';
import { childPath, type DefinitionErrors } from './definition-errors';
import type { QuestionEntry } from './definition-codes';

type Questions = ReadonlyMap<string, QuestionEntry>;

const SELECTABLE: readonly QuestionType[] = [
  'yesNo',
  'singleChoice',
  'multipleChoice',
  'likert5',
  'statusScale',
  'obstacleScale',
  'matrix',
];

export function checkReferences(
  definition: QuestionnaireDefinition,
  questions: Questions,
  errors: DefinitionErrors,
): void {
  for (const { question, path } of questions.values()) {
    if (question.condition) checkCondition(question.condition, childPath(path, 'condition'), questions, errors);
    const perPopulation = question.type === 'number' ? question.numberScoring?.perPopulation : undefined;
    if (perPopulation) {
      const target = resolve(
        perPopulation.populationQuestion,
        `${path}/numberScoring/perPopulation/populationQuestion`,
        questions,
        errors,
      );
      if (target && target.type !== 'number') {
        errors.add(
          `${path}/numberScoring/perPopulation/populationQuestion`,
          'questionTypeMismatch',
          'The population must come from a number question.',
        );
      }
    }
  }
  const gate = definition.scoring.gate;
  if (gate) checkCondition(gate.unless, '/scoring/gate/unless', questions, errors);
  definition.indicators.forEach((indicator, i) => {
    const path = `/indicators/${i}`;
    const target = resolve(indicator.question, `${path}/question`, questions, errors);
    if (target) checkOptionCodes(target, indicator.in, `${path}/in`, errors);
  });
  checkFieldPriority(definition, questions, errors);
}

/** The questions, rows and options a condition names must exist (also used for measure prerequisites). */
export function checkCondition(
  condition: Condition,
  path: string,
  questions: Questions,
  errors: DefinitionErrors,
): void {
  if ('all' in condition)
    return condition.all.forEach((c, i) => checkCondition(c, `${path}/all/${i}`, questions, errors));
  if ('any' in condition)
    return condition.any.forEach((c, i) => checkCondition(c, `${path}/any/${i}`, questions, errors));
  if ('not' in condition) return checkCondition(condition.not, `${path}/not`, questions, errors);
  const referencePath = childPath(path, 'answered' in condition ? 'answered' : 'q');
  const reference = 'answered' in condition ? condition.answered : condition.q;
  const { question: code, row } = parseQuestionReference(reference);
  const target = resolve(code, referencePath, questions, errors);
  if (!target) return;
  if (row !== null) {
    if (target.type !== 'matrix') {
      return errors.add(referencePath, 'questionTypeMismatch', `${code} is not a matrix, so it has no row "${row}".`);
    }
    if (!target.rows.some((r) => r.code === row)) {
      return errors.add(referencePath, 'unknownRow', `Matrix ${code} has no row "${row}".`);
    }
  }
  if ('in' in condition) {
    if (target.type === 'matrix' && row === null) {
      return errors.add(
        referencePath,
        'questionTypeMismatch',
        `Name a row of matrix ${code}, e.g. "${code}.${target.rows[0]?.code}".`,
      );
    }
    checkOptionCodes(target, condition.in, `${path}/in`, errors);
  } else if ('op' in condition && target.type !== 'number') {
    errors.add(referencePath, 'questionTypeMismatch', `Comparisons need a number question; ${code} is ${target.type}.`);
  }
}

function checkOptionCodes(
  target: QuestionDefinition,
  codes: readonly string[],
  path: string,
  errors: DefinitionErrors,
): void {
  if (!SELECTABLE.includes(target.type) || !('options' in target)) {
    errors.add(path, 'questionTypeMismatch', `${target.code} (${target.type}) has no options to compare with.`);
    return;
  }
  codes.forEach((code, i) => {
    if (!target.options.some((o) => o.code === code)) {
      errors.add(`${path}/${i}`, 'unknownOption', `${target.code} has no option "${code}".`);
    }
  });
}

function checkFieldPriority(definition: QuestionnaireDefinition, questions: Questions, errors: DefinitionErrors): void {
  const reference = definition.scoring.fieldPriority;
  if (!reference) return;
  const target = resolve(reference.question, '/scoring/fieldPriority/question', questions, errors);
  if (!target) return;
  if (target.type !== 'matrix') {
    errors.add(
      '/scoring/fieldPriority/question',
      'questionTypeMismatch',
      'Field priorities come from a matrix with one row per field.',
    );
    return;
  }
  const path = questions.get(target.code)?.path ?? '';
  target.rows.forEach((row, i) => {
    const section = definition.sections.find((s) => s.code === row.code);
    if (!section) errors.add(`${path}/rows/${i}`, 'unknownSection', `Row "${row.code}" names no section.`);
    // Only a Handlungsfeld may be marked "nicht relevant"; Strategie & Steuerung always counts.
    else if (!section.fieldOfAction)
      errors.add(`${path}/rows/${i}`, 'notAFieldOfAction', `Section "${row.code}" is not a field of action.`);
  });
  target.options.forEach((option, i) => {
    const value = option.value;
    if (!option.notApplicable && (value === undefined || !Number.isInteger(value) || value < 1 || value > 5)) {
      errors.add(`${path}/options/${i}`, 'invalidPriorityScale', 'A priority option needs a whole value from 1 to 5.');
    }
  });
}

function resolve(
  code: string,
  path: string,
  questions: Questions,
  errors: DefinitionErrors,
): QuestionDefinition | null {
  const entry = questions.get(code);
  if (!entry) errors.add(path, 'unknownQuestion', `No question "${code}".`);
  return entry?.question ?? null;
}
