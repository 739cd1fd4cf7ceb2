import { AuditService, auditEntities, auditMigrations } from '@digitalcheck/api-audit';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { workspaceRoot } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { Region } from '../region.entity';
import { regionEntities, regionMigrations } from '../regions.schema';
import { ReferenceSeedService } from '../seed/reference-seed.service';
import { formatReport } from './import-report';
import { RegionImportService } from './region-import.service';

const geoDir = join(workspaceRoot, '..', 'shared', 'data', 'geo');
const vgFile = join(geoDir, 'rlp_verbandsgemeinden_vg5000_simplified.geojson');
const describeWithGeo = existsSync(geoDir) ? describe : describe.skip;
if (!existsSync(geoDir)) console.warn(`Skipping the VG5000 import tests: ${geoDir} is absent (CI has it).`);

describe(`RegionImportService (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let importer: RegionImportService;
  const csv = (text: string) => Buffer.from(text, 'utf8');
  const count = (level: string) => dataSource.manager.countBy(Region, { level: level as Region['level'] });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, {
      entities: [...auditEntities, ...regionEntities],
      migrations: [...auditMigrations, ...regionMigrations],
    });
    await dataSource.runMigrations();
    await new ReferenceSeedService(dataSource).seed();
    importer = new RegionImportService(dataSource, new AuditService());
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('imports a Latin-1 CSV with German headers, numbers without their zero and thousands separators', async () => {
    const bytes = iconv.encode(
      'Regionalschlüssel;Gemeindename;Art;Bevölkerung\n71315001;Altenahr;Verbandsgemeinde;10.842\n',
      'latin1',
    );
    const report = await importer.importFile(bytes, 'vg.csv');
    expect(report).toMatchObject({ encoding: 'windows-1252', applied: true, invalid: [] });
    expect(report.created).toEqual([{ line: 2, ars: '071315001', name: 'Altenahr' }]);
    expect(await dataSource.manager.findOneBy(Region, { ars: '071315001' })).toMatchObject({
      parentArs: '07131',
      landArs: '07',
      population: 10842,
      kind: 'Verbandsgemeinde',
    });
    const trail = await new AuditService().trailOf(dataSource.manager, 'region-import', 'vg.csv');
    expect(trail[0]).toMatchObject({ action: 'regions.imported', details: { created: 1, changed: 0 } });
  });

  it('reports changes in a dry run and writes nothing', async () => {
    const report = await importer.importFile(
      csv('ars;name;population\n071315001;Altenahr (VG);11000\n071315002;Adenau;\n'),
      'dry.csv',
      { dryRun: true },
    );
    expect(report).toMatchObject({ applied: false, dryRun: true, unchanged: 0 });
    expect(report.created.map((row) => row.line)).toEqual([3]);
    expect(report.changed).toEqual([
      { line: 2, ars: '071315001', changes: { name: ['Altenahr', 'Altenahr (VG)'], population: [10842, 11000] } },
    ]);
    expect(await dataSource.manager.findOneBy(Region, { ars: '071315002' })).toBeNull();
    expect(formatReport(report)).toContain('Dry run: nothing was written.');
  });

  it('rejects the whole file for one bad row and names every bad line', async () => {
    const before = await count('GEMEINDEVERBAND');
    const report = await importer.importFile(
      csv('ars;name\n071315003;Ok\n07a;Bad\n071315003;Twice\n999995001;Nowhere\n07131;Kreis\n071395001;Orphan\n'),
      'bad.csv',
    );
    expect(report.applied).toBe(false);
    expect(report.invalid.map((row) => [row.line, row.reason])).toEqual([
      [3, expect.stringContaining('digits only')],
      [4, expect.stringContaining('duplicate key 071315003 (also on line 2)')],
      [5, expect.stringContaining('not a Land')],
      [6, expect.stringContaining('only 9-digit')],
      [7, 'unknown parent 07139'],
    ]);
    expect(await count('GEMEINDEVERBAND')).toBe(before);
  });

  it('ends with a clear message for a file without a key column or one that is not GeoJSON', async () => {
    expect((await importer.importFile(csv('Name;Einwohner\nA;1\n'), 'x.csv')).fileError).toMatch(/No key column/);
    expect((await importer.importFile(csv('{"type":"Feature"}'), 'x.json')).fileError).toMatch(/FeatureCollection/);
    expect((await importer.importFile(csv('{oops'), 'x.json')).fileError).toMatch(/not valid JSON/);
  });

  describeWithGeo('the RLP Verbandsgemeinden (BKG VG5000)', () => {
    it('imports 170 regions, each under its Kreis, and a second import changes nothing', async () => {
      await dataSource.query(`DELETE FROM region WHERE level = 'GEMEINDEVERBAND'`);
      const first = await importer.importFile(readFileSync(vgFile), 'rlp.geojson');
      expect(first).toMatchObject({ applied: true, invalid: [], format: 'geojson' });
      expect(first.created).toHaveLength(170);
      const rows: Array<{ kind: string; n: string }> = await dataSource.query(
        `SELECT v.kind, count(*) AS n FROM region v JOIN region k ON k.ars = v.parent_ars AND k.level = 'KREIS'
         WHERE v.level = 'GEMEINDEVERBAND' GROUP BY v.kind ORDER BY v.kind`,
      );
      expect(rows.map((row) => [row.kind, Number(row.n)])).toEqual([
        ['Kreisfreie Stadt', 12],
        ['Verbandsfreie Gemeinde', 29],
        ['Verbandsgemeinde', 129],
      ]);
      const second = await importer.importFile(readFileSync(vgFile), 'rlp.geojson');
      expect(second).toMatchObject({ applied: false, unchanged: 170, created: [], changed: [] });
      expect(formatReport(second)).toContain('Nothing to change.');
    });
  });
});
