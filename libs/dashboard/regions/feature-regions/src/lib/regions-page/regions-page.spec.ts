import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  ahrweiler,
  koblenz,
  pageOf,
  rheinlandPfalz,
  saarland,
} from '@digitalcheck/dashboard-regions-data-access/testing';
import { regionsRoutes } from '../regions.routes';

const topology = {
  type: 'Topology',
  attribution: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
  arcs: [
    [
      [7, 50],
      [7, 51],
      [8, 51],
      [8, 50],
      [7, 50],
    ],
  ],
  objects: {
    regions: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', id: '07131', arcs: [[0]], properties: { ars: '07131', name: 'Ahrweiler' } }],
    },
  },
};

describe('RegionsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(regionsRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'de-DE' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const rows = (testId: string) =>
    Array.from(element().querySelectorAll(`[data-testid="${testId}"] tbody tr`)).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );

  it('lists the Länder with population in de-DE and links each to its Kreise', async () => {
    await harness.navigateByUrl('/regionen');
    http.expectOne('/api/v1/regions?level=LAND&limit=50').flush(pageOf([rheinlandPfalz, saarland]));
    http.expectOne('/api/v1/boundaries/KREIS').flush(topology);
    http.expectOne('/api/v1/regions?level=KREIS&limit=500').flush(pageOf([ahrweiler]));
    await harness.fixture.whenStable();

    expect(text(element().querySelector('h1'))).toBe('Regionen');
    expect(rows('laender')).toEqual([
      ['07', 'Rheinland-Pfalz', '4.084.844', '31.12.2018'],
      ['10', 'Saarland', '990.509', '31.12.2018'],
    ]);
    const link = element().querySelector('[data-testid="laender"] tbody a');
    expect(link?.getAttribute('href')).toBe('/regionen?land=07');
    const options = Array.from(element().querySelectorAll('#dc-land-filter option')).map((o) => text(o));
    expect(options).toEqual(['Alle Länder', 'Rheinland-Pfalz', 'Saarland']);
    expect(element().querySelectorAll('[data-testid="kreise-map"] path.dc-map__region')).toHaveLength(1);
    expect(text(element().querySelector('[data-testid="map-attribution"]'))).toBe(
      '© GeoBasis-DE / BKG 2021 (Daten verändert)',
    );
  });

  it('shows the Kreise of the Land in ?land=07 with kind counts, and the map of that Land', async () => {
    await harness.navigateByUrl('/regionen?land=07');
    http.expectOne('/api/v1/regions?level=LAND&limit=50').flush(pageOf([rheinlandPfalz, saarland]));
    // The table and the map each ask for the Land's Kreise.
    const kreise = http.match('/api/v1/regions?level=KREIS&land=07&limit=500');
    expect(kreise).toHaveLength(2);
    kreise.forEach((request) => request.flush(pageOf([koblenz, ahrweiler], 36)));
    http.expectOne('/api/v1/boundaries/KREIS?land=07').flush(topology);
    await harness.fixture.whenStable();

    expect(text(element().querySelector('#dc-kreise-title'))).toBe('Kreise in Rheinland-Pfalz');
    expect(text(element().querySelector('[data-testid="kreise-summary"]'))).toBe(
      '36 Kreise · 1 Kreisfreie Stadt · 1 Landkreis',
    );
    expect(rows('kreise')).toEqual([
      ['07111', 'Koblenz', 'Kreisfreie Stadt', '114.024', '31.12.2018'],
      ['07131', 'Ahrweiler', 'Landkreis', '129.727', '31.12.2018'],
    ]);
    expect(element().querySelector('[data-testid="kreise"] tbody a')?.getAttribute('href')).toBe('/regionen/07111');
    expect((element().querySelector('#dc-land-filter') as HTMLSelectElement).value).toBe('07');
    expect(text(element().querySelector('.dc-map__title'))).toBe('Einwohnerzahl der Kreise in Rheinland-Pfalz');
  });

  it('says so when there is no map data, and keeps the tables', async () => {
    await harness.navigateByUrl('/regionen');
    http.expectOne('/api/v1/regions?level=LAND&limit=50').flush(pageOf([rheinlandPfalz]));
    http.expectOne('/api/v1/regions?level=KREIS&limit=500').flush(pageOf([]));
    http.expectOne('/api/v1/boundaries/KREIS').flush({ message: 'not found' }, { status: 404, statusText: 'x' });
    await harness.fixture.whenStable();
    expect(text(element().querySelector('[data-testid="kreise-map"]'))).toContain('Karte nicht verfügbar');
    expect(rows('laender')).toHaveLength(1);
  });
});
