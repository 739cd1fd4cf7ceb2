import { openDataSource, runPrepared } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { authEntities, authMigrations } from '../auth.schema';
import { randomToken, tokenHash } from '../tokens';
import { AppUser } from '../users/app-user.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { type SessionRow, SESSION_BY_TOKEN, sessionFromRows } from './session-lookup.sql';
import { UserSession } from './user-session.entity';

// The guard's one-statement session look-up must hydrate exactly what TypeORM's query builder did.
describe(`SESSION_BY_TOKEN (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, { entities: authEntities, migrations: authMigrations });
    await dataSource.runMigrations();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function sessionWith(grants: Array<Pick<RoleAssignment, 'role' | 'regionArs' | 'source'>>): Promise<string> {
    const email = `${randomToken().slice(0, 8)}@x.de`;
    const user = await dataSource.manager.save(
      AppUser,
      dataSource.manager.create(AppUser, { email, emailKey: email.toLowerCase(), displayName: 'X', status: 'active' }),
    );
    for (const grant of grants) await dataSource.manager.insert(RoleAssignment, { userId: user.id, ...grant });
    const token = randomToken();
    const now = new Date();
    await dataSource.manager.insert(UserSession, {
      tokenHash: tokenHash(token),
      userId: user.id,
      csrfToken: randomToken(),
      method: 'password',
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 60_000),
      absoluteExpiresAt: new Date(now.getTime() + 120_000),
      ip: '127.0.0.1',
      userAgent: null,
    });
    return tokenHash(token);
  }

  async function both(hash: string): Promise<[UserSession | undefined, UserSession | null]> {
    const rows = await runPrepared<SessionRow>(dataSource, SESSION_BY_TOKEN, [hash]);
    const typeorm = await dataSource.manager
      .createQueryBuilder(UserSession, 'session')
      .innerJoinAndSelect('session.user', 'user')
      .leftJoinAndSelect('user.assignments', 'assignment')
      .where('session.tokenHash = :hash', { hash })
      .getOne();
    return [sessionFromRows(rows), typeorm];
  }

  const byId = (a: RoleAssignment, b: RoleAssignment) => a.id.localeCompare(b.id);

  it.each([
    ['no role', []],
    ['one role', [{ role: 'RESPONDENT' as const, regionArs: '07137', source: 'local' as const }]],
    [
      'several roles',
      [
        { role: 'RESPONDENT' as const, regionArs: '07137', source: 'local' as const },
        { role: 'STATE_ANALYST' as const, regionArs: '07', source: 'oidc' as const },
        { role: 'ADMIN' as const, regionArs: '', source: 'local' as const },
      ],
    ],
  ])('hydrates session, account and roles as TypeORM does: %s', async (_, grants) => {
    const [mine, typeorm] = await both(await sessionWith(grants));
    expect(mine).toBeInstanceOf(UserSession);
    expect(mine?.user).toBeInstanceOf(AppUser);
    mine?.user?.assignments?.forEach((assignment) => expect(assignment).toBeInstanceOf(RoleAssignment));
    mine?.user?.assignments?.sort(byId);
    typeorm?.user?.assignments?.sort(byId);
    expect(mine?.user?.assignments).toHaveLength(grants.length);
    expect(mine).toEqual(typeorm);
  });

  it('finds nothing for an unknown token', async () => {
    expect(await both(tokenHash(randomToken()))).toEqual([undefined, null]);
  });
});
