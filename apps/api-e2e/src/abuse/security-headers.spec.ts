import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { RunningApi, startApi } from '../support/running-api';
import { htmlTags } from './support/html-tags';

/**
 * Security headers on every kind of answer the one server gives: API JSON, the dashboard's index.html (also for
 * a deep link), its static files, and error answers from each layer (Nest's 404, the body parser's 400 and 413,
 * the guard's 401). system/http-surface.spec.ts checks the basics on /api/health; this covers the rest of the
 * surface and the whole policy. The built index.html must hold nothing the policy would block.
 */

type Csp = Record<string, string[]>;

function parseCsp(header: string): Csp {
  const directives: Csp = {};
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

/** A source in script-src that allows only our own scripts: 'self', a nonce or a hash. */
const OWN_SCRIPT_SOURCE = /^'(self|nonce-[A-Za-z0-9+/=_-]+|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/;

describe('abuse: security headers on every kind of answer', () => {
  let database: TestDatabase;
  let api: RunningApi;
  let indexHtml: string;
  let firstScript: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ DATABASE_URL: database.url, REQUEST_BODY_LIMIT: '16kb' });
    indexHtml = await (await fetch(`${api.baseUrl}/`)).text();
    firstScript = htmlTags(indexHtml).find((tag) => tag.name === 'script' && tag.attributes['src'])?.attributes[
      'src'
    ] as string;
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  const requests: Array<[string, () => Promise<Response>, number, RegExp]> = [
    ['API JSON (GET /api/v1/info)', () => fetch(`${api.baseUrl}/api/v1/info`), 200, /application\/json/],
    ['index.html (GET /)', () => fetch(`${api.baseUrl}/`), 200, /text\/html/],
    ['index.html for a deep link (GET /verwaltung)', () => fetch(`${api.baseUrl}/verwaltung`), 200, /text\/html/],
    ['a dashboard script', () => fetch(`${api.baseUrl}/${firstScript}`), 200, /javascript/],
    ['the dashboard icon', () => fetch(`${api.baseUrl}/favicon.svg`), 200, /image\/svg\+xml/],
    ['404 of an unknown API path', () => fetch(`${api.baseUrl}/api/v1/does-not-exist`), 404, /application\/json/],
    [
      '400 of malformed JSON',
      () =>
        fetch(`${api.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"email":',
        }),
      400,
      /application\/json/,
    ],
    [
      '413 of a body over the limit',
      () =>
        fetch(`${api.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'x'.repeat(20_000) }),
        }),
      413,
      /application\/json/,
    ],
    ['401 without a session', () => fetch(`${api.baseUrl}/api/v1/users`), 401, /application\/json/],
  ];

  describe.each(requests)('%s', (_what, send, status, contentType) => {
    let response: Response;
    let csp: Csp;

    beforeAll(async () => {
      response = await send();
      await response.arrayBuffer();
      csp = parseCsp(response.headers.get('content-security-policy') ?? '');
    });

    it(`answers ${status} with its content type`, () => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(contentType);
    });

    it("has a CSP whose script-src allows no inline, eval or foreign script, default-src 'self'", () => {
      expect(response.headers.get('content-security-policy')).not.toBeNull();
      expect(csp['default-src']).toEqual(["'self'"]);
      const scriptSources = csp['script-src'] ?? csp['default-src'];
      expect(scriptSources.length).toBeGreaterThan(0);
      expect(scriptSources.filter((source) => !OWN_SCRIPT_SOURCE.test(source))).toEqual([]);
      expect(scriptSources).not.toContain("'unsafe-inline'");
      expect(scriptSources).not.toContain("'unsafe-eval'");
    });

    it("has object-src 'none', frame-ancestors 'none', base-uri 'self'", () => {
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
    });

    it('sends nosniff, a referrer policy, frame protection and COOP, and no X-Powered-By', () => {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      // frame-ancestors 'none' rules in current browsers; X-Frame-Options is the fallback for old ones.
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('the built index.html holds nothing the CSP would block', () => {
    it('has no inline script (every executable <script> loads a file of our own origin)', () => {
      const scripts = htmlTags(indexHtml).filter((tag) => tag.name === 'script');
      expect(scripts.length).toBeGreaterThanOrEqual(2);
      // Data blocks (JSON, templates) are not executed and not subject to script-src.
      const executable = scripts.filter((tag) =>
        /^(|module|text\/javascript|importmap)$/i.test(tag.attributes['type'] ?? ''),
      );
      // The policy names no nonce or hash, so an inline script could not run with any.
      const inline = executable.filter((tag) => tag.attributes['src'] === undefined);
      expect(inline.map((tag) => tag.text.slice(0, 80))).toEqual([]);
      for (const tag of executable) {
        expect(tag.attributes['src']).toMatch(/^[\w.-]+\.js$/);
        expect(tag.text.trim()).toBe('');
      }
    });

    it('has no inline event handler (e.g. onload on a stylesheet link) and no javascript: URL', () => {
      const tags = htmlTags(indexHtml);
      expect(tags.length).toBeGreaterThan(10);
      const handlers = tags.flatMap((tag) =>
        Object.keys(tag.attributes)
          .filter((name) => name.startsWith('on'))
          .map((name) => `<${tag.name} ${name}>`),
      );
      expect(handlers).toEqual([]);
      const scriptUrls = tags.flatMap((tag) =>
        Object.entries(tag.attributes)
          .filter(([, value]) => /^\s*javascript:/i.test(value))
          .map(([name]) => `<${tag.name} ${name}>`),
      );
      expect(scriptUrls).toEqual([]);
    });

    it('loads stylesheets, preloads and icons from our own origin only', () => {
      const urls = htmlTags(indexHtml)
        .filter((tag) => tag.name === 'link' || tag.name === 'script' || tag.name === 'img')
        .map((tag) => tag.attributes['href'] ?? tag.attributes['src'])
        .filter((url): url is string => url !== undefined);
      expect(urls.length).toBeGreaterThan(3);
      expect(urls.filter((url) => /^([a-z]+:)?\/\//i.test(url))).toEqual([]);
    });

    it('the tag reader sees an inline script, a handler and a foreign URL when there are some', () => {
      const tags = htmlTags(
        `<!-- <script>hidden</script> --><link rel=stylesheet href='//cdn.example/x.css' onload="this.media='all'">` +
          `<script type="module">alert(1)</script><SCRIPT src=main.js></SCRIPT>`,
      );
      expect(tags).toEqual([
        {
          name: 'link',
          attributes: { rel: 'stylesheet', href: '//cdn.example/x.css', onload: "this.media='all'" },
          text: '',
        },
        { name: 'script', attributes: { type: 'module' }, text: 'alert(1)' },
        { name: 'script', attributes: { src: 'main.js' }, text: '' },
      ]);
    });
  });
});
