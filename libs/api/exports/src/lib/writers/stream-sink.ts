import type { Writable } from 'node:stream';

/**
 * Writes a chunk and waits while the stream's buffer is full, so a slow client slows the database reads
 * instead of filling the memory. Rejects when the client has gone away.
 */
export async function writeWithBackpressure(stream: Writable, chunk: string | Buffer): Promise<void> {
  if (stream.destroyed || stream.writableEnded) throw new ClientGoneError();
  if (stream.write(chunk)) return;
  await drained(stream);
}

/**
 * Resolves once the stream has room again (at once if it has); rejects when it, or the response it feeds
 * (`out`), closes first.
 */
export function drained(stream: Writable, out: Writable = stream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  if (out.destroyed) return Promise.reject(new ClientGoneError());
  const watched = out === stream ? [stream] : [stream, out];
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain);
      for (const watch of watched) {
        watch.off('close', onClose);
        watch.off('error', onClose);
      }
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ClientGoneError());
    stream.on('drain', onDrain);
    for (const watch of watched) {
      watch.on('close', onClose);
      watch.on('error', onClose);
    }
  });
}

/**
 * Waits for `work` unless the response closes unfinished first (then rejects with ClientGoneError). A response
 * that finished (every byte handed to the OS) counts as done, whether or not `work` has settled yet.
 */
export function whileOpen(out: Writable, work: Promise<unknown>): Promise<void> {
  if (out.writableFinished) return Promise.resolve();
  if (out.destroyed) return Promise.reject(new ClientGoneError());
  return new Promise((resolve, reject) => {
    const onClose = () => (out.writableFinished ? resolve() : reject(new ClientGoneError()));
    out.once('close', onClose);
    work.then(
      () => {
        out.off('close', onClose);
        resolve();
      },
      (error: unknown) => {
        out.off('close', onClose);
        reject(error);
      },
    );
  });
}

/** The client closed the connection during a streamed export. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection during the export.');
  }
}
