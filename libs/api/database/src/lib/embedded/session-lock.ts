/**
 * A first-in-first-out lock around the one PGlite session.
 *
 * PGlite is a single Postgres backend: every "connection" shares one session, so two interleaved
 * transactions would share BEGIN/ROLLBACK (measured: one rollback erased another's committed row).
 * Handing the session to one holder at a time gives each TypeORM query runner what a real pool
 * connection gives it. A waiter that gets no turn within `timeoutMs` fails instead of hanging, which
 * also turns a nested use of a second query runner inside a transaction (a deadlock here) into an error.
 */
export class SessionLock {
  private held = false;
  private readonly waiters: Array<{ grant: () => void }> = [];

  constructor(private readonly timeoutMs: number) {}

  get queueLength(): number {
    return this.waiters.length;
  }

  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(
          new Error(
            `The embedded database was busy for ${this.timeoutMs} ms. ` +
              'Use a PostgreSQL server (DATABASE_URL) for heavy concurrent use.',
          ),
        );
      }, this.timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next.grant();
      else this.held = false;
    };
  }
}
