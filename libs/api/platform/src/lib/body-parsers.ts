import type { ApiErrorBody } from '@digitalcheck/shared-contracts';
import express, { Request, RequestHandler, Response } from 'express';
import { requestId } from './request-id';

/**
 * JSON and form body parsers whose failures answer in the API's error shape at once. Left to
 * express, a malformed or oversized body surfaces as a misleading 404 from Nest's fallback route.
 */
export function bodyParsers(limit: string): RequestHandler[] {
  return [express.json({ limit }), express.urlencoded({ limit, extended: false })].map(
    (parser): RequestHandler =>
      (request, response, next) =>
        parser(request, response, (error?: unknown) => (error ? rejectBody(error, request, response) : next())),
  );
}

function rejectBody(error: unknown, request: Request, response: Response): void {
  const type = (error as { type?: string }).type;
  const body: ApiErrorBody =
    type === 'entity.too.large'
      ? { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' }
      : type === 'entity.parse.failed'
        ? { statusCode: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' }
        : { statusCode: 400, code: 'BAD_REQUEST', message: 'The request body could not be read.' };
  body.requestId = requestId(request, response);
  response.status(body.statusCode).json(body);
}
