import { ConfigError } from './config-error';
import { loadConfig } from './app-config';
import { redactUrl } from './database-location';

const defaults = { version: '1.2.3', cwd: '/srv/dc', dashboardDir: '/srv/dc/dist/apps/dashboard/browser' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, defaults);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database persisted in ./.data/pglite, port 3000, migrations on', () => {
    const config = loadConfig({}, defaults);
    expect(config).toEqual({
      version: '1.2.3',
      host: '127.0.0.1',
      port: 3000,
      database: { kind: 'embedded', dataDir: '/srv/dc/.data/pglite' },
      databasePoolSize: 10,
      migrationsRun: true,
      demoData: false,
      logLevel: 'info',
      dashboardDir: '/srv/dc/dist/apps/dashboard/browser',
      trustProxy: false,
      bodyLimit: '1mb',
    });
  });

  it('reads a PostgreSQL server URL, a throwaway and a relative embedded location', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgres://dc:secret@db.example:5432/digitalcheck' }, defaults).database,
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://dc:secret@db.example:5432/digitalcheck',
    });
    expect(loadConfig({ DATABASE_URL: 'pglite://memory' }, defaults).database).toEqual({
      kind: 'embedded',
      dataDir: null,
    });
    expect(loadConfig({ DATABASE_URL: 'pglite://./var/db' }, defaults).database).toEqual({
      kind: 'embedded',
      dataDir: '/srv/dc/var/db',
    });
  });

  it('reads PORT, flags and the log level', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        MIGRATIONS_RUN: 'false',
        DEMO_DATA: 'yes',
        LOG_LEVEL: 'WARN',
        TRUST_PROXY: '1',
        REQUEST_BODY_LIMIT: '512kb',
      },
      defaults,
    );
    expect([
      config.port,
      config.migrationsRun,
      config.demoData,
      config.logLevel,
      config.trustProxy,
      config.bodyLimit,
    ]).toEqual([8080, false, true, 'warn', true, '512kb']);
  });

  it('names every wrong setting in one line each, and hides passwords', () => {
    expect(
      problemsOf({ DATABASE_URL: 'mysql://root:hunter2@localhost/db', PORT: '70000', MIGRATIONS_RUN: 'maybe' }),
    ).toEqual([
      'DATABASE_URL must start with postgres://, postgresql:// or pglite:// (got "mysql://root:***@localhost/db")',
      'PORT must be a whole number from 1 to 65535 (got "70000")',
      'MIGRATIONS_RUN must be true or false (got "maybe")',
    ]);
  });

  it('rejects a PostgreSQL URL without a database or host', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://localhost' })).toEqual([
      'DATABASE_URL names no database (expected postgres://user:password@host:5432/database)',
    ]);
    expect(problemsOf({ DATABASE_URL: 'pglite://' })[0]).toContain(
      'DATABASE_URL "pglite://" needs "memory" or a directory',
    );
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ]);
  });

  it('formats the error as one "Configuration error:" line per problem', () => {
    const error = new ConfigError(['PORT is wrong', 'HOST is wrong']);
    expect(error.message).toBe('Configuration error: PORT is wrong\nConfiguration error: HOST is wrong');
  });

  it('redacts the password in connection URLs', () => {
    expect(redactUrl('postgres://u:p%40ss@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://h:5432/d')).toBe('postgres://h:5432/d');
  });
});
