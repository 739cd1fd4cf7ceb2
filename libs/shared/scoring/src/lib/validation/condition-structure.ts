/**
 * Structure of the condition language: exactly one of the six shapes, with nothing else in it.
 */
import { COMPARE_OPERATORS } from '../definition/condition';
import { childPath, type DefinitionErrors } from './definition-errors';
import {
  arrayItems,
  checkEnum,
  checkObject,
  checkOptionCodeList,
  isObject,
  type ObjectSpec,
  REFERENCE_PATTERN,
} from './structure-checks';

const SHAPES: { key: string; spec: ObjectSpec }[] = [
  { key: 'all', spec: { all: 'array' } },
  { key: 'any', spec: { any: 'array' } },
  { key: 'not', spec: { not: 'object' } },
  { key: 'answered', spec: { answered: 'string' } },
  { key: 'in', spec: { q: 'string', in: 'array' } },
  { key: 'op', spec: { q: 'string', op: 'string', value: 'number' } },
];

export function checkConditionStructure(value: unknown, path: string, errors: DefinitionErrors): void {
  if (!isObject(value)) {
    errors.add(path, 'wrongType', 'Expected a condition object.');
    return;
  }
  const matching = SHAPES.filter((shape) => shape.key in value);
  if (matching.length !== 1) {
    errors.add(
      path,
      'invalidCondition',
      'A condition has exactly one of "all", "any", "not", "answered", "in" (with "q") or "op" (with "q", "value").',
    );
    return;
  }
  const [{ key, spec }] = matching;
  const condition = checkObject(value, path, spec, errors);
  if (!condition) return;
  switch (key) {
    case 'all':
    case 'any':
      for (const { item, path: itemPath } of arrayItems(condition, key, path, errors, { nonEmpty: true })) {
        checkConditionStructure(item, itemPath, errors);
      }
      return;
    case 'not':
      if (isObject(condition['not'])) checkConditionStructure(condition['not'], childPath(path, 'not'), errors);
      return;
    case 'answered':
      return checkReference(condition['answered'], childPath(path, 'answered'), errors);
    case 'in':
      checkReference(condition['q'], childPath(path, 'q'), errors);
      checkOptionCodeList(condition, 'in', path, errors);
      return;
    default:
      checkReference(condition['q'], childPath(path, 'q'), errors);
      checkEnum(condition, 'op', COMPARE_OPERATORS, path, errors);
  }
}

function checkReference(value: unknown, path: string, errors: DefinitionErrors): void {
  if (typeof value === 'string' && !REFERENCE_PATTERN.test(value)) {
    errors.add(path, 'invalidCode', `"${value}" is not a question reference like "A1" or "P1.TOU".`);
  }
}
