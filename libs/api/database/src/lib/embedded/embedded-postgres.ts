import { EventEmitter } from 'node:events';
import { PGlite, types } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { PgQueryResult, toPgResult } from './pg-result';
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
      const pglite = await PGlite.create({
        ...(dataDir ? { dataDir } : {}),
        // Postgres' default 128 MB buffer cache would be most of the process' memory; the embedded
        // database is for trials and small installations (measured in docs/BENCHMARKS.md).
        postgresqlconf: ['shared_buffers = 16MB'],
        // The same JS types as `pg` gives: int8 as string (it may exceed 2^53), booleans as TRUE/FALSE.
        parsers: { [types.INT8]: (value: string) => value },
        serializers: { [types.BOOL]: serializeBoolean },
      });
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
  if (params && params.length > 0) return toPgResult(sql, await pglite.query(sql, params));
  // Without parameters the simple protocol runs several statements (migrations do); the last result counts.
  const results = await pglite.exec(sql);
  return toPgResult(sql, results[results.length - 1] ?? { rows: [], fields: [] });
}

/** One checked-out session. `release()` rolls back a transaction its holder left open. */
export class EmbeddedClient extends EventEmitter {
  private released = false;

  constructor(
    private readonly pglite: PGlite,
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
      : run(this.pglite, sql, values);
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
    if (this.pglite.closed || !this.pglite.isInTransaction()) {
      this.unlock();
      return;
    }
    this.pglite
      .exec('ROLLBACK')
      .catch(() => undefined)
      .finally(() => this.unlock());
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
    const pending = this.owner.lock.acquire().then((unlock) => new EmbeddedClient(this.owner.pglite, unlock));
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
