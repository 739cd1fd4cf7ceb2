import express from 'express';
import { once } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyParsers, byteCount } from './body-parsers';
import { MAX_JSON_DEPTH, MAX_JSON_KEYS, nestingDepth, unsafeJson } from './json-safety';

interface Exchange {
  status: number;
  body: string;
  /** Body bytes the client had written when the status line arrived. */
  writtenAtAnswer: number;
  /** Body bytes written in all (the client goes on writing after the answer while `keepWriting`). */
  written: number;
  /** Milliseconds from the answer until the server closed the connection (null: still open at the end). */
  closedAfterMs: number | null;
}

/** The test app's lingering after a 413: 300 ms or 64 kB. */
const LINGER = { ms: 300, bytes: 64 * 1024 };

describe('bodyParsers', () => {
  let server: Server;
  let port: number;
  let handled: number;

  beforeAll(async () => {
    const app = express();
    app.use(...bodyParsers('1kb', LINGER));
    app.post('/echo', (request, response) => {
      handled += 1;
      response.json({ received: request.body });
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });

  beforeEach(() => (handled = 0));

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /**
   * Sends the headers, then `bodyBytes` in 4 kB chunks (after the answer too while `keepWriting`), and watches
   * for the server closing the connection for up to `watchMs`.
   */
  function exchange(
    headers: Record<string, string>,
    bodyBytes: number,
    { keepWriting = false, watchMs = 1_000 } = {},
  ): Promise<Exchange> {
    return new Promise((resolve) => {
      const result: Exchange = { status: 0, body: '', writtenAtAnswer: 0, written: 0, closedAfterMs: null };
      let answeredAt = 0;
      const request = httpRequest({ host: '127.0.0.1', port, path: '/echo', method: 'POST', headers });
      const finish = () => {
        request.destroy();
        resolve(result);
      };
      request.on('error', () => undefined);
      request.on('close', () => {
        if (answeredAt && result.closedAfterMs === null) result.closedAfterMs = Date.now() - answeredAt;
        finish();
      });
      request.on('response', (response) => {
        answeredAt = Date.now();
        result.status = response.statusCode ?? 0;
        result.writtenAtAnswer = result.written;
        response.on('data', (chunk) => (result.body += chunk));
        setTimeout(finish, watchMs);
      });
      request.flushHeaders();
      const pump = () => {
        if (request.destroyed || result.written >= bodyBytes || (answeredAt && !keepWriting)) return;
        result.written += 4096;
        request.write(Buffer.alloc(4096, 0x20));
        setTimeout(pump, 1);
      };
      pump();
    });
  }

  it('answers a declared Content-Length over the limit with 413 before any body byte is sent', async () => {
    const result = await exchange({ 'Content-Type': 'application/json', 'Content-Length': String(10 * 1_048_576) }, 0);
    expect(result.status).toBe(413);
    expect(result.writtenAtAnswer).toBe(0);
    expect(JSON.parse(result.body)).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(handled).toBe(0);
    // Nothing more comes: the server closes the connection after lingering 300 ms.
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(250);
    expect(result.closedAfterMs).toBeLessThan(900);
  });

  it('answers a chunked body with 413 as soon as it passes the limit, and closes after 64 kB more', async () => {
    const result = await exchange(
      { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      50 * 1_048_576,
      { keepWriting: true, watchMs: 5_000 },
    );
    expect(result.status).toBe(413);
    expect(result.writtenAtAnswer).toBeGreaterThan(1024);
    expect(result.writtenAtAnswer).toBeLessThan(256 * 1024);
    expect(handled).toBe(0);
    // The client went on writing; the server read 64 kB more (plus socket buffers) and closed.
    expect(result.closedAfterMs).not.toBeNull();
    expect(result.written).toBeLessThan(16 * 1_048_576);
  });

  it('delivers the 413 to a client that sends its whole (slightly too large) body, 20 times in a row', async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await fetch(`http://127.0.0.1:${port}/echo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 'x'.repeat(1_500 + attempt * 997) }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    }
  });

  it('leaves bodies of other types to their handlers, whatever their size', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'x'.repeat(4_096),
    });
    expect(response.status).toBe(200);
    expect(handled).toBe(1);
  });

  const post = (body: string) =>
    fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it('passes JSON within the limit and 64 levels deep on to the handler', async () => {
    const nested = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
    const response = await post(`{"a":${nested}}`);
    expect(response.status).toBe(200);
    expect(JSON.stringify(((await response.json()) as { received: unknown }).received)).toBe(`{"a":${nested}}`);
  });

  it.each([
    ['arrays', '['.repeat(65) + ']'.repeat(65)],
    ['objects', '{"a":'.repeat(65) + '1' + '}'.repeat(65)],
    ['400 arrays in a field', `{"email":${'['.repeat(400)}${']'.repeat(400)}}`],
  ])('refuses JSON nested deeper than 64 levels (%s) with 400 before the handler', async (_kind, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is nested deeper than 64 levels.',
    });
    expect(handled).toBe(0);
  });

  it.each([
    ['a lone high surrogate', '{"email":"a\\ud800@example.org"}'],
    ['a lone low surrogate', '{"list":["\\udc00"]}'],
    ['a lone surrogate in a key', '{"\\udbff":1}'],
  ])('refuses %s with 400 before the handler', async (_kind, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The request body contains text that is not valid Unicode (a lone surrogate).',
    });
    expect(handled).toBe(0);
  });

  it('passes a surrogate pair (an emoji, written escaped or not) on', async () => {
    const response = await post('{"text":"\\ud83d\\ude00 😀"}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: { text: '😀 😀' } });
  });
});

describe('unsafeJson', () => {
  const limits = { maxDepth: 64, maxKeys: 3 };

  it('names the first problem of a parsed body, or none', () => {
    expect(unsafeJson({ a: ['ok', { b: '👨‍👩‍👧' }] }, limits)).toBeNull();
    expect(unsafeJson({ a: ['\ud800'] }, limits)).toBe('lone surrogate');
    expect(unsafeJson({ ['x\udfff']: 1 }, limits)).toBe('lone surrogate');
    expect(unsafeJson([[[]]], { ...limits, maxDepth: 2 })).toBe('too deep');
    expect(unsafeJson({ a: { b: 1, c: 2, d: 3, e: 4 } }, limits)).toBe('too many keys');
  });

  it('allows 1,000 keys in an object and refuses 1,001', () => {
    expect(MAX_JSON_KEYS).toBe(1_000);
    const keys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));
    expect(unsafeJson(keys(1_000), { maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_JSON_KEYS })).toBeNull();
    expect(unsafeJson(keys(1_001), { maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_JSON_KEYS })).toBe('too many keys');
  });

  it('limits the keys of objects, not the length of arrays', () => {
    expect(unsafeJson({ a: 1, b: 2, c: 3 }, limits)).toBeNull();
    expect(unsafeJson({ list: [1, 2, 3, 4, 5, 6] }, limits)).toBeNull();
  });
});

describe('nestingDepth', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestingDepth('text', 64)).toBe(0);
    expect(nestingDepth({}, 64)).toBe(1);
    expect(nestingDepth({ a: [1, { b: null }] }, 64)).toBe(3);
  });

  it('stops counting just past the cap, without recursion, also 100,000 levels deep', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestingDepth(deep, MAX_JSON_DEPTH)).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe('byteCount', () => {
  it('reads the REQUEST_BODY_LIMIT format as body-parser does (1 kB = 1024 bytes)', () => {
    expect(byteCount('2048b')).toBe(2048);
    expect(byteCount('512kb')).toBe(524_288);
    expect(byteCount('1mb')).toBe(1_048_576);
    expect(() => byteCount('lots')).toThrow('not a byte size: lots');
  });
});
