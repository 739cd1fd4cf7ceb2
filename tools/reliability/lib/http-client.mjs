// A keep-alive JSON client for one API process (node:http: lighter than fetch on the 2 shared cores).
import http from 'node:http';

/**
 * `request(method, path, { session, body })` → { status, headers, json }; rejects on a network error (e.g. the
 * API was killed with the request in flight). `session` is { cookie, csrf } from signIn. One client per API
 * process: `destroy()` drops its sockets.
 */
export function createHttpClient(baseUrl, { maxSockets = 64, timeoutMs = 30_000 } = {}) {
  const { hostname, port } = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  function request(method, path, { session, body } = {}) {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = { accept: 'application/json' };
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = Buffer.byteLength(payload);
      }
      if (session?.cookie) headers.cookie = session.cookie;
      if (session?.csrf) headers['x-xsrf-token'] = session.csrf;
      const req = http.request({ agent, host: hostname, port, method, path, headers, timeout: timeoutMs }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch {
            json = { raw: text.slice(0, 200) };
          }
          resolve({ status: res.statusCode, headers: res.headers, json });
        });
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(payload);
    });
  }
  return { baseUrl, request, destroy: () => agent.destroy() };
}
