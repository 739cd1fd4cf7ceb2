import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, BoundaryPackInfo, Page, RegionSummary } from '@digitalcheck/shared-contracts';
import { RunningApi, startApi, workspaceRoot } from '../support/running-api';

const geoDir = join(workspaceRoot, '..', 'shared', 'data', 'geo');
const describeWithGeo = existsSync(geoDir) ? describe : describe.skip;
if (!existsSync(geoDir)) console.warn(`Skipping the demo boundary checks: ${geoDir} is absent (CI has it).`);
const attribution = '© GeoBasis-DE / BKG 2021 (Daten verändert)';

describeWithGeo(`boundaries API with DEMO_DATA (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ DATABASE_URL: database.url, DEMO_DATA: 'true' });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  it('lists the demo packs with their attribution', async () => {
    const packs = (await (await fetch(`${api.baseUrl}/api/v1/boundaries`)).json()) as BoundaryPackInfo[];
    expect(packs.map((pack) => [pack.level, pack.featureCount])).toEqual([
      ['GEMEINDEVERBAND', 170],
      ['KREIS', 400],
      ['LAND', 16],
    ]);
    expect(packs.every((pack) => pack.attribution === attribution)).toBe(true);
    const vgs = await fetch(`${api.baseUrl}/api/v1/regions?level=GEMEINDEVERBAND&limit=1`);
    expect(((await vgs.json()) as Page<RegionSummary>).total).toBe(170);
  });

  it('serves all 400 Kreise gzipped under 200 KB, with an ETag that answers 304', async () => {
    const url = `${api.baseUrl}/api/v1/boundaries/KREIS`;
    const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(Number(response.headers.get('content-length'))).toBeLessThanOrEqual(200 * 1024);
    const body = (await response.json()) as { type: string; attribution: string; objects: Record<string, unknown> };
    expect(body).toMatchObject({ type: 'Topology', attribution });
    expect(Object.keys(body.objects)).toEqual(['regions']);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const rlp = await fetch(`${url}?land=07`);
    expect(rlp.headers.get('etag')).not.toBe(etag);
  });

  it('answers 400 for an unknown level and 404 for a level without a pack', async () => {
    for (const [path, field] of [
      ['DORF', 'level'],
      ['KREIS?land=7', 'land'],
    ]) {
      const bad = await fetch(`${api.baseUrl}/api/v1/boundaries/${path}`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as ApiErrorBody).errors?.map((e) => e.field)).toEqual([field]);
    }
    const missing = await fetch(`${api.baseUrl}/api/v1/boundaries/GEMEINDE`);
    expect(missing.status).toBe(404);
  });
});
