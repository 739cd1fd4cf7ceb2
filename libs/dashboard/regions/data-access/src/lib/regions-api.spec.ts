import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ahrweiler, ahrweilerDetail, pageOf } from '../testing/region-fixtures';
import type { RegionImportReport } from '@digitalcheck/shared-contracts';
import { BOUNDARIES_URL, REGIONS_URL, RegionsApi, regionImportContentType } from './regions-api';

describe('RegionsApi', () => {
  let api: RegionsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(RegionsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists regions with only the filters that are set', () => {
    let total = 0;
    api.list({ level: 'KREIS', land: '07', q: '', limit: 500 }).subscribe((page) => (total = page.total));
    const request = http.expectOne((r) => r.url === REGIONS_URL);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys()).toEqual(['level', 'land', 'limit']);
    expect(request.request.urlWithParams).toBe('/api/v1/regions?level=KREIS&land=07&limit=500');
    request.flush(pageOf([ahrweiler], 36));
    expect(total).toBe(36);
  });

  it('sends name search, parent and offset', () => {
    api.list({ q: 'Ahrw', parent: '07131', offset: 10 }).subscribe();
    http.expectOne('/api/v1/regions?q=Ahrw&parent=07131&offset=10').flush(pageOf([]));
  });

  it('reads one region by its key', () => {
    let name = '';
    api.get('07131').subscribe((region) => (name = region.parents[0].name));
    http.expectOne({ method: 'GET', url: '/api/v1/regions/07131' }).flush(ahrweilerDetail);
    expect(name).toBe('Rheinland-Pfalz');
  });

  it('reads boundary packs and the TopoJSON of one level and Land', () => {
    api.boundaryPacks().subscribe();
    http.expectOne(BOUNDARIES_URL).flush([]);
    api.boundaries('KREIS', '07').subscribe();
    http.expectOne('/api/v1/boundaries/KREIS?land=07').flush({ type: 'Topology', objects: {}, arcs: [] });
    api.boundaries('KREIS').subscribe();
    http.expectOne((r) => r.urlWithParams === '/api/v1/boundaries/KREIS').flush({});
  });

  const report: RegionImportReport = {
    file: 'gv.csv',
    format: 'csv',
    encoding: 'latin1',
    dryRun: true,
    applied: false,
    fileError: null,
    created: [{ line: 2, ars: '071315001', name: 'Adenau' }],
    changed: [],
    unchanged: 0,
    invalid: [],
  };

  it('posts an import file as raw bytes with its name, dry run and CSV content type', () => {
    // "Düren" in Latin-1: the bytes must arrive unchanged, not re-encoded as UTF-8.
    const bytes = new Uint8Array([0x44, 0xfc, 0x72, 0x65, 0x6e]);
    const file = new Blob([bytes]);
    let result: RegionImportReport | undefined;
    api.importRegions(file, 'Gemeinden 2024.csv', true).subscribe((value) => (result = value));
    const request = http.expectOne((r) => r.url === '/api/v1/regions/import');
    expect(request.request.method).toBe('POST');
    expect(request.request.urlWithParams).toBe('/api/v1/regions/import?file=Gemeinden%202024.csv&dryRun=true');
    expect(request.request.headers.get('Content-Type')).toBe('text/csv');
    expect(request.request.body).toBe(file);
    request.flush(report);
    expect(result?.created[0].name).toBe('Adenau');
  });

  it('sends GeoJSON with its content type and dryRun=false to apply', () => {
    const file = new Blob(['{"type":"FeatureCollection","features":[]}']);
    api.importRegions(file, 'rlp.geojson', false).subscribe();
    const request = http.expectOne('/api/v1/regions/import?file=rlp.geojson&dryRun=false');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Content-Type')).toBe('application/geo+json');
    expect(request.request.body).toBe(file);
    request.flush({ ...report, dryRun: false, applied: true });
  });

  it('picks the content type by extension', () => {
    expect(regionImportContentType('GV100AD.CSV')).toBe('text/csv');
    expect(regionImportContentType('gemeinden.json')).toBe('application/geo+json');
    expect(regionImportContentType('gemeinden.geojson')).toBe('application/geo+json');
    expect(regionImportContentType('gemeinden.txt')).toBe('application/octet-stream');
  });
});
