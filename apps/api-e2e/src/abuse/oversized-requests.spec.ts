import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { RunningApi, startApi } from '../support/running-api';
import { rawExchange } from './support/raw-http';

/**
 * Oversized requests are refused early: a declared or streamed body over REQUEST_BODY_LIMIT (default 1 MB)
 * gets 413 before the server has read it, an oversized URL or header block 414/431, and a body within the
 * limit that is expensive to look at (more than 1,000 keys in an object, more than 64 levels of nesting) a
 * quick 400.
 */
const MB = 1_048_576;
const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

describe(`abuse: oversized requests (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ DATABASE_URL: database.url });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers a declared Content-Length of 100 MB with 413 at once, without waiting for the body', async () => {
    const exchange = await rawExchange(api.baseUrl, {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { ...JSON_HEADERS, 'Content-Length': String(100 * MB) },
      bodyBytes: 0,
      timeoutMs: 5_000,
    });
    expect(exchange.status).toBe(413);
    expect(exchange.answeredAfterMs).toBeLessThan(1_000);
    expect(exchange.bytesWrittenAtAnswer).toBe(0);
    expect(JSON.parse(exchange.body)).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('closes the connection of a refused body that never comes after lingering 2 s', async () => {
    const exchange = await rawExchange(api.baseUrl, {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { ...JSON_HEADERS, 'Content-Length': String(100 * MB) },
      bodyBytes: 0,
      keepWriting: true,
      timeoutMs: 10_000,
    });
    expect(exchange.status).toBe(413);
    expect(exchange.closedAfterMs).toBeGreaterThanOrEqual(1_900);
    expect(exchange.closedAfterMs).toBeLessThan(5_000);
  });

  it('cuts off a chunked body that grows past the limit: 413 at once, the connection closed long before 50 MB', async () => {
    const exchange = await rawExchange(api.baseUrl, {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { ...JSON_HEADERS, 'Transfer-Encoding': 'chunked' },
      bodyBytes: 50 * MB,
      keepWriting: true,
      timeoutMs: 20_000,
    });
    expect(exchange.status).toBe(413);
    expect(JSON.parse(exchange.body)).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    // Answered once about 1 MB had arrived (socket buffers let the client write a few MB more meanwhile).
    expect(exchange.bytesWrittenAtAnswer).toBeLessThan(10 * MB);
    // The client went on writing: the server dropped at most 4 MB more, then closed the connection.
    expect(exchange.cutOff).toBe(true);
    expect(exchange.bytesWritten).toBeLessThan(25 * MB);
  });

  it('delivers the 413 to clients that send a whole body slightly over the limit, 30 times in a row', async () => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const response = await fetch(`${api.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ email: 'x'.repeat(MB + attempt * 4_099) }),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    }
  });

  it('still answers normal requests afterwards', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.status).toBe(200);
  });

  it('answers a 100 kB URL with 414 or 431, not a server error', async () => {
    const exchange = await rawExchange(api.baseUrl, {
      method: 'GET',
      path: `/api/v1/regions?q=${'a'.repeat(100_000)}`,
      headers: {},
      bodyBytes: 0,
      timeoutMs: 5_000,
    });
    expect([414, 431]).toContain(exchange.status);
  });

  it('answers a 64 kB header block with 431 (Node’s 16 kB header limit), not a server error', async () => {
    const headers: Record<string, string> = {};
    for (let i = 0; i < 16; i++) headers[`x-filler-${i}`] = 'h'.repeat(4_000);
    const exchange = await rawExchange(api.baseUrl, {
      method: 'GET',
      path: '/api/health',
      headers,
      bodyBytes: 0,
      timeoutMs: 5_000,
    });
    expect(exchange.status).toBe(431);
  });

  it.each([
    ['at the top', (keys: string) => `{${keys}}`],
    ['in a field', (keys: string) => `{"email":"a@b.de","password":"x","extra":{${keys}}}`],
  ])('refuses JSON with 60,000 keys %s (within the size limit) at once with 400', async (_where, wrap) => {
    const body = wrap(Array.from({ length: 60_000 }, (_, i) => `"k${i}":${i}`).join(','));
    expect(body.length).toBeLessThan(MB);
    const started = Date.now();
    const response = await fetch(`${api.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: JSON_HEADERS, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'An object in the request body has more than 1000 keys.',
    });
    // Before the key limit class-transformer spent 1.6 s on such a body, and the answer listed 60,000 errors (5 MB).
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('answers 1,000 unknown keys (the most allowed) with a quick 400 listing them', async () => {
    const body = `{${Array.from({ length: 1_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    const started = Date.now();
    const response = await fetch(`${api.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: JSON_HEADERS, body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { code: string; errors: Array<{ field: string; code: string }> };
    expect(answer.code).toBe('VALIDATION_FAILED');
    expect(answer.errors.filter((error) => error.code === 'unknownField')).toHaveLength(1_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['arrays', '['.repeat(5_000) + ']'.repeat(5_000)],
    ['objects', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000)],
  ])('answers JSON nested 5,000 levels deep (%s) with a quick 400', async (_kind, nested) => {
    for (const body of [nested, `{"email":${nested},"password":${nested}}`]) {
      const started = Date.now();
      const response = await fetch(`${api.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body,
      });
      expect(response.status).toBe(400);
      expect((await response.json()).statusCode).toBe(400);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});
