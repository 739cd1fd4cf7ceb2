import { Agent, request as httpRequest } from 'node:http';
import type { SessionClient } from '../../accounts/support/session-client';

/** What the API answered to one fuzz request. */
export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Closes the kept-alive connection (call once the suite is done). */
export const closeFuzzConnections = () => agent.destroy();

/**
 * Sends bytes exactly as given (path unnormalised, body as raw bytes), unlike fetch, which resolves `..` and
 * re-encodes. The answer counts even when the server closes the connection while the body is still going out.
 */
export function sendRaw(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest({
      agent,
      host: url.hostname,
      port: url.port,
      method,
      path,
      headers: { Accept: 'application/json', ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
    });
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}

/** The cookie and CSRF headers of a signed-in client (none for an anonymous one). */
export function sessionHeaders(client: SessionClient | null): Record<string, string> {
  if (!client) return {};
  const session = client.cookie('dc_session');
  const csrf = client.csrfToken ?? client.cookie('XSRF-TOKEN') ?? '';
  return {
    Cookie: `dc_session=${encodeURIComponent(session ?? '')}; XSRF-TOKEN=${encodeURIComponent(csrf)}`,
    'X-XSRF-TOKEN': csrf,
  };
}
