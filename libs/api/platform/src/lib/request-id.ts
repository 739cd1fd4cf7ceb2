import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const ACCEPTED = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed X-Request-Id from a load balancer, else makes one; echoes it to the client. */
export function requestId(request: IncomingMessage & { id?: unknown }, response: ServerResponse): string {
  if (typeof request.id === 'string') return request.id;
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTED.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', id);
  request.id = id;
  return id;
}
