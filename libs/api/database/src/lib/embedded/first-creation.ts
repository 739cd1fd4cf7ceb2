import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Makes the first creation of an embedded database restartable. PGlite creates a database by copying a freshly
 * initialised cluster into the data directory and takes any directory with `PG_VERSION` for an existing
 * database, but copies `PG_VERSION` before `pg_hba.conf`: a process killed in between (kill -9, power cut, OOM)
 * leaves a directory that never opens again ("Cannot read properties of undefined (reading 'call')").
 *
 * So a directory that is missing or empty is marked with `<dataDir>.creating` while PGlite creates it. A
 * directory still marked at the next start was never completed and holds nothing but PGlite's own files: it is
 * emptied (not removed: it may be a mount point) and created again. An existing database and a directory with
 * other content are left alone. Call the returned function once PGlite has opened the database.
 */
export function markFirstCreation(dataDir: string): () => void {
  const directory = resolve(dataDir);
  const marker = `${directory}.creating`;
  if (existsSync(marker)) {
    emptyDirectory(directory);
  } else if (!isMissingOrEmpty(directory)) {
    return () => undefined;
  }
  writeFileSync(marker, String(process.pid));
  return () => rmSync(marker, { force: true });
}

function isMissingOrEmpty(directory: string): boolean {
  return !existsSync(directory) || readdirSync(directory).length === 0;
}

function emptyDirectory(directory: string): void {
  if (!existsSync(directory)) return;
  for (const entry of readdirSync(directory)) rmSync(join(directory, entry), { recursive: true, force: true });
}
