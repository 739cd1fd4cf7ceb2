import type { DatabaseKind } from '@digitalcheck/shared-contracts';

/** German label for the database mode reported by `GET /api/v1/info`. */
export function databaseLabel(kind: DatabaseKind): string {
  const labels: Record<DatabaseKind, string> = {
    embedded: $localize`:Database mode, PGlite inside the API process@@system.database.embedded:eingebettet (PGlite)`,
    postgres: $localize`:Database mode, external PostgreSQL server@@system.database.postgres:PostgreSQL-Server`,
  };
  // An API newer than this dashboard may report a mode we do not know yet: show it as is.
  return labels[kind] ?? kind;
}
