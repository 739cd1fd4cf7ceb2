/** Raised when more tasks wait than the limit allows; the caller should come back later. */
export class QueueFullError extends Error {
  constructor() {
    super('too many tasks waiting');
  }
}

/**
 * At most `limit` tasks at once; the others wait in order of arrival, at most `maxWaiting` of them (beyond that
 * `run` rejects with QueueFullError at once instead of queueing without bound).
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      if (this.waiting.length >= this.maxWaiting) throw new QueueFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
