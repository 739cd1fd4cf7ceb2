import { auditEntities, auditMigrations } from '@digitalcheck/api-audit';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { Region } from './region.entity';
import { regionEntities, regionMigrations } from './regions.schema';
import { RegionsService } from './regions.service';
import { ReferenceSeedService } from './seed/reference-seed.service';

describe(`RegionsService (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let regions: RegionsService;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, {
      entities: [...auditEntities, ...regionEntities],
      migrations: [...auditMigrations, ...regionMigrations],
    });
    await dataSource.runMigrations();
    regions = new RegionsService(dataSource);
    expect(await new ReferenceSeedService(dataSource).seed()).toEqual({ written: 416, skipped: false });
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seeds once: a second run only counts', async () => {
    expect(await new ReferenceSeedService(dataSource).seed()).toEqual({ written: 0, skipped: true });
  });

  it('has the 16 Länder, the 400 Kreise and no Eisenach', async () => {
    expect((await regions.list({ level: 'LAND' })).total).toBe(16);
    expect((await regions.list({ level: 'KREIS' })).total).toBe(400);
    expect((await regions.list({ level: 'KREIS', land: '07', kind: 'Landkreis' })).total).toBe(24);
    expect((await regions.list({ level: 'KREIS', land: '07', kind: 'Kreisfreie Stadt' })).total).toBe(12);
    expect(await dataSource.manager.findOneBy(Region, { ars: '16056' })).toBeNull();
  });

  it('merged Eisenach into the Wartburgkreis', async () => {
    const wartburgkreis = await regions.detail('16063');
    expect(wartburgkreis).toMatchObject({ population: 123_025 + 42_370, validFrom: '2021-07-01' });
  });

  it('returns a region with clean name, string key, parents, child counts and peer group', async () => {
    const ahrweiler = await regions.detail('07131');
    expect(ahrweiler).toMatchObject({
      ars: '07131',
      name: 'Ahrweiler',
      kind: 'Landkreis',
      level: 'KREIS',
      landArs: '07',
      parentArs: '07',
      populationDate: '2018-12-31',
      nuts3: 'DEB12',
      sizeClass: '100k-150k',
      peerGroup: { label: 'Landkreis, 100.000 bis unter 150.000 Einwohner' },
    });
    expect(ahrweiler?.parents.map((parent) => parent.name)).toEqual(['Rheinland-Pfalz']);
    expect((await regions.detail('07'))?.childCounts).toEqual({ KREIS: 36 });
    expect((await regions.detail('01001'))?.name).toBe('Flensburg');
    expect((await regions.detail('10041'))?.kind).toBe('Regionalverband');
    expect(await regions.detail('99999')).toBeNull();
  });

  it('sums the Länder from their Kreise', async () => {
    const [rlp] = (await regions.list({ level: 'LAND', q: '07' })).items;
    const kreise = await regions.list({ level: 'KREIS', land: '07', limit: 500 });
    expect(rlp.population).toBe(kreise.items.reduce((sum, kreis) => sum + (kreis.population ?? 0), 0));
  });

  it('searches name starts, word starts and key prefixes, case-insensitively', async () => {
    const names = async (q: string) => (await regions.list({ q, limit: 500 })).items.map((r) => r.name);
    expect(await names('ahr')).toEqual(['Ahrweiler']);
    expect(await names('rostock')).toEqual(['Rostock', 'Landkreis Rostock']);
    expect(await names('weinstr')).toEqual(['Neustadt an der Weinstraße', 'Südliche Weinstraße']);
    expect(await names('100%')).toEqual([]);
    expect((await regions.list({ q: '0713' })).items.map((r) => r.ars)).toEqual([
      '07131',
      '07132',
      '07133',
      '07134',
      '07135',
      '07137',
      '07138',
    ]);
  });

  it('pages in ARS order', async () => {
    const first = await regions.list({ level: 'KREIS', offset: 0, limit: 2 });
    const second = await regions.list({ level: 'KREIS', offset: 2, limit: 2 });
    expect(first).toMatchObject({ total: 400, offset: 0, limit: 2 });
    expect([...first.items, ...second.items].map((r) => r.ars)).toEqual(['01001', '01002', '01003', '01004']);
  });
});
