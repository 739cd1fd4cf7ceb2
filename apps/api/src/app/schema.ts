import { auditEntities, auditMigrations } from '@digitalcheck/api-audit';
import type { DatabaseSchema } from '@digitalcheck/api-database';
import { questionnaireEntities, questionnaireMigrations } from '@digitalcheck/api-questionnaires';
import { regionEntities, regionMigrations } from '@digitalcheck/api-regions';

/**
 * The whole database schema: each domain module contributes its entities and migrations.
 * Migrations run in the order of their timestamps, whichever module they come from.
 */
export const databaseSchema: DatabaseSchema = {
  entities: [...auditEntities, ...regionEntities, ...questionnaireEntities],
  migrations: [...auditMigrations, ...regionMigrations, ...questionnaireMigrations],
};
