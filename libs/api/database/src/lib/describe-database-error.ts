import { DatabaseLocation, redactUrl } from '@digitalcheck/api-config';

/**
 * Turns a failure to open the database into one line an operator can act on, instead of a stack trace.
 * `pg` errors carry a `code`: node's (ECONNREFUSED …) or Postgres' SQLSTATE (28P01 …).
 */
export function describeDatabaseError(error: unknown, location: DatabaseLocation): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (location.kind === 'embedded') {
    const where = location.dataDir ?? 'memory';
    return `Database error: cannot open the embedded database (${where}): ${message}`;
  }
  const url = safeUrl(location.url);
  const server = url ? `${url.hostname}:${url.port || '5432'}` : 'the server';
  const database = url ? decodeURIComponent(url.pathname.slice(1)) : '';
  const user = url ? decodeURIComponent(url.username) : '';
  switch (code) {
    case 'ECONNREFUSED':
      return `Database error: cannot reach PostgreSQL at ${server} (connection refused). Is the server running? Check DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Database error: the host in DATABASE_URL (${url?.hostname}) is unknown.`;
    case 'ETIMEDOUT':
      return `Database error: PostgreSQL at ${server} did not answer in time. Check DATABASE_URL and the network.`;
    case '28P01':
    case '28000':
      return `Database error: PostgreSQL at ${server} refused the login of user "${user}". Check the user and password in DATABASE_URL.`;
    case '3D000':
      return `Database error: the database "${database}" does not exist on ${server}. Create it (createdb ${database}) or fix DATABASE_URL.`;
  }
  if (/timeout/i.test(message)) {
    return `Database error: PostgreSQL at ${server} did not answer in time. Check DATABASE_URL and the network.`;
  }
  return `Database error: ${redactUrl(message)}`;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
