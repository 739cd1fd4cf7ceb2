import fc from 'fast-check';

/**
 * Building blocks of the write fuzzing: hostile strings and values, malformed JSON text and junk path segments.
 * Everything here is an input an attacker can send; none of it is valid on its own terms where that matters
 * (malformed JSON never parses, junk path segments never name a real resource).
 */

/** The key a prototype-pollution payload tries to plant on Object.prototype, and its value. */
export const POLLUTION_KEY = 'fuzzPolluted';
export const POLLUTION_VALUE = 'polluted-by-fuzz';

/** Unicode and injection edge cases, each short. */
export const EDGE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFF',
  '\uDC00x',
  '\u202Egnp.exe',
  '\u202Dlinks\u202C',
  '\u2066\u2067\u2068\u2069',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030A',
  'Z̷̧̛̖͓̫a̶̡̛͙͈l̸̢̧͚g̴̨̺̈́o̵̡͕͌',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '\uFEFF',
  '\u200B\u200C\u200D',
  '\uFFFE\uFFFF',
  '\u2028\u2029',
  '\r\n\t\v\f',
  'İıß',
  'ﷺ',
  '<script>alert(1)</script>',
  "'; DROP TABLE app_user; --",
  '" OR ""="',
  '${7*7}{{7*7}}',
  '../../../etc/passwd',
  '%s%n%x',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
];

const UNICODE_UNITS = fc.constantFrom(
  'a',
  'ä',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u0301',
  '\u200D',
  '😀',
  '\uFEFF',
  '"',
  '\\',
  '/',
  '<',
  '%',
);

/** A short hostile string: an edge case, random code points, or a mix of the troublesome units. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(UNICODE_UNITS, { maxLength: 40 }).map((units) => units.join('')),
);

/** About 200,000 UTF-16 units: far past any field's length, well within the 1 MB body limit in UTF-8. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('x', 'ä', '😀', 'e\u0301', '\u200D'), fc.integer({ min: 150_000, max: 200_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/** Numbers JSON can carry that code often mishandles. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-0, -1, 0.5, 1e21, -1e21, 1.7976931348623157e308, 5e-324, 2 ** 53, -(2 ** 53), 2 ** 31),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Arrays or objects nested `depth` levels (within the API's limit of 64, so the validators see them). */
export const nested = (depth: number, leaf: unknown, kind: 'array' | 'object'): unknown => {
  let value = leaf;
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return value;
};

/** An object whose own keys are `__proto__`, `constructor` and `prototype` (JSON.parse makes them own keys). */
export const PROTO_KEYS_TEXT =
  `{"__proto__":{"${POLLUTION_KEY}":"${POLLUTION_VALUE}"},` +
  `"constructor":{"prototype":{"${POLLUTION_KEY}":"${POLLUTION_VALUE}"}},` +
  `"prototype":{"${POLLUTION_KEY}":"${POLLUTION_VALUE}"}}`;
export const protoKeysObject = (): Record<string, unknown> => JSON.parse(PROTO_KEYS_TEXT);

/** Any hostile JSON value: strings, numbers, arrays, objects with hostile or prototype keys, nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
    fc.constant(null).map(() => protoKeysObject()),
    fc
      .tuple(fc.integer({ min: 10, max: 60 }), fc.constantFrom<'array' | 'object'>('array', 'object'))
      .map(([depth, kind]) => nested(depth, 'x', kind)),
  ),
})).value;

/**
 * JSON text the API must refuse with 400, with what makes it so: a syntax error (or a top level other than an
 * object or array) for the parser, or nesting deeper than the API's 64 levels.
 */
export interface MalformedJson {
  kind: string;
  bytes: Buffer;
  refusedFor: 'syntax' | 'depth';
}

const INVALID_UTF8: readonly number[][] = [
  [0xff],
  [0xfe, 0xff],
  [0xc3, 0x28],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0x80],
];

