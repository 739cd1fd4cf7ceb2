import type { ApiErrorBody } from '@digitalcheck/shared-contracts';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { requestId } from './request-id';

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

/** The content types the parsers below read; other bodies (CSV, GeoJSON uploads) are left to their handlers. */
const PARSED_TYPES = ['application/json', 'application/x-www-form-urlencoded'];

/**
 * JSON and form body parsers whose failures answer in the API's error shape at once. Left to
 * express, a malformed or oversized body surfaces as a misleading 404 from Nest's fallback route.
 *
 * A body over `limit` is refused as soon as that is known: a declared Content-Length over the limit before a
 * byte of the body is read, a chunked body the moment it grows past the limit. body-parser alone would answer
 * only after reading the whole body off the wire (up to any size the client sends). The 413 closes the
 * connection, so the rest of such a body is never read.
 */
export function bodyParsers(limit: string): RequestHandler[] {
  const maxBytes = byteCount(limit);
  const parsers = [express.json({ limit }), express.urlencoded({ limit, extended: false })].map(
    (parser): RequestHandler =>
      (request, response, next) =>
        parser(request, response, (error?: unknown) => {
          // Already answered (413 while the body was arriving): body-parser reports the same overflow late.
          if (response.headersSent) return;
          if (error) rejectBody(error, request, response);
          else next();
        }),
  );
  return [refuseOversized(maxBytes), ...parsers, refuseUnsafeJson];
}

/** '512kb', '1mb' or '2048b' (the format REQUEST_BODY_LIMIT is validated against) in bytes. */
export function byteCount(limit: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(limit.trim());
  if (!match) throw new Error(`not a byte size: ${limit}`);
  const unit = { b: 1, kb: 1024, mb: 1_048_576 }[match[2].toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
}

function refuseOversized(maxBytes: number): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!request.is(PARSED_TYPES)) {
      next();
      return;
    }
    const declared = request.headers['content-length'];
    if (declared !== undefined) {
      // Node's parser holds a body to its declared length, so only the declaration needs checking.
      if (Number(declared) > maxBytes) tooLarge(request, response);
      else next();
      return;
    }
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        request.off('data', count);
        tooLarge(request, response);
      }
    };
    // Attached right before the parser attaches its own listener, so both see every chunk.
    request.on('data', count);
    next();
  };
}

function tooLarge(request: Request, response: Response): void {
  if (response.headersSent) return;
  response.setHeader('Connection', 'close');
  send(request, response, { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' });
}

/**
 * Refuses parsed bodies that code behind the parser cannot take: nesting deeper than MAX_JSON_DEPTH, objects with
 * more than MAX_JSON_KEYS keys, and text with lone surrogates, which validators choke on (validator's isEmail
 * calls encodeURI, which throws: 500) and which PostgreSQL would store as U+FFFD.
 */
function refuseUnsafeJson(request: Request, response: Response, next: NextFunction): void {
  const problem = unsafeJson(request.body, { maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_JSON_KEYS });
  if (problem === null) {
    next();
    return;
  }
  send(request, response, { statusCode: 400, code: 'BAD_REQUEST', message: UNSAFE_JSON_MESSAGES[problem] });
}

type UnsafeJson = 'too deep' | 'too many keys' | 'lone surrogate';

const UNSAFE_JSON_MESSAGES: Record<UnsafeJson, string> = {
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

function rejectBody(error: unknown, request: Request, response: Response): void {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    tooLarge(request, response);
    return;
  }
  send(
    request,
    response,
    type === 'entity.parse.failed'
      ? { statusCode: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' }
      : { statusCode: 400, code: 'BAD_REQUEST', message: 'The request body could not be read.' },
  );
}

function send(request: Request, response: Response, body: ApiErrorBody): void {
  body.requestId = requestId(request, response);
  response.status(body.statusCode).json(body);
}
