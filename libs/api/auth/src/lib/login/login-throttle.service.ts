import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { LoginThrottle } from './login-throttle.entity';
import type { ThrottleLimit } from './login-throttle.policy';

export interface ThrottleKey {
  key: string;
  limit: ThrottleLimit;
}

/** Counts failures per key in the database (shared by every API instance) and locks keys over the limit. */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Seconds until the longest lock among the keys ends; 0 when none is locked. */
  async lockedFor(keys: ThrottleKey[]): Promise<number> {
    const rows = await this.dataSource.manager.find(LoginThrottle, { where: { key: In(keys.map((k) => k.key)) } });
    const now = Date.now();
    const until = Math.max(0, ...rows.map((row) => (row.lockedUntil ? row.lockedUntil.getTime() - now : 0)));
    return Math.ceil(until / 1000);
  }

  /**
   * Counts one attempt for each key (atomically, one statement per key) and locks keys reaching the limit.
   * Returns each key's count in the window. Sign-ins count *before* checking the password, so concurrent
   * guesses cannot slip past the limit while the first ones are still being checked.
   */
  async recordFailure(keys: ThrottleKey[]): Promise<number[]> {
    const counts: number[] = [];
    for (const { key, limit } of keys) {
      const rows: Array<{ failures: number }> = await this.dataSource.query(
        `INSERT INTO "login_throttle" ("key", "failures", "window_started_at", "locked_until")
         VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(mins => $4) END)
         ON CONFLICT ("key") DO UPDATE SET
           "failures" = CASE WHEN "login_throttle"."window_started_at" < now() - make_interval(mins => $3)
                             THEN 1 ELSE "login_throttle"."failures" + 1 END,
           "window_started_at" = CASE WHEN "login_throttle"."window_started_at" < now() - make_interval(mins => $3)
                             THEN now() ELSE "login_throttle"."window_started_at" END,
           "locked_until" = CASE
             WHEN "login_throttle"."window_started_at" >= now() - make_interval(mins => $3)
                  AND "login_throttle"."failures" + 1 >= $2
             THEN now() + make_interval(mins => $4)
             ELSE "login_throttle"."locked_until" END
         RETURNING "failures"`,
        [key, limit.maxFailures, limit.windowMinutes, limit.lockMinutes],
      );
      counts.push(Number(rows[0]?.failures ?? 0));
    }
    if (Math.random() < 0.01) await this.purgeStale();
    return counts;
  }

  /** Gives back one counted attempt (a sign-in that turned out right), and the lock it may have set. */
  async release({ key, limit }: ThrottleKey): Promise<void> {
    await this.dataSource.query(
      `UPDATE "login_throttle" SET "failures" = GREATEST("failures" - 1, 0),
         "locked_until" = CASE WHEN "failures" - 1 < $2 THEN NULL ELSE "locked_until" END
       WHERE "key" = $1`,
      [key, limit.maxFailures],
    );
  }

  /** Drops counts whose window and lock are long over; called now and then so the table stays small. */
  async purgeStale(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "login_throttle" WHERE "window_started_at" < now() - interval '1 day'
         AND ("locked_until" IS NULL OR "locked_until" < now())`,
    );
  }

  /** A successful sign-in clears the account's count (not the IP's: one good password opens no more guesses). */
  async clear(key: string): Promise<void> {
    await this.dataSource.manager.delete(LoginThrottle, { key });
  }
}
