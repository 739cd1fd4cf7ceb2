import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { databaseSchema } from '@digitalcheck/api-schema';

// The migrations are the schema; the entities must describe exactly the same tables, or TypeORM's
// queries and the database drift apart. Checked on both back ends (CI sets TEST_DATABASE_URL).
describe(`database schema (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, databaseSchema);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('applies every migration in one go, and a second run applies none', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    expect(applied.map((migration) => migration.name)).toEqual([
      'CreateAuditEvent1764000000000',
      'CreateRegion1764100000000',
      'CreateBoundaryPack1764100000001',
      'CreateQuestionnaireVersion1764200000000',
      'CreateAccounts1764300000000',
      'CreateInvitation1764300000001',
      'AuditEventAppendOnly1764300000002',
      'CreateSurveys1764400000000',
      'AnalyticsStamp1764400000001',
      'CreateMeasureCatalogue1764500000000',
      'CreateStrategy1764600000000',
    ]);
    expect(await dataSource.runMigrations({ transaction: 'all' })).toEqual([]);
  });

  it('matches the entities exactly: the schema diff is empty', async () => {
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('reverts cleanly', async () => {
    await dataSource.undoLastMigration({ transaction: 'all' }); // the strategy drafts
    expect(await dataSource.query(`SELECT to_regclass('public.strategy_draft') AS t`)).toEqual([{ t: null }]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // the measure catalogue
    expect(await dataSource.query(`SELECT to_regclass('public.measure') AS t`)).toEqual([{ t: null }]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // the analytics stamp
    expect(await dataSource.query(`SELECT to_regclass('public.analytics_stamp') AS t`)).toEqual([{ t: null }]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // the surveys
    expect(await dataSource.query(`SELECT to_regclass('public.survey_wave') AS t`)).toEqual([{ t: null }]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // the audit trigger
    for (const table of ['invitation', 'app_user', 'questionnaire_version', 'boundary_pack', 'region', 'audit_event']) {
      await dataSource.undoLastMigration({ transaction: 'all' });
      expect(await dataSource.query(`SELECT to_regclass('public.${table}') AS t`)).toEqual([{ t: null }]);
    }
    await dataSource.runMigrations({ transaction: 'all' });
  });
});
