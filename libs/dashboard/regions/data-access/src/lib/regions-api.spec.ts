import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ahrweiler, ahrweilerDetail, pageOf } from '../testing/region-fixtures';
import { BOUNDARIES_URL, REGIONS_URL, RegionsApi } from './regions-api';

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
});
