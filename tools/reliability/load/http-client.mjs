// The load driver's client: the reliability scripts' keep-alive JSON client, with every request timed and counted
// under its endpoint label, and a request that got no answer reported as status 0 instead of a rejection.
import { performance } from 'node:perf_hooks';
import { createHttpClient } from '../lib/http-client.mjs';

export function createClient({ port, maxSockets, stats }) {
  const http = createHttpClient(`http://127.0.0.1:${port}`, { maxSockets });

  /** Resolves with { status, headers, json } or, when no answer came, { status: 0, error }. Never rejects. */
  async function request(label, method, path, { session, body } = {}) {
    const t0 = performance.now();
    const result = await http
      .request(method, path, { session, body })
      .catch((error) => ({ status: 0, error: error.code ?? error.message }));
    stats?.record(label, result.status, performance.now() - t0);
    return result;
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

  return { request, signIn, close: () => http.destroy() };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
