import type { ApiErrorBody } from '@digitalcheck/shared-contracts';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { MAX_JSON_DEPTH, MAX_JSON_KEYS, UNSAFE_JSON_MESSAGES, unsafeJson } from './json-safety';
import { type Lingering, LINGERING, refuseOversized, tooLarge } from './oversized-body';
import { requestId } from './request-id';

/** The content types the parsers below read; other bodies (CSV, GeoJSON uploads) are left to their handlers. */
const PARSED_TYPES = ['application/json', 'application/x-www-form-urlencoded'];

/**
 * JSON and form body parsers whose failures answer in the API's error shape at once. Left to
 * express, a malformed or oversized body surfaces as a misleading 404 from Nest's fallback route.
 *
 * A body over `limit` is refused as soon as that is known (see refuseOversized): body-parser alone would answer
 * only after reading the whole body off the wire, of any size the client sends. Parsed bodies the code behind
 * cannot take are refused too (see refuseUnsafeJson).
 */
export function bodyParsers(limit: string, lingering: Lingering = LINGERING): RequestHandler[] {
  const maxBytes = byteCount(limit);
  const parsers = [express.json({ limit }), express.urlencoded({ limit, extended: false })].map(
    (parser): RequestHandler =>
      (request, response, next) =>
        parser(request, response, (error?: unknown) => {
          // Already answered (413 while the body was arriving): body-parser reports the same overflow late.
          if (response.headersSent) return;
          if (error) rejectBody(error, request, response, lingering);
          else next();
        }),
  );
  return [refuseOversized(maxBytes, PARSED_TYPES, send, lingering), ...parsers, refuseUnsafeJson];
}

/** '512kb', '1mb' or '2048b' (the format REQUEST_BODY_LIMIT is validated against) in bytes. */
export function byteCount(limit: string): number {
  const match = /^(\d+)(b|kb|mb)$/i.exec(limit.trim());
  if (!match) throw new Error(`not a byte size: ${limit}`);
  const unit = { b: 1, kb: 1024, mb: 1_048_576 }[match[2].toLowerCase() as 'b' | 'kb' | 'mb'];
  return Number(match[1]) * unit;
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

function rejectBody(error: unknown, request: Request, response: Response, lingering: Lingering): void {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    tooLarge(request, response, send, lingering);
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
