/**
 * Structural checks of a whole definition: every object has its required properties, no unknown ones, and
 * values of the right JSON type. Must agree with src/schema/questionnaire-definition.schema.json.
 */
import { QUESTION_TYPES, type QuestionType } from '../definition/questionnaire-definition';
import { checkConditionStructure } from './condition-structure';
import { childPath, type DefinitionErrors } from './definition-errors';
import { checkNumberScoringStructure } from './number-scoring-structure';
import { arrayItems, checkEnum, checkObject, checkOptionCodeList, type ObjectSpec } from './structure-checks';

const DEFINITION: ObjectSpec = {
  $schema: 'string?',
  id: 'code',
  version: 'positiveInteger',
  title: 'text',
  description: 'string?',
  scoring: 'object',
  sections: 'array',
  indicators: 'array',
};
const SCORING: ObjectSpec = {
  fieldMinAnsweredShare: 'object',
  indexMinScoredShare: 'object',
  gate: 'object?',
  fieldPriority: 'object?',
};
const FRACTION: ObjectSpec = {
  numerator: 'nonNegativeNumber',
  denominator: 'positiveNumber',
};
const GATE: ObjectSpec = {
  maxMaturityLevel: 'positiveInteger',
  unless: 'object',
};
const SECTION: ObjectSpec = {
  code: 'code',
  title: 'text',
  description: 'string?',
  weight: 'nonNegativeNumber',
  fieldOfAction: 'boolean',
  countsInIndex: 'boolean',
  questions: 'array',
};
const QUESTION_BASE: ObjectSpec = {
  code: 'code',
  type: 'string',
  text: 'text',
  help: 'string?',
  required: 'boolean',
  scored: 'boolean',
  weight: 'positiveNumber?',
  condition: 'object?',
};
const QUESTION_BY_TYPE: Record<QuestionType, ObjectSpec> = {
  yesNo: { options: 'array' },
  singleChoice: { options: 'array' },
  likert5: { options: 'array' },
  statusScale: { options: 'array' },
  obstacleScale: { options: 'array' },
  multipleChoice: { options: 'array', k: 'positiveInteger?' },
  number: {
    min: 'number?',
    max: 'number?',
    integer: 'boolean?',
    unit: 'string?',
    askReferenceDate: 'boolean?',
    prefill: 'string?',
    numberScoring: 'object?',
  },
  text: {
    maxLength: 'positiveInteger?',
    format: 'string?',
    prefill: 'string?',
    consentLabel: 'text?',
  },
  matrix: { rows: 'array', options: 'array' },
};
const OPTION: ObjectSpec = {
  code: 'code',
  label: 'text',
  score: 'score?',
  value: 'number?',
  notApplicable: 'boolean?',
  dontKnow: 'boolean?',
  exclusive: 'boolean?',
};
const ROW: ObjectSpec = { code: 'code', label: 'text' };
const INDICATOR: ObjectSpec = {
  code: 'code',
  label: 'text',
  description: 'string?',
  question: 'code',
  in: 'array',
};

export function checkDefinitionStructure(json: unknown, errors: DefinitionErrors): void {
  const definition = checkObject(json, '', DEFINITION, errors);
  if (!definition) return;
  const scoring = checkObject(definition['scoring'], '/scoring', SCORING, errors);
  if (scoring) checkScoring(scoring, errors);
  for (const section of arrayItems(definition, 'sections', '', errors, {
    nonEmpty: true,
  })) {
    checkSection(section.item, section.path, errors);
  }
  for (const indicator of arrayItems(definition, 'indicators', '', errors, {
    nonEmpty: false,
  })) {
    const object = checkObject(indicator.item, indicator.path, INDICATOR, errors);
    if (object) checkOptionCodeList(object, 'in', indicator.path, errors);
  }
}

function checkScoring(scoring: Record<string, unknown>, errors: DefinitionErrors): void {
  for (const key of ['fieldMinAnsweredShare', 'indexMinScoredShare']) {
    const path = childPath('/scoring', key);
    const fraction = checkObject(scoring[key], path, FRACTION, errors);
    const { numerator, denominator } = fraction ?? {};
    if (typeof numerator === 'number' && typeof denominator === 'number' && numerator > denominator) {
      errors.add(path, 'invalidValue', 'A share cannot exceed 1.');
    }
  }
  if (scoring['gate'] !== undefined) {
    const gate = checkObject(scoring['gate'], '/scoring/gate', GATE, errors);
    const level = gate?.['maxMaturityLevel'];
    if (typeof level === 'number' && level > 5) {
      errors.add('/scoring/gate/maxMaturityLevel', 'invalidValue', 'Maturity levels run from 1 to 5.');
    }
    if (gate?.['unless'] !== undefined) checkConditionStructure(gate['unless'], '/scoring/gate/unless', errors);
  }
  if (scoring['fieldPriority'] !== undefined) {
    checkObject(scoring['fieldPriority'], '/scoring/fieldPriority', { question: 'code' }, errors);
  }
}

function checkSection(value: unknown, path: string, errors: DefinitionErrors): void {
  const section = checkObject(value, path, SECTION, errors);
  if (!section) return;
  for (const question of arrayItems(section, 'questions', path, errors, {
    nonEmpty: true,
  })) {
    checkQuestion(question.item, question.path, errors);
  }
}

function checkQuestion(value: unknown, path: string, errors: DefinitionErrors): void {
  const type = (value as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && !(QUESTION_TYPES as readonly string[]).includes(type)) {
    errors.add(childPath(path, 'type'), 'unknownQuestionType', `Unknown question type "${type}".`);
    return;
  }
  const spec = { ...QUESTION_BASE, ...QUESTION_BY_TYPE[type as QuestionType] };
  const question = checkObject(value, path, spec, errors);
  if (!question) return;
  if (question['condition'] !== undefined) {
    checkConditionStructure(question['condition'], childPath(path, 'condition'), errors);
  }
  if ('options' in spec) {
    for (const option of arrayItems(question, 'options', path, errors, {
      nonEmpty: true,
    })) {
      checkObject(option.item, option.path, OPTION, errors);
    }
  }
  if ('rows' in spec) {
    for (const row of arrayItems(question, 'rows', path, errors, {
      nonEmpty: true,
    })) {
      checkObject(row.item, row.path, ROW, errors);
    }
  }
  if (type === 'number') {
    checkEnum(question, 'prefill', ['referencePopulation'], path, errors);
    if (question['numberScoring'] !== undefined) {
      checkNumberScoringStructure(question['numberScoring'], childPath(path, 'numberScoring'), errors);
    }
  }
  if (type === 'text') {
    checkEnum(question, 'format', ['ars'], path, errors);
    checkEnum(question, 'prefill', ['regionArs'], path, errors);
  }
}
