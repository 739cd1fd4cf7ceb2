import fc from 'fast-check';
import {
  encodeSegment,
  hostileNumber,
  hostileString,
  hostileValue,
  hugeString,
  junkSegment,
  malformedJson,
  parserAccepts,
  PROTO_KEYS_TEXT,
} from './hostile-inputs';
import { type FieldSpec, fillPath, type Fixtures, type WriteTarget } from './write-targets';

/** One request of the fuzzing and what its answer must be. */
export interface FuzzCase {
  /** What was generated, for the report of a failing case. */
  label: string;
  path: string;
  body?: Buffer;
  contentType?: string;
  /** The exact status the case must get (malformed JSON 400, over the body limit 413). */
  status?: number;
  /** A 2xx is fine (a computation, a dry run); otherwise the answer must be a 4xx. */
  successAllowed?: boolean;
}

const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF-8'];

/** All cases of one endpoint: malformed JSON, an oversized body, broken bodies, junk path parameters. */
export function fuzzCases(
  operation: string,
  target: WriteTarget,
  fixtures: Fixtures,
  bodyLimit: number,
): fc.Arbitrary<FuzzCase> {
  const template = operation.split(' ')[1];
  const realValues = target.params?.(fixtures) ?? {};
  const realPath = fillPath(template, realValues) + (target.query ?? '');
  const validText = JSON.stringify(target.body?.(fixtures) ?? { value: 'x' });

  // Weighted: broken bodies and junk paths reach the most code; a body over the limit is refused at the door.
  const arbitraries: Array<fc.WeightedArbitrary<FuzzCase>> = [
    {
      weight: 3,
      arbitrary: fc.tuple(malformedJson(validText), fc.constantFrom(...JSON_TYPES)).map(([malformed, contentType]) => {
        if (malformed.refusedFor === 'syntax' && parserAccepts(malformed.bytes)) {
          throw new Error(`generator bug: ${malformed.kind} parses`);
        }
        return {
          label: `malformed JSON (${malformed.kind})`,
          path: realPath,
          body: malformed.bytes,
          contentType,
          status: 400,
        };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 64 * 1024 }).map((extra) => ({
        label: `${bodyLimit + extra} bytes, over the body limit`,
        path: realPath,
        body: Buffer.from(`{"value":"${'x'.repeat(bodyLimit + extra - 12)}"}`),
        contentType: 'application/json',
        status: 413,
      })),
    },
  ];
  if (target.body && target.readOnly)
    arbitraries.push({ weight: 6, arbitrary: hostileBodies(realPath, target, fixtures) });
  else if (target.body) arbitraries.push({ weight: 6, arbitrary: brokenBodies(realPath, target, fixtures) });
  if (target.rawUpload) {
    arbitraries.push(
      { weight: 4, arbitrary: hostileUploads(realPath) },
      { weight: 2, arbitrary: junkQueries(template) },
    );
  }
  if (target.paramKinds) {
    arbitraries.push({ weight: 4, arbitrary: junkPaths(template, target, realValues, fixtures) });
  }
  return fc.oneof(...arbitraries);
}

/** Representative values of another type than a field of `kind` takes (a deterministic sweep over every field). */
const WRONG_EXAMPLES: Record<Exclude<FieldSpec['kind'], 'any'>, unknown[]> = {
  string: [42, true, [], {}],
  uuid: [42, true, [], {}],
  enum: ['KEIN_WERT', 42, true, [], {}],
  number: ['42', true, [], {}],
  boolean: ['true', 1, [], {}],
  array: ['text', 42, true, {}],
  object: ['text', 42, true],
};

/**
 * For each field of the table, the valid body with that one field of each wrong type (and null where the field
 * is required and not nullable): must be 400, whatever else the random cases do.
 */
export function wrongTypeSweep(operation: string, target: WriteTarget, fixtures: Fixtures): FuzzCase[] {
  if (!target.body || target.readOnly) return [];
  const path = fillPath(operation.split(' ')[1], target.params?.(fixtures) ?? {}) + (target.query ?? '');
  return Object.entries(target.fields ?? {}).flatMap(([field, spec]) => {
    if (spec.kind === 'any') return [];
    const wrong = [...WRONG_EXAMPLES[spec.kind], ...(spec.required && !spec.nullable ? [null] : [])];
    return wrong.map((value) => ({
      label: `${field} = ${preview(value)} (sweep)`,
      path,
      body: Buffer.from(JSON.stringify({ ...target.body?.(fixtures), [field]: value })),
      contentType: 'application/json',
      status: 400,
    }));
  });
}

/** The valid body with hostile payloads in its fields, then broken by one of: a missing required field, a field
 * of the wrong type, an unknown key. */
