import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, DataSource, Entity, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../testing/test-database';
import { openDataSource } from '../data-source';
import { EmbeddedPostgres } from './embedded-postgres';

@Entity({ name: 'ledger_entry' })
class LedgerEntry {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'varchar', length: 40 })
  label!: string;

  @Column({ type: 'bigint' })
  amount!: string;
}

class CreateLedger1000000000000 implements MigrationInterface {
  name = 'CreateLedger1000000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ledger_entry" ("id" integer PRIMARY KEY, "label" character varying(40) NOT NULL, "amount" bigint NOT NULL)`,
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "ledger_entry"`);
  }
}

const schema = { entities: [LedgerEntry], migrations: [CreateLedger1000000000000] };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs on the embedded database, and on PostgreSQL too when TEST_DATABASE_URL is set (CI does both).
describe(`concurrent transactions (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, schema, { poolSize: 8 });
    await dataSource.runMigrations();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => dataSource.query(`DELETE FROM ledger_entry`));

  it('keeps every committed write when interleaved transactions roll back', async () => {
    // 40 transactions interleave (each yields between its statements); every third one fails after
    // writing. With a shared session one ROLLBACK would erase the others' rows (seen with typeorm-pglite).
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          await manager.insert(LedgerEntry, { id: i, label: `entry ${i}`, amount: String(i * 10) });
          await pause((i * 7) % 5);
          await manager.query(`UPDATE ledger_entry SET amount = amount + 1 WHERE id = $1`, [i]);
          if (i % 3 === 0) throw new Error(`abort ${i}`);
        }),
      ),
    );

    const committed = outcomes.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [i] : []));
    const rolledBack = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(committed).toHaveLength(26); // 0..39 minus the 14 multiples of 3
    expect(rolledBack).toHaveLength(14);

    const rows = await dataSource.getRepository(LedgerEntry).find({ order: { id: 'ASC' } });
    expect(rows.map((row) => row.id)).toEqual(committed);
    expect(rows.map((row) => row.amount)).toEqual(committed.map((i) => String(i * 10 + 1)));
  });

  it('does not let a failed statement poison the next request', async () => {
    await expect(dataSource.query(`INSERT INTO ledger_entry (id, label, amount) VALUES (1, NULL, 0)`)).rejects.toThrow(
      /null value/,
    );
    await dataSource.getRepository(LedgerEntry).insert({ id: 2, label: 'after the error', amount: '5' });
    expect(await dataSource.getRepository(LedgerEntry).count()).toBe(1);
  });

  it('reports affected rows of UPDATE and DELETE like pg does', async () => {
    await dataSource.getRepository(LedgerEntry).insert([
      { id: 1, label: 'a', amount: '1' },
      { id: 2, label: 'b', amount: '2' },
      { id: 3, label: 'c', amount: '3' },
    ]);
    const updated = await dataSource
      .createQueryBuilder()
      .update(LedgerEntry)
      .set({ label: 'x' })
      .where('id >= :id', { id: 2 })
      .execute();
    expect(updated.affected).toBe(2);
    const deleted = await dataSource.getRepository(LedgerEntry).delete({ id: 3 });
    expect(deleted.affected).toBe(1);
  });

  it('returns bigint as string, as pg does', async () => {
    await dataSource.getRepository(LedgerEntry).insert({ id: 9, label: 'big', amount: '9007199254740993' });
    const [row] = await dataSource.query(`SELECT amount, amount > 0 AS positive FROM ledger_entry WHERE id = 9`);
    expect(row).toEqual({ amount: '9007199254740993', positive: true });
  });

  it('returns dates, timestamps, intervals, bytea and numeric as pg does', async () => {
    const [row] = await dataSource.query(
      `SELECT DATE '2024-03-01' AS d, TIMESTAMP '2024-03-01 12:30:00' AS ts, TIMESTAMPTZ '2024-03-01 12:30:00+00' AS tstz,
              INTERVAL '1 hour 30 minutes' AS i, '\\x0102ff'::bytea AS b, 1.50::numeric AS n`,
    );
    // pg reads DATE and TIMESTAMP (without time zone) as local time, TIMESTAMPTZ as the instant.
    expect([row.d.getFullYear(), row.d.getMonth(), row.d.getDate(), row.d.getHours()]).toEqual([2024, 2, 1, 0]);
    expect([row.ts.getDate(), row.ts.getHours(), row.ts.getMinutes()]).toEqual([1, 12, 30]);
    expect(row.tstz.toISOString()).toBe('2024-03-01T12:30:00.000Z');
    expect([row.i.hours, row.i.minutes]).toEqual([1, 30]);
    expect(Buffer.isBuffer(row.b) && [...row.b]).toEqual([1, 2, 255]);
    expect(row.n).toBe('1.50');
  });

  it('counts the rows of UPDATE inside WITH as pg does', async () => {
    await dataSource.getRepository(LedgerEntry).insert([
      { id: 1, label: 'a', amount: '1' },
      { id: 2, label: 'b', amount: '2' },
    ]);
    const updated = await dataSource
      .createQueryBuilder()
      .update(LedgerEntry)
      .set({ label: 'y' })
      .where('id IN (SELECT id FROM ledger_entry)')
      .execute();
    expect(updated.affected).toBe(2);
    const raw = await dataSource.query(`WITH t AS (SELECT 1) UPDATE ledger_entry SET label = 'z'`);
    expect(raw).toEqual([[], 2]);
  });
});

