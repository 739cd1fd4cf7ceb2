import { PassThrough } from 'node:stream';
import { ClientGoneError, drained, whileOpen, writeWithBackpressure } from './stream-sink';

describe('stream sink', () => {
  it('waits for drain when the buffer is full, and rejects when the client goes away', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    expect(out.write('abcdefgh')).toBe(false);
    const waiting = writeWithBackpressure(out, 'more');
    out.destroy();
    await expect(waiting).rejects.toBeInstanceOf(ClientGoneError);
    await expect(writeWithBackpressure(out, 'x')).rejects.toBeInstanceOf(ClientGoneError);
  });

  it('resolves once the reader has taken the data', async () => {
    const out = new PassThrough({ highWaterMark: 4 });
    out.write('abcdefgh');
    const waiting = drained(out);
    out.resume();
    await expect(waiting).resolves.toBeUndefined();
  });

  it('stops waiting for work when the response closes', async () => {
    const out = new PassThrough();
    const never = new Promise<void>(() => undefined);
    const waiting = whileOpen(out, never);
    out.destroy();
    await expect(waiting).rejects.toBeInstanceOf(ClientGoneError);
    await expect(whileOpen(new PassThrough(), Promise.resolve(7))).resolves.toBeUndefined();
    // Finished, then closed: done, even while the work has not settled.
    const finished = new PassThrough();
    finished.resume();
    const pending = whileOpen(finished, never);
    finished.end('all');
    await expect(pending).resolves.toBeUndefined();
  });
});
