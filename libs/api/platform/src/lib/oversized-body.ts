import type { ApiErrorBody } from '@digitalcheck/shared-contracts';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** How long and how much of a refused body is still read and dropped after the 413 before the connection closes. */
export interface Lingering {
  ms: number;
  bytes: number;
}

/**
 * After a 413 the rest of the body is read and dropped for up to 2 s or 4 MB, then the connection is closed.
 * Closing at once would make the kernel answer the client's next bytes with a reset, and a client still
 * sending may then lose the 413 it had not read yet ("lingering close", as nginx and Apache do it); reading on
 * without bound is what body-parser did, and let a client keep the server reading for as long as it liked.
 */
export const LINGERING: Lingering = { ms: 2_000, bytes: 4 * 1_048_576 };

type Answer = (request: Request, response: Response, body: ApiErrorBody) => void;

/**
 * Refuses a body of one of `types` over `maxBytes` as soon as that is known: a declared Content-Length over the
 * limit before a byte of the body is read, a chunked body the moment it grows past the limit.
 */
export function refuseOversized(
  maxBytes: number,
  types: string[],
  answer: Answer,
  lingering: Lingering = LINGERING,
): RequestHandler {
  const refuse = (request: Request, response: Response) => tooLarge(request, response, answer, lingering);
  return (request: Request, response: Response, next: NextFunction) => {
    if (!request.is(types)) {
      next();
      return;
    }
    const declared = request.headers['content-length'];
    if (declared !== undefined) {
      // Node's parser holds a body to its declared length, so only the declaration needs checking.
      if (Number(declared) > maxBytes) refuse(request, response);
      else next();
      return;
    }
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        request.off('data', count);
        refuse(request, response);
      }
    };
    // Attached right before the parser attaches its own listener, so both see every chunk.
    request.on('data', count);
    next();
  };
}

/** Answers 413 (unless an answer is already out), then lingers on the rest of the body and closes. */
export function tooLarge(request: Request, response: Response, answer: Answer, lingering = LINGERING): void {
  if (response.headersSent) return;
  response.once('finish', () => lingerThenClose(request, lingering));
  answer(request, response, { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' });
}

function lingerThenClose(request: Request, lingering: Lingering): void {
  if (request.complete) return; // the whole body is in: the connection may serve the next request
  const socket = request.socket;
  let dropped = 0;
  const close = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(close, lingering.ms);
  timer.unref();
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > lingering.bytes) close();
  });
  request.once('end', () => clearTimeout(timer));
  request.resume();
}
