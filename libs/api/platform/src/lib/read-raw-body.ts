import type { Request } from 'express';
import { ApiException } from './api-exception';

/**
 * The request body as bytes, for uploads larger than the JSON limit (CSV, GeoJSON). Bodies the global JSON
 * parser already read (Content-Type application/json, within REQUEST_BODY_LIMIT) are re-serialised.
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  if (request.readableEnded || request.body !== undefined) {
    const body: unknown = request.body;
    if (Buffer.isBuffer(body)) return body;
    if (body && typeof body === 'object' && Object.keys(body).length > 0) return Buffer.from(JSON.stringify(body));
    if (typeof body === 'string') return Buffer.from(body);
    if (request.readableEnded) return Buffer.alloc(0);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the limit the rest is read and dropped, so the client gets its 413 rather than a reset connection.
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) {
    throw new ApiException(
      413,
      'PAYLOAD_TOO_LARGE',
      `The upload is larger than ${Math.round(maxBytes / 1_048_576)} MB.`,
    );
  }
  return Buffer.concat(chunks);
}