describe('EmbeddedPostgres session handling', () => {
  it('rolls back a transaction its holder left open, so the next holder starts clean', async () => {
    const embedded = await EmbeddedPostgres.open(null);
    const pool = new embedded.driver.Pool();
    try {
      const first = await pool.connect();
      await first.query(`CREATE TABLE t (x int)`);
      await first.query(`BEGIN`);
      await first.query(`INSERT INTO t VALUES (1)`);
      first.release();
      const second = await pool.connect();
      expect(embedded.pglite.isInTransaction()).toBe(false);
      expect((await second.query(`SELECT count(*)::int AS n FROM t`)).rows).toEqual([{ n: 0 }]);
      second.release();
    } finally {
      await pool.end();
    }
  }, 30_000);

  it('waits for queries still in flight before handing the session on', async () => {
    const embedded = await EmbeddedPostgres.open(null);
    const pool = new embedded.driver.Pool();
    try {
      const setup = await pool.connect();
      await setup.query(`CREATE TABLE t (who text)`);
      setup.release();

      // A starts a transaction without awaiting it and releases at once (as a crashed handler might).
      const a = await pool.connect();
      const aBegin = a.query(`BEGIN`);
      const aInsert = a.query(`INSERT INTO t VALUES ('a')`);
      a.release();
      // B must not run inside A's transaction, or A's clean-up would roll B's committed row back.
      const b = await pool.connect();
      await b.query(`INSERT INTO t VALUES ('b')`);
      b.release();
      await Promise.all([aBegin, aInsert]);

      const check = await pool.connect();
      expect((await check.query(`SELECT who FROM t ORDER BY who`)).rows).toEqual([{ who: 'b' }]);
      check.release();
    } finally {
      await pool.end();
    }
  }, 30_000);

  it('persists to its data directory and refuses a second process on it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-pglite-'));
    const dataDir = join(dir, 'db');
    try {
      const first = await openDataSource({ kind: 'embedded', dataDir }, { entities: [], migrations: [] });
      await first.query(`CREATE TABLE kept (v text)`);
      await first.query(`INSERT INTO kept VALUES ('still here')`);
      expect(existsSync(`${dataDir}.lock`)).toBe(true);
      await first.destroy();
      expect(existsSync(`${dataDir}.lock`)).toBe(false);

      // A lock held by a live process (our parent) blocks; PGlite never opens the directory twice.
      writeFileSync(`${dataDir}.lock`, String(process.ppid));
      await expect(EmbeddedPostgres.open(dataDir)).rejects.toThrow(`is in use by process ${process.ppid}`);
      expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.ppid)); // someone else's lock stays
      // A stale lock (no such process) is taken over.
      writeFileSync(`${dataDir}.lock`, '2147483646');
      const reopened = await openDataSource({ kind: 'embedded', dataDir }, { entities: [], migrations: [] });
      expect(await reopened.query(`SELECT v FROM kept`)).toEqual([{ v: 'still here' }]);
      // The same directory twice in one process would corrupt it as well.
      await expect(EmbeddedPostgres.open(dataDir)).rejects.toThrow('is already open in this process');
      await reopened.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
