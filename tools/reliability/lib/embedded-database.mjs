// The API's embedded database (a PGlite data directory) opened by the script itself, while no API runs on it:
// for setting up accounts and for the checks after a crash. Same interface as connectPostgres.
import { PGlite } from '@electric-sql/pglite';

/** Opens `dataDir` (crash recovery runs here if the last owner was killed); { query, close }. */
export async function openEmbedded(dataDir) {
  const db = await PGlite.create({ dataDir, postgresqlconf: ['shared_buffers = 16MB'] });
  return { query: (sql, params) => db.query(sql, params), close: () => db.close() };
}
