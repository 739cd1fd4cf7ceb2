import { accountEntities, accountMigrations } from '@digitalcheck/api-accounts';
import { auditEntities, auditMigrations } from '@digitalcheck/api-audit';
import { authEntities, authMigrations } from '@digitalcheck/api-auth';
import type { DatabaseSchema } from '@digitalcheck/api-database';
import { measureEntities, measureMigrations } from '@digitalcheck/api-measures';
import { questionnaireEntities, questionnaireMigrations } from '@digitalcheck/api-questionnaires';
import { regionEntities, regionMigrations } from '@digitalcheck/api-regions';
import { strategyEntities, strategyMigrations } from '@digitalcheck/api-strategy';
import { surveyEntities, surveyMigrations } from '@digitalcheck/api-surveys';

/**
 * The whole database schema: each domain module contributes its entities and migrations.
 * Migrations run (and health lists pending ones) in the order of their timestamps, whichever module they come from.
 */
export const databaseSchema: DatabaseSchema = {
  entities: [
    ...auditEntities,
    ...regionEntities,
    ...questionnaireEntities,
    ...authEntities,
    ...accountEntities,
    ...surveyEntities,
    ...measureEntities,
    ...strategyEntities,
  ],
  migrations: [
    ...auditMigrations,
    ...regionMigrations,
    ...questionnaireMigrations,
    ...authMigrations,
    ...accountMigrations,
    ...surveyMigrations,
    ...measureMigrations,
    ...strategyMigrations,
  ].sort((a, b) => timestampOf(a) - timestampOf(b)),
};

/** The 13-digit timestamp that ends every migration class name (TypeORM's convention). */
function timestampOf(migration: { name: string }): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} has no timestamp at the end of its name`);
  return Number(match[1]);
}
