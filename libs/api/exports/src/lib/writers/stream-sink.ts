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

/** Resolves once the stream has room again (at once if it has); rejects when it closes first. */
export function drained(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ClientGoneError());
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onClose);
  });
}

/** The client closed the connection during a streamed export. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection during the export.');
  }
}
