import { Readable } from 'node:stream';
import type { Request } from 'express';
import { ApiException } from './api-exception';
import { readRawBody } from './read-raw-body';

function upload(chunks: Buffer[], body?: unknown): Request {
  const stream = Readable.from(chunks) as unknown as Request;
  (stream as { body?: unknown }).body = body;
  return stream;
}

describe('readRawBody', () => {
  it('returns the bytes of an unparsed body exactly', async () => {
    const bytes = Buffer.from([0x57, 0x65, 0x69, 0xdf]); // "Weiß" in Latin-1
    expect(await readRawBody(upload([bytes.subarray(0, 2), bytes.subarray(2)]), 100)).toEqual(bytes);
  });

  it('re-serialises a body the JSON parser already read', async () => {
    expect((await readRawBody(upload([], { type: 'FeatureCollection' }), 100)).toString()).toBe(
      '{"type":"FeatureCollection"}',
    );
  });

  it('answers 413 past the limit, after reading the rest (so the client gets the answer)', async () => {
    const request = upload([Buffer.alloc(60), Buffer.alloc(60)]);
    const error = await readRawBody(request, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiException);
    expect([(error as ApiException).getStatus(), (error as ApiException).code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect((request as unknown as Readable).readableEnded).toBe(true);
  });
});
