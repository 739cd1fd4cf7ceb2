import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** What a raw exchange saw: the answer (if one came), when, and how much of the body had been written by then. */
export interface RawExchange {
  status: number | null;
  headers: IncomingHttpHeaders;
  body: string;
  /** Milliseconds from sending the headers to the answer's status line. */
  answeredAfterMs: number | null;
  /** Body bytes the client had handed to the socket when the answer arrived. */
  bytesWrittenAtAnswer: number | null;
  bytesWritten: number;
  /** The connection was reset or closed by the server while the client was still writing. */
  cutOff: boolean;
  /** Milliseconds from sending the headers until the server closed the connection (null: it did not). */
  closedAfterMs: number | null;
}

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Body bytes to stream in chunks (0: send the headers only and wait). */
  bodyBytes: number;
  chunk?: Buffer;
  /** Give up after this long (the exchange then ends without an answer). */
  timeoutMs: number;
  /** Go on writing the body after the answer (to see whether and when the server cuts the connection). */
  keepWriting?: boolean;
}

/**
 * Sends a request with node:http, streaming the body chunk by chunk with back-pressure, and records when the
 * answer arrives compared with how much was written. Stops writing once the answer is in, unless `keepWriting`.
 */
export function rawExchange(baseUrl: string, options: RawRequest): Promise<RawExchange> {
  const url = new URL(options.path, baseUrl);
  const chunk = options.chunk ?? Buffer.alloc(64 * 1024, 0x20);
  return new Promise((resolve) => {
    const started = Date.now();
    const result: RawExchange = {
      status: null,
      headers: {},
      body: '',
      answeredAfterMs: null,
      bytesWrittenAtAnswer: null,
      bytesWritten: 0,
      cutOff: false,
      closedAfterMs: null,
    };
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const timer = setTimeout(finish, options.timeoutMs);
    const request = httpRequest(url, { method: options.method, headers: options.headers });
    request.on('response', (response) => {
      result.status = response.statusCode ?? null;
      result.headers = response.headers;
      result.answeredAfterMs = Date.now() - started;
      result.bytesWrittenAtAnswer = result.bytesWritten;
      response.setEncoding('utf8');
      response.on('data', (text: string) => (result.body += text));
      if (!options.keepWriting) response.on('end', finish);
      response.on('error', () => undefined);
    });
    request.on('error', () => {
      result.cutOff = true;
      // The answer may still be in flight on a reset connection; give it a moment.
      setTimeout(finish, 200);
    });
    request.on('close', () => {
      if (done) return;
      result.closedAfterMs = Date.now() - started;
      if (result.bytesWritten < options.bodyBytes) result.cutOff = true;
      setTimeout(finish, 200);
    });
    request.flushHeaders();
    const write = () => {
      const writing = () => !done && !result.cutOff && (result.status === null || options.keepWriting);
      while (writing() && result.bytesWritten < options.bodyBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, options.bodyBytes - result.bytesWritten));
        result.bytesWritten += piece.length;
        if (!request.write(piece)) {
          request.once('drain', write);
          return;
        }
      }
      if (writing() && options.bodyBytes > 0 && result.bytesWritten >= options.bodyBytes) {
        request.end();
      }
    };
    if (options.bodyBytes > 0) write();
  });
}
