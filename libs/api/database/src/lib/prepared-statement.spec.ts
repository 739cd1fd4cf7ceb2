import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { openDataSource } from './data-source';
import { preparedStatement, runPrepared } from './prepared-statement';

const schema = { entities: [], migrations: [] };

const INSERT = preparedStatement(
  'dc_test_prepared_insert',
  `INSERT INTO "thing" ("id", "label") VALUES ($1::integer, $2::varchar) RETURNING "id", "label", "at"`,
);
const IN_LIST = preparedStatement(
  'dc_test_prepared_in_list',
  `SELECT "id" FROM "thing" WHERE "label" = ANY ($1::varchar[]) ORDER BY "id"`,
);
const PREPARED = preparedStatement(
  'dc_test_prepared_names',
  `SELECT "name" FROM pg_prepared_statements WHERE "name" LIKE 'dc_test_prepared_%' ORDER BY "name"`,
);

// Named prepared statements on a server, plain parameterised queries on the embedded database.
describe(`runPrepared (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: the statements prepared on it are visible in pg_prepared_statements.
    dataSource = await openDataSource(database.location, schema, { poolSize: 1 });
    await dataSource.query(
      `CREATE TABLE "thing" ("id" integer PRIMARY KEY, "label" varchar(20) NOT NULL, "at" timestamptz DEFAULT now())`,
    );
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('returns the rows with the usual type parsing, the same on every use', async () => {
    const [first] = await runPrepared<{ id: number; label: string; at: Date }>(dataSource, INSERT, [1, 'eins']);
    expect(first).toEqual({ id: 1, label: 'eins', at: expect.any(Date) });
    const [second] = await runPrepared<{ id: number; label: string; at: Date }>(dataSource, INSERT, [2, 'zwei']);
    expect(second.id).toBe(2);
    expect(await runPrepared(dataSource, IN_LIST, [['eins', 'zwei']])).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await runPrepared(dataSource, IN_LIST, [[]])).toEqual([]);
  });

  it('fails with a QueryFailedError that carries the driver code, and keeps the connection usable', async () => {
    const failure = await runPrepared(dataSource, INSERT, [1, 'doppelt']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
    expect(await runPrepared(dataSource, IN_LIST, [['doppelt']])).toEqual([]);
  });

  it('prepares the statements once per connection on a server (not on the embedded database)', async () => {
    const names = (await runPrepared<{ name: string }>(dataSource, PREPARED, [])).map((row) => row.name);
    if (database.location.kind === 'postgres') {
      expect(names).toEqual(['dc_test_prepared_in_list', 'dc_test_prepared_insert', 'dc_test_prepared_names']);
    } else {
      expect(names).toEqual([]);
    }
  });

  it('refuses a name declared for another text', () => {
    expect(preparedStatement('dc_test_prepared_insert', INSERT.text)).toEqual(INSERT);
    expect(() => preparedStatement('dc_test_prepared_insert', 'SELECT 1')).toThrow(/declared twice/);
  });
});
