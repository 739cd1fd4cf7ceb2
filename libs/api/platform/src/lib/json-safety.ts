/** Limits on the shape of parsed JSON bodies, checked without recursion (see refuseUnsafeJson in body-parsers). */

/**
 * JSON bodies nested deeper than this are refused with 400. Real bodies stay far below (a questionnaire
 * definition with nested conditions reaches about 15 levels); thousands of levels would overflow the stack of
 * recursive code behind the parser (Nest's ValidationPipe, class-transformer) and answer 500.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * JSON objects with more keys than this are refused with 400. The largest real object is a set of answers keyed
 * by question code (about a hundred); class-transformer's cost grows with the square of an object's keys
 * (60,000 keys in a 1 MB body: 1.6 s of blocked event loop, and a 5 MB list of unknown-field errors).
 * Arrays are not limited here (a wave may name 20,000 regions; the DTOs bound them).
 */
export const MAX_JSON_KEYS = 1_000;

/** A UTF-16 surrogate without its partner: no UTF-8 text can hold one, only a JSON escape such as "\ud800". */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnsafeJson = 'too deep' | 'too many keys' | 'lone surrogate';

export const UNSAFE_JSON_MESSAGES: Record<UnsafeJson, string> = {
  'too deep': `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`,
  'too many keys': `An object in the request body has more than ${MAX_JSON_KEYS} keys.`,
  'lone surrogate': 'The request body contains text that is not valid Unicode (a lone surrogate).',
};

/** What makes a parsed JSON value unsafe, if anything: checked without recursion, keys and values alike. */
export function unsafeJson(value: unknown, limits: { maxDepth: number; maxKeys: number }): UnsafeJson | null {
  if (nestingDepth(value, limits.maxDepth) > limits.maxDepth) return 'too deep';
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return 'lone surrogate';
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      if (!Array.isArray(current) && entries.length > limits.maxKeys) return 'too many keys';
      for (const [key, child] of entries) {
        if (LONE_SURROGATE.test(key)) return 'lone surrogate';
        pending.push(child);
      }
    }
  }
  return null;
}

/** Depth of arrays and objects in a parsed JSON value (a scalar is 0), counted without recursion up to `cap` + 1. */
export function nestingDepth(value: unknown, cap: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > cap) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}
