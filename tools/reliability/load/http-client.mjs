// Keep-alive JSON client for the load driver (node:http is lighter than fetch; the driver shares the machine's
// two cores with the API and PostgreSQL). Every request is timed and counted under its endpoint label.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export function createClient({ port, maxSockets, stats, timeoutMs = 30_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });

  /** Resolves with { status, headers, json } or, when no answer came, { status: 0, error }. Never rejects. */
  function request(label, method, path, { session, body } = {}) {
    const t0 = performance.now();
    return new Promise((resolve) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = { accept: 'application/json' };
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(payload);
      }
      if (session?.cookie) headers.cookie = session.cookie;
      if (session?.csrf && method !== 'GET') headers['x-xsrf-token'] = session.csrf;
      const finish = (result) => {
        stats?.record(label, result.status, performance.now() - t0);
        resolve(result);
      };
      const req = http.request({ agent, host: '127.0.0.1', port, method, path, headers, timeout: timeoutMs }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', (error) => finish({ status: 0, error: error.code ?? error.message }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            json = { raw: text.slice(0, 200) };
          }
          finish({ status: res.statusCode, headers: res.headers, json });
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => finish({ status: 0, error: error.code ?? error.message }));
      req.end(payload);
    });
  }

  async function signIn(email, password) {
    for (let attempt = 0; ; attempt++) {
      const res = await request('POST /auth/login', 'POST', '/api/v1/auth/login', { body: { email, password } });
      if (res.status === 200) {
        const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
        return { email, cookie, csrf: res.json.csrfToken };
      }
      if (attempt >= 5 || (res.status !== 0 && res.status < 500)) {
        throw new Error(`sign-in of ${email}: ${res.status} ${JSON.stringify(res.json ?? res.error)}`);
      }
      await sleep(500);
    }
  }

  return { request, signIn, close: () => agent.destroy() };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
