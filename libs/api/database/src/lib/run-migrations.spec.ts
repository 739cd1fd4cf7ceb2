import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { openDataSource } from './data-source';
import { runMigrationsExclusively } from './run-migrations';

class CreateCounter1000000000001 implements MigrationInterface {
  name = 'CreateCounter1000000000001';
  async up(queryRunner: QueryRunner): Promise<void> {
    // Slow enough that concurrent starters overlap, as replicas starting together do.
    await queryRunner.query(`SELECT pg_sleep(0.3)`);
    await queryRunner.query(`CREATE TABLE "counter" ("n" integer NOT NULL)`);
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "counter"`);
  }
}

const schema = { entities: [], migrations: [CreateCounter1000000000001] };

describe(`runMigrationsExclusively (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  const opened: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const dataSource of opened) await dataSource.destroy();
    await database?.drop();
  });

  it('applies each migration once when several processes start together', async () => {
    // Three "replicas" on a server; the embedded database is one process, so one there.
    const replicas = database.location.kind === 'postgres' ? 3 : 1;
    for (let i = 0; i < replicas; i++) opened.push(await openDataSource(database.location, schema));
    const results = await Promise.all(opened.map((dataSource) => runMigrationsExclusively(dataSource)));
    expect(results.map((applied) => applied.length).sort()).toEqual(replicas === 3 ? [0, 0, 1] : [1]);
    expect(await opened[0].query(`SELECT count(*)::int AS n FROM schema_migration`)).toEqual([{ n: 1 }]);
  }, 60_000);
});
