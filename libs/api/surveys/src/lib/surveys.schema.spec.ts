import { accountEntities, accountMigrations } from '@digitalcheck/api-accounts';
import { auditEntities, auditMigrations } from '@digitalcheck/api-audit';
import { authEntities, authMigrations } from '@digitalcheck/api-auth';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { questionnaireEntities, questionnaireMigrations } from '@digitalcheck/api-questionnaires';
import { regionEntities, regionMigrations } from '@digitalcheck/api-regions';
import { DataSource } from 'typeorm';
import { surveyEntities, surveyMigrations } from './surveys.schema';

// The same check as apps/api/src/app/schema.spec.ts, with this module's tables added: the migration and the
// entities describe exactly the same tables, and the migration reverts cleanly.
describe(`survey schema (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, {
      entities: [
        ...auditEntities,
        ...regionEntities,
        ...questionnaireEntities,
        ...authEntities,
        ...accountEntities,
        ...surveyEntities,
      ],
      migrations: [
        ...auditMigrations,
        ...regionMigrations,
        ...questionnaireMigrations,
        ...authMigrations,
        ...accountMigrations,
        ...surveyMigrations,
      ],
    });
    await dataSource.runMigrations({ transaction: 'all' });
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('matches the entities exactly: the schema diff is empty', async () => {
    const diff = await dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('reverts cleanly', async () => {
    await dataSource.undoLastMigration({ transaction: 'all' });
    for (const table of [
      'survey_wave',
      'survey_wave_region',
      'survey_response',
      'survey_answer',
      'survey_answer_operation',
    ]) {
      expect(await dataSource.query(`SELECT to_regclass('public.${table}') AS t`)).toEqual([{ t: null }]);
    }
    await dataSource.runMigrations({ transaction: 'all' });
    expect(await dataSource.query(`SELECT to_regclass('public.survey_answer') AS t`)).toEqual([{ t: 'survey_answer' }]);
  });
});
