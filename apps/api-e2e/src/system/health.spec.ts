import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { RunningApi, startApi, workspaceRoot } from '../support/running-api';

const { version } = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as { version: string };
const expectedKind = process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded';

describe(`health and info (${expectedKind})`, () => {
  let database: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ DATABASE_URL: database.url });
  });

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('reports ok with the database, the applied migrations and the version', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      info: {
        database: { status: 'up', kind: expectedKind },
        migrations: { status: 'up', pending: 0 },
        app: { status: 'up', version },
      },
      error: {},
      details: {
        database: { status: 'up', kind: expectedKind },
        migrations: { status: 'up', pending: 0 },
        app: { status: 'up', version },
      },
    });
  });

  it('serves product, version and database mode under /api/v1/info', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/info`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ product: 'Digitalcheck Kommune', version, database: expectedKind });
  });

  it('keeps unversioned paths for health only: /api/info does not exist', async () => {
    const response = await fetch(`${api.baseUrl}/api/info`);
    expect(response.status).toBe(404);
  });
});
