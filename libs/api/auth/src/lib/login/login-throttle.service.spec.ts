import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { authEntities, authMigrations } from '../auth.schema';
import { LoginThrottleService } from './login-throttle.service';

describe(`LoginThrottleService (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let throttle: LoginThrottleService;
  const limit = { maxFailures: 3, windowMinutes: 15, lockMinutes: 10 };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, { entities: authEntities, migrations: authMigrations });
    await dataSource.runMigrations();
    throttle = new LoginThrottleService(dataSource);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('locks a key for lockMinutes at the maxFailures-th failure, not before', async () => {
    const key = { key: 'account:a@x.de', limit };
    await throttle.recordFailure([key]);
    await throttle.recordFailure([key]);
    expect(await throttle.lockedFor([key])).toBe(0);
    await throttle.recordFailure([key]);
    const seconds = await throttle.lockedFor([key]);
    expect(seconds).toBeGreaterThan(590);
    expect(seconds).toBeLessThanOrEqual(600);
  });

  it('reports the longest lock among several keys and clears one key only', async () => {
    const locked = { key: 'account:b@x.de', limit: { ...limit, maxFailures: 1 } };
    const open = { key: 'ip:10.0.0.1', limit };
    await throttle.recordFailure([locked, open]);
    expect(await throttle.lockedFor([open])).toBe(0);
    expect(await throttle.lockedFor([open, locked])).toBeGreaterThan(0);
    await throttle.clear(locked.key);
    expect(await throttle.lockedFor([open, locked])).toBe(0);
  });

  it('starts a new window once the old one has passed', async () => {
    const key = { key: 'account:c@x.de', limit };
    await throttle.recordFailure([key]);
    await throttle.recordFailure([key]);
    await dataSource.query(
      `UPDATE "login_throttle" SET "window_started_at" = now() - interval '16 minutes' WHERE "key" = $1`,
      [key.key],
    );
    await throttle.recordFailure([key]);
    expect(await dataSource.query(`SELECT "failures" FROM "login_throttle" WHERE "key" = $1`, [key.key])).toEqual([
      { failures: 1 },
    ]);
    expect(await throttle.lockedFor([key])).toBe(0);
  });

  it('counts concurrent failures exactly (one statement per key)', async () => {
    const key = { key: 'ip:10.0.0.2', limit: { ...limit, maxFailures: 100 } };
    await Promise.all(Array.from({ length: 20 }, () => throttle.recordFailure([key])));
    expect(await dataSource.query(`SELECT "failures" FROM "login_throttle" WHERE "key" = $1`, [key.key])).toEqual([
      { failures: 20 },
    ]);
  });

  it('purges counts older than a day unless still locked', async () => {
    await throttle.recordFailure([
      { key: 'ip:old', limit },
      { key: 'ip:old-locked', limit: { ...limit, maxFailures: 1 } },
    ]);
    await dataSource.query(
      `UPDATE "login_throttle" SET "window_started_at" = now() - interval '2 days' WHERE "key" IN ('ip:old', 'ip:old-locked')`,
    );
    await dataSource.query(
      `UPDATE "login_throttle" SET "locked_until" = now() + interval '1 hour' WHERE "key" = 'ip:old-locked'`,
    );
    await throttle.purgeStale();
    const keys = await dataSource.query(`SELECT "key" FROM "login_throttle" WHERE "key" LIKE 'ip:old%'`);
    expect(keys).toEqual([{ key: 'ip:old-locked' }]);
  });

  it('returns the count per key, and gives an attempt back (with the lock it set) on release', async () => {
    const key = { key: 'ip:10.0.0.3', limit };
    expect(await throttle.recordFailure([key])).toEqual([1]);
    expect(await throttle.recordFailure([key])).toEqual([2]);
    expect(await throttle.recordFailure([key])).toEqual([3]);
    expect(await throttle.lockedFor([key])).toBeGreaterThan(0);
    await throttle.release(key);
    expect(await throttle.lockedFor([key])).toBe(0);
    expect(await throttle.recordFailure([key])).toEqual([3]);
  });
});
