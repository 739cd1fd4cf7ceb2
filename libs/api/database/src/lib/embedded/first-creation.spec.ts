import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from './embedded-postgres';
import { markFirstCreation } from './first-creation';

describe('first creation of an embedded database', () => {
  let directory: string;
  let dataDir: string;
  let marker: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'dc-first-creation-'));
    dataDir = join(directory, 'db');
    marker = `${dataDir}.creating`;
  });

  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('marks a missing directory while it is created and unmarks it when asked', () => {
    const created = markFirstCreation(dataDir);
    expect(readFileSync(marker, 'utf8')).toBe(String(process.pid));
    created();
    expect(existsSync(marker)).toBe(false);
  });

  it('empties a directory whose creation was interrupted, keeping the directory (it may be a mount point)', () => {
    mkdirSync(join(dataDir, 'base', '1'), { recursive: true });
    writeFileSync(join(dataDir, 'PG_VERSION'), '18\n');
    writeFileSync(join(dataDir, 'base', '1', '1259'), '');
    writeFileSync(marker, '4711');
    markFirstCreation(dataDir)();
    expect(readdirSync(dataDir)).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('leaves a directory with content alone (so an existing database too)', () => {
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'notizen.txt'), 'nicht löschen');
    markFirstCreation(dataDir)();
    expect(readdirSync(dataDir)).toEqual(['notizen.txt']);
    expect(existsSync(marker)).toBe(false);
  });

  it('opens a database again whose first creation was killed after PG_VERSION, before pg_hba.conf', async () => {
    const first = await EmbeddedPostgres.open(dataDir);
    await first.pglite.exec(`CREATE TABLE "probe" ("id" integer)`);
    await first.close();
    expect(existsSync(marker)).toBe(false);

    // The state kill -9 leaves in that moment (seen with tools/reliability/embedded-kill.mjs): PGlite alone
    // takes it for a database and fails on every start.
    rmSync(join(dataDir, 'pg_hba.conf'));
    await expect(EmbeddedPostgres.open(dataDir)).rejects.toThrow(
      "Cannot read properties of undefined (reading 'call')",
    );

    writeFileSync(marker, '4711');
    const again = await EmbeddedPostgres.open(dataDir);
    try {
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(join(dataDir, 'pg_hba.conf'))).toBe(true);
      const tables = await again.pglite.query(`SELECT count(*)::int AS "n" FROM pg_tables WHERE tablename = 'probe'`);
      expect(tables.rows).toEqual([{ n: 0 }]); // created anew: the interrupted creation held no data
    } finally {
      await again.close();
    }
  }, 60_000);
});
