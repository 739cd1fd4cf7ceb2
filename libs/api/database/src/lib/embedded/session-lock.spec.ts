import { SessionLock } from './session-lock';

describe('SessionLock', () => {
  it('grants the session in request order, one holder at a time', async () => {
    const lock = new SessionLock(1_000);
    const order: string[] = [];
    const releaseA = await lock.acquire();
    const b = lock.acquire().then((release) => {
      order.push('b');
      return release;
    });
    const c = lock.acquire().then((release) => {
      order.push('c');
      release();
    });
    expect(lock.queueLength).toBe(2);
    order.push('a');
    releaseA();
    (await b)();
    await c;
    expect(order).toEqual(['a', 'b', 'c']);
    expect(lock.queueLength).toBe(0);
  });

  it('fails a waiter after the timeout instead of hanging, and stays usable', async () => {
    const lock = new SessionLock(20);
    const release = await lock.acquire();
    await expect(lock.acquire()).rejects.toThrow('The embedded database was busy for 20 ms');
    expect(lock.queueLength).toBe(0);
    const next = lock.acquire();
    release();
    const releaseNext = await next;
    const third = lock.acquire();
    release(); // a second release by the first holder must not hand the session to a third
    expect(lock.queueLength).toBe(1);
    releaseNext();
    (await third)();
  });
});
