import { AnalyticsResultCache } from './analytics-cache';

describe('AnalyticsResultCache', () => {
  let stamp: number | null;
  let reads: number;
  const cacheOf = (maxEntries?: number) =>
    new AnalyticsResultCache(async () => {
      reads++;
      return stamp === null ? null : String(stamp);
    }, maxEntries);

  beforeEach(() => {
    stamp = 1;
    reads = 0;
  });

  it('computes once while the stamp stays, and again as soon as it changes', async () => {
    const cache = cacheOf();
    let computed = 0;
    const compute = async () => ({ submitted: ++computed });
    expect(await cache.get('overview', compute)).toEqual({ submitted: 1 });
    expect(await cache.get('overview', compute)).toEqual({ submitted: 1 });
    expect(computed).toBe(1);
    stamp = 2; // e.g. a submit committed
    expect(await cache.get('overview', compute)).toEqual({ submitted: 2 });
    expect(await cache.get('overview', compute)).toEqual({ submitted: 2 });
    expect(computed).toBe(2);
    expect(reads).toBe(4); // the stamp is read at every request
  });

  it('keeps nothing without a stamp (the row is missing): every request computes', async () => {
    const cache = cacheOf();
    stamp = null;
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('overview', compute)).toBe(1);
    expect(await cache.get('overview', compute)).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('keeps results per key', async () => {
    const cache = cacheOf();
    expect(await cache.get('a', async () => 'A')).toBe('A');
    expect(await cache.get('b', async () => 'B')).toBe('B');
    expect(await cache.get('a', async () => 'other')).toBe('A');
    expect(cache.size).toBe(2);
  });

  it('reads the stamp before computing: a change during the computation is not hidden', async () => {
    const cache = cacheOf();
    // The result was computed while stamp 1 was read, and a change committed meanwhile (stamp 2): the next
    // request computes again instead of serving the result under the new stamp.
    expect(
      await cache.get('overview', async () => {
        stamp = 2;
        return 'with or without the change';
      }),
    ).toBe('with or without the change');
    expect(await cache.get('overview', async () => 'after the change')).toBe('after the change');
  });

  it('shares one computation among concurrent requests with the same key and stamp', async () => {
    const cache = cacheOf();
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      computed++;
      await gate;
      return { n: 146 };
    };
    const first = cache.get('overview', compute);
    const second = cache.get('overview', compute);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await Promise.all([first, second])).toEqual([{ n: 146 }, { n: 146 }]);
    expect(computed).toBe(1);
  });

  it('does not keep failures: the next request computes again', async () => {
    const cache = cacheOf();
    await expect(
      cache.get('overview', async () => {
        throw new Error('There is no wave x.');
      }),
    ).rejects.toThrow('There is no wave x.');
    expect(cache.size).toBe(0);
    expect(await cache.get('overview', async () => 'found')).toBe('found');
  });

  it('keeps at most maxEntries results, dropping the least recently used', async () => {
    const cache = cacheOf(2);
    await cache.get('a', async () => 'A');
    await cache.get('b', async () => 'B');
    await cache.get('a', async () => 'A2'); // a used again: b is now the oldest
    await cache.get('c', async () => 'C');
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'A3')).toBe('A');
    expect(await cache.get('b', async () => 'B2')).toBe('B2');
  });

  it('freezes results, which all callers share', async () => {
    const cache = cacheOf();
    const result = await cache.get('overview', async () => ({ participation: { submitted: 3 }, kpis: [{ n: 1 }] }));
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.participation)).toBe(true);
    expect(Object.isFrozen(result.kpis[0])).toBe(true);
    expect(() => {
      (result.participation as { submitted: number }).submitted = 4;
    }).toThrow(TypeError);
  });
});
