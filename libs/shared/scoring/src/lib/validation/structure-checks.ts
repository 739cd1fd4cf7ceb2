/**
 * Hand-written structural checks (no JSON-schema validator at runtime): one table of allowed properties per
 * object kind, checked for missing, unknown and mistyped properties.
 */
import { childPath, type DefinitionErrors } from './definition-errors';

/** Codes name questions, sections, options and rows; "." is reserved for matrix rows ("P1.TOU"). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9][A-Za-z0-9_-]*)?$/;

type Kind =
  | 'string'
  | 'text'
  | 'code'
  | 'boolean'
  | 'number'
  | 'positiveNumber'
  | 'nonNegativeNumber'
  | 'positiveInteger'
  | 'score'
  | 'array'
  | 'object';

/** Property name → kind; a trailing "?" marks an optional property. */
export type ObjectSpec = Record<string, Kind | `${Kind}?`>;

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the value as an object when it is one (even with bad properties), so checks can go deeper. */
export function checkObject(
  value: unknown,
  path: string,
  spec: ObjectSpec,
  errors: DefinitionErrors,
): JsonObject | null {
  if (!isObject(value)) {
    errors.add(path, 'wrongType', 'Expected an object.');
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!(key in spec)) errors.add(childPath(path, key), 'unknownProperty', `Unknown property "${key}".`);
  }
  for (const [key, entry] of Object.entries(spec)) {
    const optional = entry.endsWith('?');
    const kind = (optional ? entry.slice(0, -1) : entry) as Kind;
    if (value[key] === undefined) {
      if (!optional) errors.add(childPath(path, key), 'missingProperty', `Missing property "${key}".`);
      continue;
    }
    checkKind(value[key], childPath(path, key), kind, errors);
  }
  return value;
}

function checkKind(value: unknown, path: string, kind: Kind, errors: DefinitionErrors): void {
  switch (kind) {
    case 'string':
      return expect(typeof value === 'string', path, 'a string', errors);
    case 'text':
      if (typeof value !== 'string') return expect(false, path, 'a string', errors);
      if (value.trim() === '') errors.add(path, 'invalidValue', 'Must not be empty.');
      return;
    case 'code':
      if (typeof value !== 'string') return expect(false, path, 'a string', errors);
      if (!CODE_PATTERN.test(value))
        errors.add(path, 'invalidCode', `"${value}" is not a valid code (letters, digits, "_", "-").`);
      return;
    case 'boolean':
      return expect(typeof value === 'boolean', path, 'a boolean', errors);
    case 'array':
      return expect(Array.isArray(value), path, 'an array', errors);
    case 'object':
      return expect(isObject(value), path, 'an object', errors);
    default:
      return checkNumber(value, path, kind, errors);
  }
}

function checkNumber(value: unknown, path: string, kind: Kind, errors: DefinitionErrors): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return expect(false, path, 'a finite number', errors);
  const problem =
    kind === 'positiveNumber' && value <= 0
      ? 'Must be greater than 0.'
      : kind === 'nonNegativeNumber' && value < 0
        ? 'Must not be negative.'
        : kind === 'positiveInteger' && (!Number.isInteger(value) || value < 1)
          ? 'Must be a whole number of at least 1.'
          : kind === 'score' && (value < 0 || value > 1)
            ? 'A score must lie between 0 and 1.'
            : null;
  if (problem) errors.add(path, 'invalidValue', problem);
}

function expect(ok: boolean, path: string, what: string, errors: DefinitionErrors): void {
  if (!ok) errors.add(path, 'wrongType', `Expected ${what}.`);
}

/** The elements of an array property that is present and an array, with their paths. */
export function arrayItems(
  object: JsonObject,
  key: string,
  path: string,
  errors: DefinitionErrors,
  { nonEmpty }: { nonEmpty: boolean },
): { item: unknown; path: string }[] {
  const value = object[key];
  if (!Array.isArray(value)) return [];
  const arrayPath = childPath(path, key);
  if (nonEmpty && value.length === 0) errors.add(arrayPath, 'emptyList', `"${key}" must not be empty.`);
  return value.map((item, i) => ({ item, path: childPath(arrayPath, i) }));
}

export function checkEnum(
  object: JsonObject,
  key: string,
  allowed: readonly string[],
  path: string,
  errors: DefinitionErrors,
): void {
  const value = object[key];
  if (typeof value === 'string' && !allowed.includes(value)) {
    errors.add(childPath(path, key), 'invalidValue', `"${value}" is not one of ${allowed.join(', ')}.`);
  }
}

/** A non-empty list of option codes, as in `in` of conditions and indicators. */
export function checkOptionCodeList(
  object: Record<string, unknown>,
  key: string,
  path: string,
  errors: DefinitionErrors,
): void {
  for (const { item, path: itemPath } of arrayItems(object, key, path, errors, {
    nonEmpty: true,
  })) {
    if (typeof item !== 'string') errors.add(itemPath, 'wrongType', 'Expected an option code.');
  }
}
