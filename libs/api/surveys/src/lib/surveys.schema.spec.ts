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

  it('counts the analytics stamp up on every write to responses, waves, invited regions and regions', async () => {
    const stamp = async () => Number((await dataSource.query(`SELECT "version" FROM "analytics_stamp"`))[0].version);
    const changes = async (sql: string, params: unknown[] = []) => {
      const before = await stamp();
      await dataSource.query(sql, params);
      return (await stamp()) - before;
    };
    await dataSource.query(`INSERT INTO "questionnaire_version" ("questionnaire_id", "version", "title", "definition",
      "content_hash", "status") VALUES ('stamp-test', 1, 'Stempel', '{}', repeat('0', 64), 'published')`);
    expect(
      await changes(`INSERT INTO "region" ("ars", "name", "search_text", "level", "kind", "land_ars")
        VALUES ('07', 'Rheinland-Pfalz', 'rheinland-pfalz', 'LAND', 'Land', '07'),
               ('07137', 'Mayen-Koblenz', 'mayen-koblenz', 'KREIS', 'Landkreis', '07')`),
    ).toBe(1); // one statement, one step
    const [{ id: waveId }] = await dataSource.query(
      `INSERT INTO "survey_wave" ("title", "questionnaire_id", "questionnaire_version", "land_ars", "starts_at",
         "ends_at") VALUES ('Stempel', 'stamp-test', 1, '07', now(), now() + interval '1 day') RETURNING "id"`,
    );
    expect(await changes(`UPDATE "survey_wave" SET "title" = 'Stempel 2' WHERE "id" = $1`, [waveId])).toBe(1);
    expect(await changes(`INSERT INTO "survey_wave_region" VALUES ($1, '07137')`, [waveId])).toBe(1);
    const [{ id: responseId }] = await dataSource.query(
      `INSERT INTO "survey_response" ("wave_id", "region_ars") VALUES ($1, '07137') RETURNING "id"`,
      [waveId],
    );
    // An answer save writes survey_answer only: the stamp stays.
    expect(
      await changes(
        `INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at")
         VALUES ($1, 'A1', '"a"', 1, now())`,
        [responseId],
      ),
    ).toBe(0);
    // submit, reopen, publish: each an UPDATE of the response.
    for (const status of ['submitted', 'reopened', 'submitted', 'published']) {
      expect(await changes(`UPDATE "survey_response" SET "status" = $2 WHERE "id" = $1`, [responseId, status])).toBe(1);
    }
    expect(await changes(`UPDATE "region" SET "population" = 214000 WHERE "ars" = '07137'`)).toBe(1);
    // Rolled back: no step.
    const before = await stamp();
    await dataSource
      .transaction(async (manager) => {
        await manager.query(`UPDATE "survey_response" SET "status" = 'reopened' WHERE "id" = $1`, [responseId]);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await stamp()).toBe(before);
    expect(await changes(`DELETE FROM "survey_response" WHERE "id" = $1`, [responseId])).toBe(1);
    expect(await changes(`DELETE FROM "survey_wave" WHERE "id" = $1`, [waveId])).toBeGreaterThanOrEqual(1);
    expect(await changes(`DELETE FROM "region" WHERE "ars" IN ('07137', '07')`)).toBe(1);
  });

  it('reverts cleanly', async () => {
    await dataSource.undoLastMigration({ transaction: 'all' }); // the analytics stamp
    expect(await dataSource.query(`SELECT to_regclass('public.analytics_stamp') AS t`)).toEqual([{ t: null }]);
    expect(await dataSource.query(`SELECT to_regclass('public.survey_response') AS t`)).toEqual([
      { t: 'survey_response' },
    ]);
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
