import type { DatabaseKind } from '@digitalcheck/shared-contracts';

/** German label for the database mode reported by `GET /api/v1/info`. */
export function databaseLabel(kind: DatabaseKind): string {
  switch (kind) {
    case 'embedded':
      return $localize`:Database mode, PGlite inside the API process@@system.database.embedded:eingebettet (PGlite)`;
    case 'postgres':
      return $localize`:Database mode, external PostgreSQL server@@system.database.postgres:PostgreSQL-Server`;
  }
}
