import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { authEntities, authMigrations } from '../auth.schema';
import { AppUser } from '../users/app-user.entity';
import { RoleAssignment } from '../users/role-assignment.entity';
import { restrictToRegions } from './access-scope';
import { Principal } from './principal';

// Rows of many regions; each principal must see exactly its own, on the real database.
const KEYS = ['', '01001', '06411', '07', '07135', '07137', '071375003', '08111', '16077'];

describe(`restrictToRegions (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, { entities: authEntities, migrations: authMigrations });
    await dataSource.runMigrations();
    const user = await dataSource.manager.save(
      AppUser,
      dataSource.manager.create(AppUser, { email: 'x@x.de', emailKey: 'x@x.de', displayName: 'X', status: 'active' }),
    );
    for (const regionArs of KEYS) {
      await dataSource.manager.insert(RoleAssignment, { userId: user.id, role: 'RESPONDENT', regionArs });
    }
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function visible(principal: Principal, mode: 'read' | 'manage'): Promise<string[]> {
    const query = dataSource.manager.createQueryBuilder(RoleAssignment, 'ra');
    const rows = await restrictToRegions(query, principal, 'ra.region_ars', mode).orderBy('ra.regionArs').getMany();
    return rows.map((row) => row.regionArs);
  }

  const admin = new Principal('a', 'a', 'a', [{ role: 'ADMIN', regionArs: '' }]);
  const rlp = new Principal('b', 'b', 'b', [{ role: 'STATE_ANALYST', regionArs: '07' }]);
  const rlpAndHessen = new Principal('c', 'c', 'c', [
    { role: 'STATE_ANALYST', regionArs: '07' },
    { role: 'STATE_ANALYST', regionArs: '06' },
  ]);
  const myk = new Principal('d', 'd', 'd', [{ role: 'RESPONDENT', regionArs: '07137' }]);
  const nobody = new Principal('e', 'e', 'e', []);

  it('gives admins every row', async () => {
    expect(await visible(admin, 'manage')).toEqual(KEYS);
  });

  it('gives a state analyst the rows of the Land, Land row included, nothing beyond', async () => {
    expect(await visible(rlp, 'manage')).toEqual(['07', '07135', '07137', '071375003']);
    expect(await visible(rlpAndHessen, 'read')).toEqual(['06411', '07', '07135', '07137', '071375003']);
  });

  it('gives a respondent its own region to read and nothing to manage', async () => {
    expect(await visible(myk, 'read')).toEqual(['07137']);
    expect(await visible(myk, 'manage')).toEqual([]);
  });

  it('gives a person without grants nothing rather than everything', async () => {
    expect(await visible(nobody, 'read')).toEqual([]);
  });

  it('combines with the caller’s own conditions (AND, not OR)', async () => {
    const query = dataSource.manager
      .createQueryBuilder(RoleAssignment, 'ra')
      .where('ra.region_ars = :k', { k: '08111' });
    expect(await restrictToRegions(query, rlp, 'ra.region_ars', 'read').getCount()).toBe(0);
  });
});
