/**
 * Test-only: checks a JSON value against the subset of JSON Schema 2020-12 that
 * questionnaire-definition.schema.json uses ($ref to #/$defs, type, const, enum, required, properties,
 * additionalProperties: false, items, minItems, minLength, pattern, minimum, maximum, exclusiveMinimum,
 * oneOf). It throws on any other keyword, so the schema cannot quietly outgrow this check.
 */
type Schema = Record<string, unknown>;

const KNOWN_KEYWORDS = new Set([
  '$schema',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'oneOf',
]);

export function schemaErrors(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, root, value, '', errors);
  return errors;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, errors: string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`Unsupported schema keyword ${keyword}`);
  }
  if (typeof schema['$ref'] === 'string') {
    const name = schema['$ref'].replace('#/$defs/', '');
    const target = (root['$defs'] as Record<string, Schema>)[name];
    if (!target) throw new Error(`Unresolved $ref ${schema['$ref']}`);
    check(root, target, value, path, errors);
  }
  if (schema['type'] !== undefined && !hasType(value, schema['type'] as string)) {
    errors.push(`${path}: expected ${schema['type']}`);
    return;
  }
  if ('const' in schema && value !== schema['const']) errors.push(`${path}: expected ${String(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'string') checkString(schema, value, path, errors);
  if (typeof value === 'number') checkNumber(schema, value, path, errors);
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      errors.push(`${path}: too few items`);
    const items = schema['items'] as Schema | undefined;
    if (items) value.forEach((item, i) => check(root, items, item, `${path}/${i}`, errors));
  }
  if (isObject(value)) checkObject(root, schema, value, path, errors);
  if (Array.isArray(schema['oneOf'])) {
    const matches = (schema['oneOf'] as Schema[]).filter((s) => {
      const sub: string[] = [];
      check(root, s, value, path, sub);
      return sub.length === 0;
    });
    if (matches.length !== 1) errors.push(`${path}: matches ${matches.length} of oneOf`);
  }
}

function checkObject(
  root: Schema,
  schema: Schema,
  value: Record<string, unknown>,
  path: string,
  errors: string[],
): void {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  for (const key of (schema['required'] ?? []) as string[]) {
    if (!(key in value)) errors.push(`${path}: missing ${key}`);
  }
  for (const [key, item] of Object.entries(value)) {
    if (properties[key]) check(root, properties[key], item, `${path}/${key}`, errors);
    else if (schema['additionalProperties'] === false) errors.push(`${path}: unknown property ${key}`);
  }
}

function checkString(schema: Schema, value: string, path: string, errors: string[]): void {
  if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) errors.push(`${path}: too short`);
  if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) {
    errors.push(`${path}: does not match ${schema['pattern']}`);
  }
}

function checkNumber(schema: Schema, value: number, path: string, errors: string[]): void {
  if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${path}: below minimum`);
  if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${path}: above maximum`);
  if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum']) {
    errors.push(`${path}: not above exclusiveMinimum`);
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
