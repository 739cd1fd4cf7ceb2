import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@digitalcheck/api-database/testing';
import { runApi, startApi } from '../support/running-api';

/** An operator-fixable failure is one line on stderr, exit code 1, no stack trace. */
function expectOneClearLine(result: { code: number | null; stderr: string }, line: string) {
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`${line}\n`);
}

describe('start-up with bad configuration', () => {
  it('names an invalid DATABASE_URL, with the password hidden', async () => {
    expectOneClearLine(
      await runApi([], { DATABASE_URL: 'mysql://admin:geheim@db.local/dc' }),
      'Configuration error: DATABASE_URL must start with postgres://, postgresql:// or pglite:// (got "mysql://admin:***@db.local/dc")',
    );
  });

  it('names every wrong setting', async () => {
    const result = await runApi([], {
      DATABASE_URL: 'pglite://memory',
      PORT: 'dreitausend',
      MIGRATIONS_RUN: 'vielleicht',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Configuration error: PORT must be a whole number from 1 to 65535 (got "dreitausend")',
      'Configuration error: MIGRATIONS_RUN must be true or false (got "vielleicht")',
    ]);
  });

  it('explains an unreachable PostgreSQL server', async () => {
    expectOneClearLine(
      await runApi([], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/digitalcheck' }),
      'Database error: cannot reach PostgreSQL at 127.0.0.1:1 (connection refused). Is the server running? Check DATABASE_URL.',
    );
  });

  it('refuses an unknown command', async () => {
    const result = await runApi(['destroy'], { DATABASE_URL: 'pglite://memory' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'Unknown command "destroy". Use: main.js [serve|migrate|regions:import|boundaries:import|questionnaires:import|questionnaires:publish|users:create-admin]\n',
    );
  });
});

describe('migrations', () => {
  it('can be left to `migrate`: health is 503 with the pending names until they are applied', async () => {
    const database = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'dc-migrate-'));
    // The embedded database must persist between the processes of this test.
    const url = database.location.kind === 'postgres' ? database.url : `pglite://${join(dir, 'db')}`;
    try {
      const unmigrated = await startApi({ DATABASE_URL: url, MIGRATIONS_RUN: 'false' });
      const before = await fetch(`${unmigrated.baseUrl}/api/health`);
      expect(before.status).toBe(503);
      const report = await before.json();
      expect(report.status).toBe('error');
      expect(report.error).toEqual({
        migrations: {
          status: 'down',
          pending: 11,
          names: [
            'CreateAuditEvent1764000000000',
            'CreateRegion1764100000000',
            'CreateBoundaryPack1764100000001',
            'CreateQuestionnaireVersion1764200000000',
            'CreateAccounts1764300000000',
            'CreateInvitation1764300000001',
            'AuditEventAppendOnly1764300000002',
            'CreateSurveys1764400000000',
            'AnalyticsStamp1764400000001',
            'CreateMeasureCatalogue1764500000000',
            'CreateStrategy1764600000000',
          ],
        },
      });
      expect(report.details.database).toMatchObject({ status: 'up' });
      await unmigrated.stop();

      const first = await runApi(['migrate'], { DATABASE_URL: url });
      expect(first).toMatchObject({
        code: 0,
        stdout:
          'Applied 11 migration(s):\n  CreateAuditEvent1764000000000\n  CreateRegion1764100000000\n' +
          '  CreateBoundaryPack1764100000001\n  CreateQuestionnaireVersion1764200000000\n' +
          '  CreateAccounts1764300000000\n  CreateInvitation1764300000001\n  AuditEventAppendOnly1764300000002\n' +
          '  CreateSurveys1764400000000\n  AnalyticsStamp1764400000001\n  CreateMeasureCatalogue1764500000000\n' +
          '  CreateStrategy1764600000000\n',
      });
      const second = await runApi(['migrate'], { DATABASE_URL: url });
      expect(second).toMatchObject({ code: 0, stdout: 'Database schema is up to date; no migration to apply.\n' });

      const migrated = await startApi({ DATABASE_URL: url, MIGRATIONS_RUN: 'false' });
      expect((await fetch(`${migrated.baseUrl}/api/health`)).status).toBe(200);
      await migrated.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  });
});

describe('embedded database on disk', () => {
  it('keeps its data across restarts and refuses a second process on the same directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-embedded-'));
    const url = `pglite://${join(dir, 'db')}`;
    try {
      const first = await startApi({ DATABASE_URL: url, LOG_LEVEL: 'info' });
      expect(first.output()).toContain('applied 11 migration(s)');
      const blocked = await runApi([], { DATABASE_URL: url });
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toBe(
        `Database error: cannot open the embedded database (${join(dir, 'db')}): The embedded database in ${join(dir, 'db')} ` +
          `is in use by process ${first.process.pid}. Stop that process first, or set DATABASE_URL=pglite://memory for a throwaway database.\n`,
      );
      expect(await first.stop()).toEqual({ code: null, signal: 'SIGTERM' });
      expect(existsSync(`${join(dir, 'db')}.lock`)).toBe(false); // shut down cleanly: the database was closed

      const second = await startApi({ DATABASE_URL: url, LOG_LEVEL: 'info' });
      const health = await (await fetch(`${second.baseUrl}/api/health`)).json();
      expect(health.details.migrations).toEqual({ status: 'up', pending: 0 });
      expect(second.output()).not.toContain('applied 11 migration');
      expect(await second.stop()).toEqual({ code: null, signal: 'SIGTERM' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
