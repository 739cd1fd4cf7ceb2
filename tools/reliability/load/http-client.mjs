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

  // `http` is the plain client, for set-up steps of lib/ that are not measured.
  return { request, http, close: () => http.destroy() };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
