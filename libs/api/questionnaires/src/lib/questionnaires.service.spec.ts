import { AuditEvent, auditEntities, auditMigrations, AuditService } from '@digitalcheck/api-audit';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DIGITALE_KOMMUNE_V1, type QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { DataSource } from 'typeorm';
import { QuestionnaireVersion } from './questionnaire-version.entity';
import { questionnaireEntities, questionnaireMigrations } from './questionnaires.schema';
import { QuestionnairesService } from './questionnaires.service';
import { DefaultQuestionnaireSeedService } from './seed/default-questionnaire-seed.service';

const ID = DIGITALE_KOMMUNE_V1.id;

function retitled(title: string, version = 2): QuestionnaireDefinition {
  return { ...structuredClone(DIGITALE_KOMMUNE_V1), version, title };
}

describe(`QuestionnairesService (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let service: QuestionnairesService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, {
      entities: [...auditEntities, ...questionnaireEntities],
      migrations: [...auditMigrations, ...questionnaireMigrations],
    });
    await dataSource.runMigrations();
    service = new QuestionnairesService(dataSource, new AuditService());
    expect(await new DefaultQuestionnaireSeedService(dataSource).seed()).toBe('seeded');
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seeds once; a stored version 1 with other content is left alone', async () => {
    const seed = new DefaultQuestionnaireSeedService(dataSource);
    expect(await seed.seed()).toBe('present');
    expect(await seed.seed(retitled('Anders', 1))).toBe('differs');
    const v1 = await service.find(ID, 1);
    expect(v1).toMatchObject({ status: 'published', title: DIGITALE_KOMMUNE_V1.title });
    expect(v1?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an invalid definition and writes nothing', async () => {
    const before = await dataSource.manager.count(AuditEvent);
    const result = await service.import({ ...DIGITALE_KOMMUNE_V1, sections: 'none' });
    expect(result.outcome).toBe('invalid');
    expect(await dataSource.manager.count(QuestionnaireVersion)).toBe(1);
    expect(await dataSource.manager.count(AuditEvent)).toBe(before);
  });

  it('treats content equal to the latest version as unchanged', async () => {
    expect(await service.import(structuredClone(DIGITALE_KOMMUNE_V1))).toEqual({
      outcome: 'unchanged',
      questionnaireId: ID,
      version: 1,
    });
  });

  it('stores a changed definition as the next draft, replaces that draft, publishes it once', async () => {
    // Imported with version 1 over a published v1: becomes v2, v1 stays as it is.
    expect(await service.import(retitled('Zweite Fassung', 1))).toMatchObject({ outcome: 'created', version: 2 });
    expect(await service.import(retitled('Zweite Fassung, korrigiert'))).toMatchObject({
      outcome: 'replaced',
      version: 2,
    });
    expect((await service.find(ID, 1))?.title).toBe(DIGITALE_KOMMUNE_V1.title);
    expect(await service.find(ID, 2)).toMatchObject({ status: 'draft', title: 'Zweite Fassung, korrigiert' });
    expect((await service.publish(ID, 2))?.outcome).toBe('published');
    expect((await service.publish(ID, 2))?.outcome).toBe('already-published');
    expect(await service.publish(ID, 9)).toBeNull();
    expect(await service.import(retitled('Dritte Fassung', 2))).toMatchObject({ outcome: 'created', version: 3 });
    expect((await service.find(ID, 2))?.status).toBe('published');
    const actions = (await dataSource.manager.find(AuditEvent)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['questionnaire.import', 'questionnaire.publish']));
  });

  it('the database refuses any UPDATE of a published version', async () => {
    await expect(
      dataSource.query(`UPDATE "questionnaire_version" SET "title" = 'x' WHERE "version" = 1`),
    ).rejects.toThrow(/published and cannot be changed/);
    await expect(
      dataSource.query(`UPDATE "questionnaire_version" SET "status" = 'draft' WHERE "version" = 1`),
    ).rejects.toThrow(/published and cannot be changed/);
    await expect(
      dataSource.query(`UPDATE "questionnaire_version" SET "definition" = '{}' WHERE "version" = 1`),
    ).rejects.toThrow(/published and cannot be changed/);
  });

  it('the database refuses to DELETE a published version, but lets a draft go', async () => {
    await expect(dataSource.query(`DELETE FROM "questionnaire_version" WHERE "version" = 1`)).rejects.toThrow(
      /published and cannot be deleted/,
    );
    const count = async (where: string) =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM "questionnaire_version" WHERE ${where}`))[0].n;
    expect(await count(`"version" = 1`)).toBe(1);

    await dataSource.query(
      `INSERT INTO "questionnaire_version" ("questionnaire_id", "version", "status", "title", "definition", "content_hash")
       SELECT "questionnaire_id", 99, 'draft', "title", "definition", "content_hash" FROM "questionnaire_version" WHERE "version" = 1`,
    );
    await dataSource.query(`DELETE FROM "questionnaire_version" WHERE "version" = 99`);
    expect(await count(`"version" = 99`)).toBe(0);
  });
});
