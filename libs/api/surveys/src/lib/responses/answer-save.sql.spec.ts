import {
  AppUser,
  authEntities,
  authMigrations,
  Principal,
  restrictToRegions,
  RoleAssignment,
} from '@digitalcheck/api-auth';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { regionReadCondition, regionReadScope } from './answer-save.sql';

// Keys of every kind (Land, Kreis, Gemeinde, none) in several Länder, Land boundaries included.
const KEYS = ['', '01001', '06', '06411', '07', '07135', '07137', '071375003', '08', '08111', '09', '10', '16077'];

// The save path's tenant scope is restrictToRegions(…, 'read') as parameters: it must select the same rows.
describe(`regionReadScope (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
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

  const principals: Array<[string, Principal]> = [
    ['admin', new Principal('a', 'a', 'a', [{ role: 'ADMIN', regionArs: '' }])],
    [
      'admin and respondent',
      new Principal('a', 'a', 'a', [
        { role: 'ADMIN', regionArs: '' },
        { role: 'RESPONDENT', regionArs: '07137' },
      ]),
    ],
    ['state analyst', new Principal('b', 'b', 'b', [{ role: 'STATE_ANALYST', regionArs: '07' }])],
    ['state analyst of Land 09', new Principal('b', 'b', 'b', [{ role: 'STATE_ANALYST', regionArs: '09' }])],
    [
      'two Länder',
      new Principal('c', 'c', 'c', [
        { role: 'STATE_ANALYST', regionArs: '07' },
        { role: 'STATE_ANALYST', regionArs: '06' },
      ]),
    ],
    ['respondent', new Principal('d', 'd', 'd', [{ role: 'RESPONDENT', regionArs: '07137' }])],
    [
      'respondent of two regions and analyst',
      new Principal('d', 'd', 'd', [
        { role: 'RESPONDENT', regionArs: '07137' },
        { role: 'RESPONDENT', regionArs: '16077' },
        { role: 'STATE_ANALYST', regionArs: '08' },
      ]),
    ],
    ['nobody', new Principal('e', 'e', 'e', [])],
  ];

  it.each(principals)('selects the rows restrictToRegions selects for reading: %s', async (_, principal) => {
    const expected = await restrictToRegions(
      dataSource.manager.createQueryBuilder(RoleAssignment, 'ra'),
      principal,
      'ra.region_ars',
      'read',
    )
      .orderBy('ra.regionArs')
      .getMany();
    const actual: Array<{ region_ars: string }> = await dataSource.query(
      `SELECT ra."region_ars" FROM "role_assignment" ra WHERE ${regionReadCondition('ra."region_ars"', 1)}
        ORDER BY ra."region_ars"`,
      regionReadScope(principal),
    );
    expect(actual.map((row) => row.region_ars)).toEqual(expected.map((row) => row.regionArs));
  });
});