/** Malformed variants of a valid JSON text (`template`, e.g. a valid body of the endpoint). */
export function malformedJson(template: string): fc.Arbitrary<MalformedJson> {
  const text = (kind: string, value: string, refusedFor: 'syntax' | 'depth' = 'syntax'): MalformedJson => ({
    kind,
    bytes: Buffer.from(value, 'utf8'),
    refusedFor,
  });
  return fc.oneof(
    fc.integer({ min: 1, max: Math.max(1, template.length - 1) }).map((cut) => {
      const truncated = template.slice(0, cut);
      // A cut can leave valid JSON only at a closing bracket; a comma after it breaks that too.
      return text('truncated', isParsable(truncated) ? `${truncated},` : truncated);
    }),
    fc.constant(text('trailing comma', template.replace(/\}\s*$/, ',}'))),
    fc
      .constantFrom('NaN', 'Infinity', '-Infinity', 'undefined', "'x'", '0x10', '+1', '.5', '01')
      .map((token) => text(`bare ${token}`, `{"value":${token}}`)),
    fc.constant(text('single quotes', template.replace(/"/g, "'"))),
    fc.constant(text('comment', `{/* c */${template.slice(1)}`)),
    fc.constant(text('unquoted key', '{value:1}')),
    fc.constantFrom('"text"', '1', 'null', 'true', '"\uD800"').map((scalar) => text(`top-level ${scalar}`, scalar)),
    fc.constant(text('two documents', `${template}${template}`)),
    fc.constant(text('unclosed string', '{"value":"abc}')),
    fc.constant(text('control character in string', '{"value":"a\u0001b"}')),
    fc.constant(text('bad escape', '{"value":"\\x41"}')),
    fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.uint8Array({ maxLength: 32 })).map(([invalid, random]) => ({
      kind: 'invalid UTF-8 bytes',
      refusedFor: 'syntax' as const,
      bytes: Buffer.concat([Buffer.from('{"value":'), Buffer.from(invalid), Buffer.from(random), Buffer.from('}')]),
    })),
    fc
      .integer({ min: 65, max: 5_000 })
      .map((depth) => text(`${depth} levels of arrays`, nestedText(depth, '[', ']'), 'depth')),
    fc
      .integer({ min: 65, max: 5_000 })
      .map((depth) => text(`${depth} levels of objects`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, 'depth')),
  );
}

const nestedText = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);

function isParsable(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What body-parser would accept: JSON whose top level is an object or array (it decodes UTF-8 leniently). */
export function parserAccepts(bytes: Buffer): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!/^[ \t\n\r]*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Kinds of path parameters, with what a real value of each looks like (junk never does). */
export type ParamKind = 'uuid' | 'ars' | 'questionCode' | 'version' | 'slug';

const LEGIT: Record<ParamKind, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  ars: /^\s*\d+\s*$/,
  questionCode: /^[A-Za-z]{1,4}\d{1,3}[a-z]?$/,
  version: /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$|^\s*0[xbo][0-9a-f]+\s*$/i,
  slug: /^digitale-kommune$/,
};

/** Percent-encoded junk for a path segment (raw, as sent on the wire). */
const RAW_JUNK: readonly string[] = [
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%FF%FE',
  '%00',
  'a%00b',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%2f..%2f',
  '%252e%252e',
  '%0d%0aSet-Cookie:%20x=1',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '%7B%22%24ne%22%3A1%7D',
  "'%20OR%201=1--",
  'a'.repeat(5_000),
  '0'.repeat(200),
  '1'.repeat(400),
];

/** A junk path segment (already encoded) that cannot name a real resource of `kind`. */
export function junkSegment(kind: ParamKind): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(...RAW_JUNK),
      fc.constantFrom(...EDGE_STRINGS).map(encodeSegment),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(encodeSegment),
    )
    .filter((segment) => segment !== '' && !LEGIT[kind].test(safeDecode(segment)));
}

/** encodeURIComponent, with lone surrogates (which it refuses) written as their WTF-8 bytes. */
export function encodeSegment(value: string): string {
  let encoded = '';
  for (const unit of value) {
    const code = unit.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      encoded +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      encoded += encodeURIComponent(unit);
    }
  }
  return encoded;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
