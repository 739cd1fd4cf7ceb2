import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { RunningApi, startApi } from '../support/running-api';

describe('HTTP surface: errors, headers, OpenAPI, dashboard', () => {
  let database: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ DATABASE_URL: database.url, REQUEST_BODY_LIMIT: '16kb' });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('answers an unknown API path with the documented error shape and a request id', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/does-not-exist`, {
      headers: { 'X-Request-Id': 'trace-12345678' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('trace-12345678');
    expect(await response.json()).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Cannot GET /api/v1/does-not-exist',
      requestId: 'trace-12345678',
    });
  });

  it('rejects malformed JSON with 400 and no parser internals', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name": "Ahrweiler",',
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({
      statusCode: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON.',
    });
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|at JSON|node_modules/);
  });

  it('rejects a body over REQUEST_BODY_LIMIT with 413 before any handler runs', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(20_000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('sends security headers with a CSP that allows no inline or foreign scripts', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('publishes OpenAPI JSON at /api/docs-json and the UI at /api/docs', async () => {
    const json = await fetch(`${api.baseUrl}/api/docs-json`);
    expect(json.status).toBe(200);
    const document = (await json.json()) as {
      openapi: string;
      info: { title: string };
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('Digitalcheck Kommune API');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/info']));
    const ui = await fetch(`${api.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });

  it('serves the built dashboard on the same port, with index.html for its routes', async () => {
    const root = await fetch(`${api.baseUrl}/`);
    expect(root.status).toBe(200);
    const html = await root.text();
    expect(html).toContain('<html lang="de"');
    // No inline script (the CSP would block it): every <script> tag loads a file.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !/\ssrc="[^"]+"/.test(tag))).toEqual([]);
    expect(root.headers.get('cache-control')).toBe('no-cache');

    const deepLink = await fetch(`${api.baseUrl}/datenquellen`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(html);
  });
});
