import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ahrweilerDetail, altenahr, pageOf } from '@digitalcheck/dashboard-regions-data-access/testing';
import { regionsRoutes } from '../regions.routes';

describe('RegionDetailPage', () => {
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

  it('shows name, parents as breadcrumb, facts and the Gemeindeverbände', async () => {
    await harness.navigateByUrl('/regionen/07131');
    http.expectOne('/api/v1/regions/07131').flush(ahrweilerDetail);
    http.expectOne('/api/v1/regions?parent=07131&limit=500').flush(pageOf([altenahr]));
    await harness.fixture.whenStable();

    expect(text(element().querySelector('h1'))).toBe('Ahrweiler');
    expect(TestBed.inject(Title).getTitle()).toBe('Ahrweiler');
    const crumbs = Array.from(element().querySelectorAll('nav[aria-label="Brotkrümelnavigation"] li'));
    expect(crumbs.map((li) => text(li))).toEqual(['Regionen', 'Rheinland-Pfalz', 'Ahrweiler']);
    expect(crumbs[1].querySelector('a')?.getAttribute('href')).toBe('/regionen/07');
    expect(crumbs[2].getAttribute('aria-current')).toBe('page');

    const facts = Array.from(element().querySelectorAll('[data-testid="region-facts"] > div')).map((item) => [
      text(item.querySelector('dt')),
      text(item.querySelector('dd')),
    ]);
    expect(facts).toEqual([
      ['Amtlicher Regionalschlüssel', '07131'],
      ['Ebene', 'Kreis'],
      ['Art', 'Landkreis'],
      ['Einwohnerzahl', '129.727 (Stand 31.12.2018)'],
      ['NUTS-3', 'DEB12'],
      ['Vergleichsgruppe', 'Landkreis, 100.000 bis unter 200.000 Einwohner'],
      ['Untergeordnete Gebiete', '8 Gemeindeverbände'],
    ]);
    expect(text(element().querySelector('#dc-children-title'))).toBe('Gemeindeverbände in Ahrweiler');
    const row = element().querySelector('[data-testid="region-table"] tbody tr');
    expect(Array.from(row?.children ?? []).map((cell) => text(cell))).toEqual([
      '071315001',
      'Altenahr',
      'Verbandsgemeinde',
      'keine Angabe',
      '',
    ]);
  });

  it('says "Region nicht gefunden" for an unknown key', async () => {
    await harness.navigateByUrl('/regionen/99999');
    http.expectOne('/api/v1/regions/99999').flush({ message: 'x' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/regions?parent=99999&limit=500').flush(pageOf([]));
    await harness.fixture.whenStable();
    expect(text(element().querySelector('h1'))).toBe('Region nicht gefunden');
  });
});
