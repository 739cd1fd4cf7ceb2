/**
 * Results of the analytics, kept while the database's analytics stamp is unchanged (issue 7, latency on national
 * data). The stamp (table `analytics_stamp`, migration AnalyticsStamp1764400000001 of the surveys library) counts
 * up in every transaction that writes responses, waves, invited regions or regions; it is read before a result is
 * computed, and a result serves only requests that read the same stamp. So a submit, reopen or publish — through
 * this process, another one or straight in the database — is visible at the next request, and a result computed
 * while a change committed is replaced at the next request rather than kept.
 *
 * Concurrent requests for the same key and stamp share one computation; failures are not kept. At most
 * `maxEntries` results, the least recently used go first. Results are frozen: callers share them. Without a stamp
 * (`readStamp` gives null: the row is missing) nothing is kept and every request computes.
 */
export class AnalyticsResultCache {
  private readonly entries = new Map<string, { stamp: string; value: Promise<unknown> }>();

  constructor(
    private readonly readStamp: () => Promise<string | null>,
    private readonly maxEntries = 32,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await this.readStamp();
    if (stamp === null) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute().then(deepFreeze);
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
