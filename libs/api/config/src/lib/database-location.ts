import { isAbsolute, resolve } from 'node:path';

/**
 * Where the data lives. One code path for both: TypeORM always uses type `postgres`;
 * only the wire underneath differs (PGlite in-process or a `pg` pool to a server).
 */
export type DatabaseLocation = { kind: 'embedded'; dataDir: string | null } | { kind: 'postgres'; url: string };

export const DEFAULT_EMBEDDED_DATA_DIR = '.data/pglite';

/**
 * Parses `DATABASE_URL`. Unset means the embedded database persisted in `./.data/pglite`.
 * `pglite://memory` is a throwaway in-memory database; `pglite:///abs/dir` or `pglite://./rel/dir`
 * persists elsewhere. Returns an error text naming the setting, or the location.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd: string): DatabaseLocation | string {
  const value = raw?.trim();
  if (!value) {
    return { kind: 'embedded', dataDir: resolve(cwd, DEFAULT_EMBEDDED_DATA_DIR) };
  }
  if (value.startsWith('pglite://')) {
    const rest = value.slice('pglite://'.length);
    if (/^memory\/?$/i.test(rest)) return { kind: 'embedded', dataDir: null };
    if (!rest) return 'DATABASE_URL "pglite://" needs "memory" or a directory, e.g. pglite://./.data/pglite';
    if (/[?#]/.test(rest) || /^memory\b/i.test(rest)) {
      return `DATABASE_URL "${value}" is neither pglite://memory nor a directory path`;
    }
    return { kind: 'embedded', dataDir: isAbsolute(rest) ? rest : resolve(cwd, rest) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database)`;
    }
    if (!url.hostname) return 'DATABASE_URL has no host (expected postgres://user:password@host:5432/database)';
    if (url.pathname.length <= 1)
      return 'DATABASE_URL names no database (expected postgres://user:password@host:5432/database)';
    return { kind: 'postgres', url: value };
  }
  return `DATABASE_URL must start with postgres://, postgresql:// or pglite:// (got "${redactUrl(value)}")`;
}

/** Hides passwords in connection URLs (user info and `password=` parameters) anywhere in a text. */
export function redactUrl(value: string): string {
  return value
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s]*@(?=[^\s@]*$|[^\s@]*[\s/?])/gi, '$1***@')
    .replace(/([?&]password=)[^&\s]*/gi, '$1***');
}
