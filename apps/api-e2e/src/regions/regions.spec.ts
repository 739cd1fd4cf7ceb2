import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, Page, RegionDetail, RegionSummary } from '@digitalcheck/shared-contracts';
import { runApi, RunningApi, startApi, workspaceRoot } from '../support/running-api';

const geoDir = join(workspaceRoot, '..', 'shared', 'data', 'geo');
const vgFile = join(geoDir, 'rlp_verbandsgemeinden_vg5000_simplified.geojson');
const withGeo = existsSync(geoDir);
if (!withGeo) console.warn(`Skipping the VG import checks: ${geoDir} is absent (CI has it).`);

describe(`regions API (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let url: string;
  let dataDir: string | null = null;
  const imports: string[] = [];

  async function get<T>(path: string): Promise<{ status: number; body: T }> {
    const response = await fetch(`${api.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    // The CLI and the server are separate processes, so an embedded database must live in a directory.
    dataDir = database.location.kind === 'embedded' ? mkdtempSync(join(tmpdir(), 'dc-regions-')) : null;
    url = dataDir ? `pglite://${dataDir}` : database.url;
    if (withGeo) {
      // The CLI runs against the same database before the server holds it (PGlite allows one process).
      for (const args of [['--dry-run'], [], []]) {
        const run = await runApi(['regions:import', vgFile, ...args], { DATABASE_URL: url });
        expect(run).toMatchObject({ code: 0, stderr: '' });
        imports.push(run.stdout);
      }
    }
    api = await startApi({ DATABASE_URL: url });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the 16 Länder and the 400 Kreise, without Eisenach', async () => {
    expect((await get<Page<RegionSummary>>('/api/v1/regions?level=LAND')).body.total).toBe(16);
    expect((await get<Page<RegionSummary>>('/api/v1/regions?level=KREIS')).body.total).toBe(400);
    const rlp = await get<Page<RegionSummary>>('/api/v1/regions?level=KREIS&land=07&limit=500');
    expect(rlp.body.items.filter((r) => r.kind === 'Landkreis')).toHaveLength(24);
    expect(rlp.body.items.filter((r) => r.kind === 'Kreisfreie Stadt')).toHaveLength(12);
    expect((await get<ApiErrorBody>('/api/v1/regions/16056')).status).toBe(404);
  });

  it('answers Ahrweiler with its key as a string and its context', async () => {
    const { status, body } = await get<RegionDetail>('/api/v1/regions/07131');
    expect(status).toBe(200);
    expect(body).toMatchObject({ ars: '07131', name: 'Ahrweiler', kind: 'Landkreis', landArs: '07' });
    expect(body.parents.map((parent) => parent.ars)).toEqual(['07']);
    expect(body.peerGroup?.label).toBe('Landkreis, 100.000 bis unter 150.000 Einwohner');
    expect((await get<RegionDetail>('/api/v1/regions/7131')).body.ars).toBe('07131');
  });

  it('searches and pages', async () => {
    const search = await get<Page<RegionSummary>>('/api/v1/regions?q=ahrw');
    expect(search.body.items.map((r) => r.ars)).toContain('07131');
    const page = await get<Page<RegionSummary>>('/api/v1/regions?level=KREIS&offset=10&limit=5');
    expect(page.body).toMatchObject({ total: 400, offset: 10, limit: 5 });
    expect(page.body.items).toHaveLength(5);
  });

  it('rejects bad queries and keys with field errors, and unknown regions with 404', async () => {
    const bad = await get<ApiErrorBody>('/api/v1/regions?level=DORF&limit=501&land=7&extra=1');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors?.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'extra:unknownField',
      'land:matches',
      'level:isIn',
      'limit:max',
    ]);
    const malformed = await get<ApiErrorBody>('/api/v1/regions/07x31');
    expect(malformed).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION_FAILED', errors: [{ field: 'ars', code: 'NOT_DIGITS' }] },
    });
    const unknown = await get<ApiErrorBody>('/api/v1/regions/07999');
    expect(unknown).toMatchObject({ status: 404, body: { statusCode: 404, code: 'NOT_FOUND' } });
  });

  (withGeo ? it : it.skip)('imported the 170 RLP Verbandsgemeinden via the CLI, idempotently', async () => {
    expect(imports[0]).toContain('170 new');
    expect(imports[0]).toContain('Dry run: nothing was written.');
    expect(imports[1]).toContain('170 new');
    expect(imports[2]).toContain('170 unchanged');
    expect(imports[2]).toContain('Nothing to change.');
    const vgs = await get<Page<RegionSummary>>('/api/v1/regions?level=GEMEINDEVERBAND&land=07&limit=500');
    expect(vgs.body.total).toBe(170);
    expect((await get<RegionDetail>('/api/v1/regions/07131')).body.childCounts).toEqual({ GEMEINDEVERBAND: 8 });
  });
});
