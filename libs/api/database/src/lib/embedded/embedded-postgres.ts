import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { markFirstCreation } from './first-creation';
import { PgQueryResult, toPgResult } from './pg-result';
import { pgCompatibleParsers } from './pg-type-parsers';
import { SessionLock } from './session-lock';

type Callback<T> = (error: Error | undefined, value?: T) => void;

/**
 * PGlite (Postgres compiled to WASM) behind a `pg`-compatible pool of exactly one session.
 * TypeORM's postgres driver takes it as `driver`, so entities, migrations and SQL are the same as on a
 * PostgreSQL server. See SessionLock for why the session is handed out one holder at a time.
 */
export class EmbeddedPostgres {
  private constructor(
    readonly pglite: PGlite,
    readonly lock: SessionLock,
    private readonly unlockDataDir: () => void,
  ) {}

  /** `dataDir` null is an in-memory, throwaway database. */
  static async open(dataDir: string | null, options: { lockTimeoutMs?: number } = {}): Promise<EmbeddedPostgres> {
    const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
    try {
      const created = dataDir ? markFirstCreation(dataDir) : () => undefined;
      const pglite = await PGlite.create({
        ...(dataDir ? { dataDir } : {}),
        // Postgres' default 128 MB buffer cache would be most of the process' memory; the embedded
        // database is for trials and small installations (measured in docs/BENCHMARKS.md).
        postgresqlconf: ['shared_buffers = 16MB'],
        parsers: pgCompatibleParsers(),
        serializers: { [types.BOOL]: serializeBoolean },
      });
      created();
      return new EmbeddedPostgres(pglite, new SessionLock(options.lockTimeoutMs ?? 30_000), unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  /** The object TypeORM expects as `driver` (it only uses `Pool`). */
  get driver(): { Pool: new () => EmbeddedPool } {
    return { Pool: poolClassFor(this) };
  }

  async close(): Promise<void> {
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      this.unlockDataDir();
    }
  }
}

/** TypeORM constructs the pool itself (`new driver.Pool(options)`), so the owner is bound into the class. */
function poolClassFor(owner: EmbeddedPostgres): new () => EmbeddedPool {
  return class extends EmbeddedPool {
    constructor() {
      super(owner);
    }
  };
}

function serializeBoolean(value: unknown): string {
  if (value === true || value === 'true' || value === 1) return 'TRUE';
  if (value === false || value === 'false' || value === 0) return 'FALSE';
  return String(value);
}

async function run(pglite: PGlite, sql: string, params?: unknown[]): Promise<PgQueryResult> {
  if (params && params.length > 0) return toPgResult(await pglite.query(sql, params));
  // Without parameters the simple protocol runs several statements (migrations do); the last result counts.
  const results = await pglite.exec(sql);
  return toPgResult(results[results.length - 1] ?? { rows: [], fields: [] });
}

/**
 * One checked-out session. `release()` waits for the holder's queries still in flight, rolls back a
 * transaction the holder left open, and only then hands the session on; otherwise the next holder's
 * statements could run inside (and be rolled back with) the previous holder's transaction.
 */
export class EmbeddedClient extends EventEmitter {
  private released = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly owner: EmbeddedPostgres,
    private readonly unlock: () => void,
  ) {
    super();
  }

  query(
    sql: string,
    params?: unknown[] | Callback<PgQueryResult>,
    callback?: Callback<PgQueryResult>,
  ): Promise<PgQueryResult> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    const pending = this.released
      ? Promise.reject(new Error('Query on a released embedded database session'))
      : run(this.owner.pglite, sql, values);
    const tracked = pending.catch(() => undefined);
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
    if (cb)
      pending.then(
        (result) => cb(undefined, result),
        (error: Error) => cb(error),
      );
    return pending;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    void this.handOver();
  }

  private async handOver(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
    const pglite = this.owner.pglite;
    try {
      if (!pglite.closed && pglite.isInTransaction()) await pglite.exec('ROLLBACK');
    } catch {
      // handled below: the session's state is checked again
    }
    if (!pglite.closed && pglite.isInTransaction()) {
      // A session stuck in a transaction must not be handed on: stop serving rather than mix transactions.
      // Every later query then fails, and /api/health reports the database as down.
      await this.owner.close().catch(() => undefined);
    }
    this.unlock();
  }
}

/** The `pg.Pool` surface TypeORM uses: `connect`, `query`, `end` and the `error` event. */
export class EmbeddedPool extends EventEmitter {
  constructor(private readonly owner: EmbeddedPostgres) {
    super();
  }

  connect(
    callback?: (error: Error | undefined, client?: EmbeddedClient, release?: () => void) => void,
  ): Promise<EmbeddedClient> {
    const pending = this.owner.lock.acquire().then((unlock) => new EmbeddedClient(this.owner, unlock));
    if (callback)
      pending.then(
        (client) => callback(undefined, client, () => client.release()),
        (error: Error) => callback(error),
      );
    return pending;
  }

  async query(sql: string, params?: unknown[]): Promise<PgQueryResult> {
    const client = await this.connect();
    try {
      return await client.query(sql, params);
    } finally {
      client.release();
    }
  }

  end(callback?: (error?: Error) => void): Promise<void> {
    const pending = this.owner.close();
    if (callback)
      pending.then(
        () => callback(),
        (error: Error) => callback(error),
      );
    return pending;
  }
}
