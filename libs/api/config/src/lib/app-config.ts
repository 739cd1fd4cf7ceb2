import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { AuthConfig, readAuthConfig } from './auth-config';
import { DatabaseLocation, parseDatabaseUrl } from './database-location';
import { boolean, Env, integer, oneOf } from './env-readers';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything the API reads from its environment, validated once at start-up. See README "Configuration". */
export interface AppConfig {
  version: string;
  host: string;
  port: number;
  database: DatabaseLocation;
  /** Pool size for a PostgreSQL server (the embedded database always uses one serialised session). */
  databasePoolSize: number;
  /** Run pending migrations at start-up (`MIGRATIONS_RUN=false` leaves that to `npm run db:migrate`). */
  migrationsRun: boolean;
  demoData: boolean;
  logLevel: LogLevel;
  /** Folder with the built dashboard; `null` serves the API only. */
  dashboardDir: string | null;
  /**
   * Express `trust proxy`, for running behind a load balancer that sets X-Forwarded-*: false, true (every
   * hop; only behind a proxy that strips client-sent headers), a hop count, or addresses/subnets to trust.
   */
  trustProxy: boolean | number | string;
  bodyLimit: string;
  /**
   * Analytics: figures over fewer responses than this are withheld (`ANALYTICS_MIN_GROUP_SIZE`, default 3).
   */
  analyticsMinGroupSize: number;
  /** Sessions, cookies, links in mails, mail delivery and single sign-on. */
  auth: AuthConfig;
  /** Chromium that renders the PDF reports (`CHROMIUM_PATH`); checked when the first report is asked for. */
  chromiumPath: string;
}

export interface ConfigDefaults {
  version: string;
  cwd: string;
  dashboardDir: string | null;
}

/** Reads and validates the environment. Throws ConfigError naming every wrong setting at once. */
export function loadConfig(env: Env, defaults: ConfigDefaults): AppConfig {
  const problems: string[] = [];
  const read = <T>(result: T | { problem: string }, fallback: T): T => {
    if (typeof result === 'object' && result !== null && 'problem' in result) {
      problems.push(result.problem);
      return fallback;
    }
    return result as T;
  };

  const database = parseDatabaseUrl(env['DATABASE_URL'], defaults.cwd);
  if (typeof database === 'string') problems.push(database);

  const port = read(integer(env, 'PORT', 3000, 1, 65535), 3000);
  const config: AppConfig = {
    version: defaults.version,
    host: env['HOST']?.trim() || '127.0.0.1',
    port,
    database: typeof database === 'string' ? { kind: 'embedded', dataDir: null } : database,
    databasePoolSize: read(integer(env, 'DATABASE_POOL_SIZE', 10, 1, 500), 10),
    migrationsRun: read(boolean(env, 'MIGRATIONS_RUN', true), true),
    demoData: read(boolean(env, 'DEMO_DATA', false), false),
    logLevel: read(oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'), 'info'),
    dashboardDir: read(dashboardDir(env, defaults), null),
    trustProxy: read(trustProxy(env), false),
    bodyLimit: read(byteSize(env, 'REQUEST_BODY_LIMIT', '1mb'), '1mb'),
    analyticsMinGroupSize: read(integer(env, 'ANALYTICS_MIN_GROUP_SIZE', 3, 1, 1000), 3),
    auth: readAuthConfig(env, problems, port),
    chromiumPath: resolve(defaults.cwd, env['CHROMIUM_PATH']?.trim() || '/usr/bin/chromium'),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function dashboardDir(env: Env, defaults: ConfigDefaults): string | null | { problem: string } {
  const raw = env['DASHBOARD_DIR']?.trim();
  if (!raw) return defaults.dashboardDir;
  const dir = resolve(defaults.cwd, raw);
  // Set explicitly, it must be a dashboard build; the default may be absent (API-only development).
  if (!existsSync(join(dir, 'index.html'))) return { problem: `DASHBOARD_DIR has no index.html (${dir})` };
  return dir;
}

function trustProxy(env: Env): boolean | number | string | { problem: string } {
  const raw = env['TRUST_PROXY']?.trim();
  if (!raw || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[0-9a-f.:/]+(\s*,\s*[0-9a-f.:/]+)*$/i.test(raw) || /^(loopback|linklocal|uniquelocal)(,|$)/.test(raw))
    return raw;
  return {
    problem: `TRUST_PROXY must be true, false, a number of proxy hops, or proxy addresses/subnets (got "${raw}")`,
  };
}

function byteSize(env: Env, name: string, fallback: string): string | { problem: string } {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (/^[1-9]\d*(b|kb|mb)$/.test(raw)) return raw;
  return { problem: `${name} must be a size like 512kb or 1mb (got "${env[name]}")` };
}

/** Injection token under which the validated AppConfig is provided to Nest modules. */
export const APP_CONFIG = Symbol.for('digitalcheck.AppConfig');
