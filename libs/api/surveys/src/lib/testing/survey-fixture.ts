import { accountEntities, accountMigrations } from '@digitalcheck/api-accounts';
import { auditEntities, auditMigrations, AuditService } from '@digitalcheck/api-audit';
import { AppUser, authEntities, authMigrations, type Grant, Principal } from '@digitalcheck/api-auth';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, type TestDatabase } from '@digitalcheck/api-database/testing';
import {
  DefaultQuestionnaireSeedService,
  questionnaireEntities,
  questionnaireMigrations,
} from '@digitalcheck/api-questionnaires';
import { ReferenceSeedService, regionEntities, regionMigrations } from '@digitalcheck/api-regions';
import type { DataSource } from 'typeorm';
import { DefinitionCache } from '../definitions/definition-cache';
import { ResponsesService } from '../responses/responses.service';
import { surveyEntities, surveyMigrations } from '../surveys.schema';
import type { SignedInActor } from '../waves/waves.service';
import { WavesService } from '../waves/waves.service';

export const DATABASE_KIND = process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded';

/** A migrated test database with the reference regions, the default questionnaire and the survey services. */
export interface SurveyFixture {
  database: TestDatabase;
  dataSource: DataSource;
  waves: WavesService;
  responses: ResponsesService;
  /** Creates an account and returns it as an acting person. */
  person(displayName: string, ...grants: Grant[]): Promise<SignedInActor>;
  close(): Promise<void>;
}

export async function openSurveyFixture(): Promise<SurveyFixture> {
  const database = await createTestDatabase();
  const dataSource = await openDataSource(database.location, {
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
  await new ReferenceSeedService(dataSource).seed();
  await new DefaultQuestionnaireSeedService(dataSource).seed();
  const audit = new AuditService();
  const definitions = new DefinitionCache();
  const waves = new WavesService(dataSource, definitions, audit);
  const responses = new ResponsesService(dataSource, definitions, waves, audit);
  let count = 0;
  return {
    database,
    dataSource,
    waves,
    responses,
    async person(displayName, ...grants) {
      const email = `person${++count}@test.example`;
      const user = await dataSource.manager.save(
        dataSource.manager.create(AppUser, { email, emailKey: email, displayName, status: 'active' }),
      );
      return { principal: new Principal(user.id, email, displayName, grants), requestId: `req-${count}`, ip: null };
    },
    async close() {
      await dataSource?.destroy();
      await database?.drop();
    },
  };
}