function brokenBodies(path: string, target: WriteTarget, fixtures: Fixtures): fc.Arbitrary<FuzzCase> {
  const fields = target.fields ?? {};
  const names = Object.keys(fields);
  const required = names.filter((name) => fields[name].required);
  const typed = names.filter((name) => fields[name].kind !== 'any');
  const breakers: Array<fc.Arbitrary<Breaker>> = [
    fc.tuple(fc.nat(), hostileValue).map(([n, value]) => ({ kind: 'unknown key' as const, key: `x-fuzz-${n}`, value })),
  ];
  if (required.length > 0) {
    breakers.push(fc.constantFrom(...required).map((field) => ({ kind: 'missing' as const, field })));
  }
  if (typed.length > 0) {
    breakers.push(
      fc
        .constantFrom(...typed)
        .chain((field) => wrongValue(fields[field]).map((value) => ({ kind: 'wrong type' as const, field, value }))),
    );
  }
  return fc
    .record({
      payloads: payloads(fields),
      protoKeys: fc.boolean(),
      breaker: fc.oneof(...breakers),
      contentType: fc.constantFrom(...JSON_TYPES),
    })
    .map(({ payloads: planted, protoKeys, breaker, contentType }) => {
      const body: Record<string, unknown> = { ...target.body?.(fixtures), ...planted };
      if (breaker.kind === 'missing') delete body[breaker.field];
      else if (breaker.kind === 'wrong type') body[breaker.field] = breaker.value;
      else body[breaker.key] = breaker.value;
      const text = withProtoKeys(JSON.stringify(body), protoKeys);
      return {
        label: `${describeBreaker(breaker)}; payloads in ${Object.keys(planted).join(', ') || 'no field'}${protoKeys ? '; __proto__/constructor/prototype keys' : ''}`,
        path,
        body: Buffer.from(text, 'utf8'),
        contentType,
      };
    });
}

type Breaker =
  | { kind: 'unknown key'; key: string; value: unknown }
  | { kind: 'missing'; field: string }
  | { kind: 'wrong type'; field: string; value: unknown };

const describeBreaker = (breaker: Breaker) =>
  breaker.kind === 'unknown key'
    ? `unknown key ${breaker.key}`
    : breaker.kind === 'missing'
      ? `${breaker.field} missing`
      : `${breaker.field} = ${preview(breaker.value)}`;

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
}

/** Hostile values planted in some fields: strings in text fields (one of them possibly huge), anything elsewhere. */
function payloads(fields: Record<string, FieldSpec>): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const texts = names.filter((name) => fields[name].kind === 'string');
  const loose = names.filter((name) => fields[name].kind === 'any' || fields[name].kind === 'object');
  const entries: Array<fc.Arbitrary<[string, unknown] | null>> = [
    ...texts.map((name) => fc.option(hostileString.map((value): [string, unknown] => [name, value]))),
    ...loose.map((name) => fc.option(hostileValue.map((value): [string, unknown] => [name, value]))),
  ];
  const huge =
    texts.length > 0 ? fc.option(fc.tuple(fc.constantFrom(...texts), hugeString), { freq: 4 }) : fc.constant(null);
  return fc.tuple(fc.tuple(...entries), huge).map(([planted, big]) => {
    const result: Record<string, unknown> = {};
    for (const entry of planted) if (entry) result[entry[0]] = entry[1];
    if (big) result[big[0]] = big[1];
    return result;
  });
}

/** A value of another type than the field takes (never one the field accepts). */
function wrongValue(spec: FieldSpec): fc.Arbitrary<unknown> {
  const object = fc.dictionary(hostileString, hostileValue, { minKeys: 1, maxKeys: 3 });
  const array = fc.array(hostileValue, { maxLength: 3 });
  // null stands for "absent" in an optional field (class-validator's IsOptional), so it is wrong only where required.
  const nullUnlessNullable = spec.nullable || !spec.required ? [] : [fc.constant(null)];
  switch (spec.kind) {
    case 'string':
    case 'uuid':
      return fc.oneof(hostileNumber, fc.boolean(), array, object, ...nullUnlessNullable);
    case 'enum':
      return fc.oneof(hostileString, hostileNumber, fc.boolean(), array, object, ...nullUnlessNullable);
    case 'number':
      return fc.oneof(hostileString, fc.boolean(), array, object, ...nullUnlessNullable);
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'false', 0, 1), hostileString, array, object, ...nullUnlessNullable);
    case 'array':
      return fc.oneof(hostileString, hostileNumber, fc.boolean(), object, ...nullUnlessNullable);
    case 'object':
      return fc.oneof(hostileString, hostileNumber, fc.boolean(), ...nullUnlessNullable);
    case 'any':
      throw new Error('a field of any type has no wrong type');
  }
}

