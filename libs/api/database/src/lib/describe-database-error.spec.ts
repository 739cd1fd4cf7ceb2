import { openDataSource } from './data-source';
import { describeDatabaseError } from './describe-database-error';

const server = { kind: 'postgres' as const, url: 'postgres://dc:secret@db.example:6543/digitalcheck' };

describe('describeDatabaseError', () => {
  it.each([
    [
      { code: 'ECONNREFUSED' },
      'Database error: cannot reach PostgreSQL at db.example:6543 (connection refused). Is the server running? Check DATABASE_URL.',
    ],
    [{ code: 'ENOTFOUND' }, 'Database error: the host in DATABASE_URL (db.example) is unknown.'],
    [
      { code: '28P01' },
      'Database error: PostgreSQL at db.example:6543 refused the login of user "dc". Check the user and password in DATABASE_URL.',
    ],
    [
      { code: '3D000' },
      'Database error: the database "digitalcheck" does not exist on db.example:6543. Create it (createdb digitalcheck) or fix DATABASE_URL.',
    ],
    [
      { message: 'Connection terminated due to connection timeout' },
      'Database error: PostgreSQL at db.example:6543 did not answer in time. Check DATABASE_URL and the network.',
    ],
  ])('explains %p in one line', (error, expected) => {
    expect(describeDatabaseError(Object.assign(new Error('boom\n    at stack'), error), server)).toBe(expected);
  });

  it('names the embedded directory', () => {
    expect(describeDatabaseError(new Error('locked\nstack'), { kind: 'embedded', dataDir: '/srv/.data/pglite' })).toBe(
      'Database error: cannot open the embedded database (/srv/.data/pglite): locked',
    );
  });

  it('reports a real refused connection as such', async () => {
    const closedPort = { kind: 'postgres' as const, url: 'postgres://postgres@127.0.0.1:1/none' };
    const error = await openDataSource(closedPort, { entities: [], migrations: [] }).catch((e: unknown) => e);
    expect(describeDatabaseError(error, closedPort)).toBe(
      'Database error: cannot reach PostgreSQL at 127.0.0.1:1 (connection refused). Is the server running? Check DATABASE_URL.',
    );
  });
});
