import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      analyticsMinGroupSize: 3,
      auth: {
        publicUrl: 'http://localhost:3000',
        cookieSecure: 'auto',
        sessionIdleMinutes: 120,
        sessionMaxHours: 12,
        invitationDays: 14,
        smtpUrl: null,
        mailFrom: 'Digitalcheck Kommune <noreply@localhost>',
        oidc: null,
      },
      chromiumPath: '/usr/bin/chromium',
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
    ]).toEqual([8080, false, true, 'warn', 1, '512kb']);
  });

  it('reads TRUST_PROXY as on/off, a hop count or trusted addresses, never "1" as "every hop"', () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }, defaults).trustProxy;
    expect([trust('false'), trust('true'), trust('2'), trust('10.0.0.0/8, 192.168.1.7'), trust('loopback')]).toEqual([
      false,
      true,
      2,
      '10.0.0.0/8, 192.168.1.7',
      'loopback',
    ]);
    expect(problemsOf({ TRUST_PROXY: 'yes please' })).toEqual([
      'TRUST_PROXY must be true, false, a number of proxy hops, or proxy addresses/subnets (got "yes please")',
    ]);
  });

  it('resolves DASHBOARD_DIR against the working directory and requires a build there', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dc-config-'));
    try {
      mkdirSync(join(cwd, 'web'));
      writeFileSync(join(cwd, 'web', 'index.html'), '<html lang="de"></html>');
      expect(loadConfig({ DASHBOARD_DIR: 'web' }, { ...defaults, cwd }).dashboardDir).toBe(join(cwd, 'web'));
      expect(problemsOf({ DASHBOARD_DIR: '/nonexistent/build' })).toEqual([
        'DASHBOARD_DIR has no index.html (/nonexistent/build)',
      ]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('reads the analytics threshold for small groups (default 3, at least 1)', () => {
    expect(loadConfig({ ANALYTICS_MIN_GROUP_SIZE: '5' }, defaults).analyticsMinGroupSize).toBe(5);
    expect(problemsOf({ ANALYTICS_MIN_GROUP_SIZE: '0' })).toEqual([
      'ANALYTICS_MIN_GROUP_SIZE must be a whole number from 1 to 1000 (got "0")',
    ]);
  });

  it('rejects a zero body limit and look-alikes of pglite://memory', () => {
    expect(problemsOf({ REQUEST_BODY_LIMIT: '0kb' })).toEqual([
      'REQUEST_BODY_LIMIT must be a size like 512kb or 1mb (got "0kb")',
    ]);
    expect(loadConfig({ DATABASE_URL: 'pglite://Memory/' }, defaults).database).toEqual({
      kind: 'embedded',
      dataDir: null,
    });
    expect(problemsOf({ DATABASE_URL: 'pglite://memory?x=1' })).toEqual([
      'DATABASE_URL "pglite://memory?x=1" is neither pglite://memory nor a directory path',
    ]);
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

  it('redacts passwords in connection URLs anywhere in a text', () => {
    expect(redactUrl('postgres://u:p%40ss@h:5432/d')).toBe('postgres://u:***@h:5432/d');
    expect(redactUrl('postgres://h:5432/d')).toBe('postgres://h:5432/d');
    expect(redactUrl('postgres://:pw@h/d')).toBe('postgres://:***@h/d');
    expect(redactUrl('postgres://u:p@ss@h/d')).toBe('postgres://u:***@h/d');
    expect(redactUrl('failed: postgres://u:pw@h/d timed out')).toBe('failed: postgres://u:***@h/d timed out');
    expect(redactUrl('postgres://u@h/d?password=secret&ssl=1')).toBe('postgres://u@h/d?password=***&ssl=1');
  });
});