function withProtoKeys(text: string, add: boolean): string {
  if (!add) return text;
  return text === '{}' ? PROTO_KEYS_TEXT : `${text.slice(0, -1)},${PROTO_KEYS_TEXT.slice(1)}`;
}

/** For a computation that changes nothing: its body with hostile values everywhere, not broken on purpose. */
function hostileBodies(path: string, target: WriteTarget, fixtures: Fixtures): fc.Arbitrary<FuzzCase> {
  const codes = fc.oneof(fc.constantFrom('A1', 'A3', 'S1', 'S3', 'V4', 'M1', '__proto__'), hostileString);
  return fc
    .record({
      answers: fc.oneof(fc.dictionary(codes, hostileValue, { maxKeys: 8 }), hostileValue),
      referencePopulation: fc.option(fc.oneof(hostileNumber, hostileValue), { nil: undefined }),
      protoKeys: fc.boolean(),
    })
    .map(({ answers, referencePopulation, protoKeys }) => {
      const body = { ...target.body?.(fixtures), answers, referencePopulation };
      return {
        label: `hostile answers ${preview(answers)}${protoKeys ? ' with __proto__ keys' : ''}`,
        path,
        body: Buffer.from(withProtoKeys(JSON.stringify(body), protoKeys), 'utf8'),
        contentType: 'application/json',
        successAllowed: true,
      };
    });
}

/** Files for a dry-run import: random bytes, CSV rows of hostile text, hostile JSON (GeoJSON-like or not). */
function hostileUploads(path: string): fc.Arbitrary<FuzzCase> {
  const csv = fc
    .array(fc.array(fc.oneof(hostileString, fc.constantFrom('07137', '071370001001', 'Gemeinde')), { maxLength: 6 }), {
      maxLength: 6,
    })
    .map((rows) => rows.map((cells) => cells.join(';')).join('\n'));
  const geoJson = hostileValue.map((properties) =>
    JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: properties }] }),
  );
  return fc
    .record({
      content: fc.oneof(
        fc.uint8Array({ maxLength: 2_048 }).map((bytes) => Buffer.from(bytes)),
        csv.map((text) => Buffer.from(text, 'utf8')),
        csv.map((text) => Buffer.from(text, 'latin1')),
        geoJson.map((text) => Buffer.from(text, 'utf8')),
        hostileValue.map((value) => Buffer.from(JSON.stringify(value) ?? 'null', 'utf8')),
      ),
      contentType: fc.constantFrom('text/csv', 'application/octet-stream', 'application/geo+json'),
    })
    .map(({ content, contentType }) => ({
      label: `dry-run upload of ${content.length} bytes as ${contentType}`,
      path,
      body: content,
      contentType,
      successAllowed: true,
    }));
}

/** The import's query parameters with junk: refused before the file is looked at. */
function junkQueries(template: string): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      name: fc.constantFrom('dryRun', 'file'),
      junk: junkSegment('slug').filter((segment) => !/^(true|false)$/.test(segment)),
    })
    .map(({ name, junk }) => {
      // A file name may be letters, digits, . _ - and spaces: junk for `file` needs another character.
      const value = name === 'file' ? `${junk}%2F` : junk;
      return {
        label: `${name}=${value}`,
        path: `${template}?${name}=${value}${name === 'file' ? '&dryRun=true' : ''}`,
        body: Buffer.from('region;name\n07137;Mayen-Koblenz\n'),
        contentType: 'text/csv',
        status: 400,
      };
    });
}

/** One path parameter replaced with junk; the body (if any) valid, so only the path can stop the request. */
function junkPaths(
  template: string,
  target: WriteTarget,
  realValues: Record<string, string>,
  fixtures: Fixtures,
): fc.Arbitrary<FuzzCase> {
  const kinds = target.paramKinds ?? {};
  return fc
    .constantFrom(...Object.keys(kinds))
    .chain((param) => junkSegment(kinds[param]).map((junk) => ({ param, junk })))
    .map(({ param, junk }) => {
      const values = Object.fromEntries(
        Object.entries(realValues).map(([name, value]) => [name, encodeSegment(value)]),
      );
      values[param] = junk;
      const body = target.body ? Buffer.from(JSON.stringify(target.body(fixtures))) : undefined;
      return {
        label: `{${param}} = ${junk.length > 60 ? `${junk.slice(0, 60)}… (${junk.length} chars)` : junk}`,
        path: fillPath(template, values) + (target.query ?? ''),
        body,
        contentType: body ? 'application/json' : undefined,
        successAllowed: target.readOnly,
      };
    });
}
