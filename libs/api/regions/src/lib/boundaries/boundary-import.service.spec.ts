import { AuditService, auditEntities, auditMigrations } from '@digitalcheck/api-audit';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { workspaceRoot } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataSource } from 'typeorm';
import { regionEntities, regionMigrations } from '../regions.schema';
import { ReferenceSeedService } from '../seed/reference-seed.service';
import { BoundariesService } from './boundaries.service';
import { BoundaryImportService, formatBoundaryReport } from './boundary-import.service';

const geoDir = join(workspaceRoot, '..', 'shared', 'data', 'geo');
const describeWithGeo = existsSync(geoDir) ? describe : describe.skip;
if (!existsSync(geoDir)) console.warn(`Skipping the boundary import tests: ${geoDir} is absent (CI has it).`);
const options = {
  source: 'test',
  referenceDate: '2021-01-01',
  attribution: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
};

function square(key: string, x: number) {
  const ring = [
    [x, 50],
    [x + 1, 50],
    [x + 1, 51],
    [x, 51],
    [x, 50],
  ];
  return { type: 'Feature', properties: { RS: key }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe(`BoundaryImportService (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let importer: BoundaryImportService;
  let served: BoundariesService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, {
      entities: [...auditEntities, ...regionEntities],
      migrations: [...auditMigrations, ...regionMigrations],
    });
    await dataSource.runMigrations();
    await new ReferenceSeedService(dataSource).seed();
    importer = new BoundaryImportService(dataSource, new AuditService());
    served = new BoundariesService(dataSource);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const file = (features: unknown[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));

  it('refuses invalid geometry and writes nothing', async () => {
    const line = {
      type: 'Feature',
      properties: { RS: 7131 },
      geometry: {
        type: 'LineString',
        coordinates: [
          [7, 50],
          [8, 51],
        ],
      },
    };
    const report = await importer.importFile(file([square('07132', 7), line]), 'bad.json', {
      ...options,
      level: 'KREIS',
    });
    expect(report.invalid).toEqual([{ feature: 2, key: '7131', reason: 'a LineString is not an area' }]);
    expect(formatBoundaryReport(report)).toContain('Nothing was written');
    expect(await served.packs()).toEqual([]);
  });

  it('reports features without a region and regions without geometry, and serves the pack', async () => {
    const report = await importer.importFile(file([square('07131', 7), square('16056', 8)]), 'two.json', {
      ...options,
      level: 'KREIS',
    });
    expect(report).toMatchObject({ applied: true, keyProperty: 'RS', featureCount: 1, unmatched: ['16056'] });
    expect(report.withoutGeometry).toHaveLength(399);
    expect(await served.packs()).toEqual([{ level: 'KREIS', featureCount: 1, ...options }]);
    const body = await served.body('KREIS');
    const topology = JSON.parse(body?.json.toString() ?? '') as Topology & { attribution: string };
    expect(topology.attribution).toBe(options.attribution);
    expect((topology.objects['regions'] as GeometryCollection).geometries[0]).toMatchObject({
      id: '07131',
      properties: { ars: '07131', name: 'Ahrweiler' },
    });
    expect(gunzipSync(body?.gzip ?? Buffer.alloc(0)).equals(body?.json ?? Buffer.alloc(0))).toBe(true);
  });

  describeWithGeo('the BKG VG5000 Kreise', () => {
    it('matches all 400, stays under 200 KB gzipped, and a second import changes nothing', async () => {
      const bytes = readFileSync(join(geoDir, 'kreise_400_vg5000_simplified.topo.json'));
      const first = await importer.importFile(bytes, 'kreise.topo.json', { ...options, level: 'KREIS' });
      expect(first).toMatchObject({ applied: true, featureCount: 400, unmatched: [], withoutGeometry: [] });
      const second = await importer.importFile(bytes, 'kreise.topo.json', { ...options, level: 'KREIS' });
      expect(second).toMatchObject({ applied: false, unchanged: true });
      const all = await served.body('KREIS');
      expect(all?.gzip.length).toBeLessThanOrEqual(200 * 1024);
      const rlp = await served.body('KREIS', '07');
      const objects = (JSON.parse(rlp?.json.toString() ?? '') as Topology).objects;
      expect((objects['regions'] as GeometryCollection).geometries).toHaveLength(36);
      expect(rlp?.etag).not.toBe(all?.etag);
    });
  });
});
