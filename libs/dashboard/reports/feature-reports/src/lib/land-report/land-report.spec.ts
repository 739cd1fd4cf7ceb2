import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { analystUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { reportsRoutes } from '../reports.routes';
import { WAVE_ID, heatmap, overview, ranking, rowsOf, textOf } from '../../testing/report-fixtures';

// The first test compiles the ngx-charts modules, which takes long on a busy 2-core machine.
jest.setTimeout(60_000);

describe('LandReport', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const frame = () => element().querySelector('dc-report') as HTMLElement;

  async function open() {
    registerLocaleData(localeDe);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(reportsRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: LOCALE_ID, useValue: 'de-DE' },
      ],
    });
    TestBed.inject(SessionStore).set(sessionOf(analystUser));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/bericht/land?befragung=${WAVE_ID}&land=07`);
  }

  async function answer() {
    http.expectOne('/api/v1/regions/07').flush({ ars: '07', name: 'Rheinland-Pfalz', parents: [] });
    http.expectOne(`/api/v1/analytics/waves/${WAVE_ID}/overview?landArs=07&level=KREIS`).flush(overview);
    http.expectOne(`/api/v1/analytics/waves/${WAVE_ID}/ranking?landArs=07&level=KREIS&by=index`).flush(ranking);
    http.expectOne(`/api/v1/analytics/waves/${WAVE_ID}/heatmap?landArs=07&level=KREIS`).flush(heatmap);
    // No boundary pack loaded: the report goes without the map.
    http
      .expectOne('/api/v1/boundaries/KREIS?land=07')
      .flush({ code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
  }

  it('asks for the Land, the overview and the ranking of the Kreise, and waits before it is ready', async () => {
    await open();
    expect(frame().hasAttribute('data-report-ready')).toBe(false);
    expect(textOf(frame())).toContain('Bericht wird erstellt');
    await answer();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await harness.fixture.whenStable();
    expect(frame().getAttribute('data-report-ready')).toBe('true');
    expect(document.title).toBe('Landesbericht Rheinland-Pfalz – Digitalcheck Kommune');
    expect(frame().hasAttribute('data-report-failed')).toBe(false);
  });

  it('prints title, wave, participation, KPIs with n and base, ranking and obstacles as figures', async () => {
    await open();
    await answer();
    expect(textOf(element().querySelector('h1'))).toBe('Landesbericht Rheinland-Pfalz');
    expect(textOf(element().querySelector('[data-testid="report-lead"]'))).toMatch(
      /^Digitalcheck Rheinland-Pfalz 2024 · Kreise und kreisfreie Städte · Stand: \d\d\.\d\d\.\d{4}$/,
    );
    expect([...element().querySelectorAll('h2')].map((h) => textOf(h))).toEqual(
      expect.arrayContaining([
        'Teilnahme',
        'Kennzahlen',
        'Karte',
        'Rangfolge',
        'Verteilung',
        'Handlungsfelder je Region',
        'Hemmnisse',
        'Hinweise',
      ]),
    );
    expect(textOf(element().querySelector('[data-testid="report-participation"] p'))).toBe(
      '31 von 36 eingeladenen Kreisen und kreisfreien Städten haben ihre Selbsteinschätzung abgesendet (86 %). Nur diese zählen in den folgenden Zahlen.',
    );
    expect(rowsOf(element().querySelector('[data-testid="report-kpis"] table'))).toEqual([
      ['Teilnahme (abgesendet)', '86 %', '31 von 36'],
      ['ohne Digitalstrategie', '58 %', '18 von 31'],
    ]);
    expect(rowsOf(element().querySelector('[data-testid="report-ranking-table"]'))).toEqual([
      ['1', 'Rhein-Pfalz-Kreis', '79,9', '4 – Fortgeschritten'],
      ['2', 'Cochem-Zell', '31,1', '2 – Erste Schritte'],
    ]);
    expect(rowsOf(element().querySelector('[data-testid="report-distribution-table"]'))).toEqual([
      ['Gesamtindex', '48,9', '37,8 – 65,4', '31'],
      ['Kommunale Verwaltung', 'nicht ausgewiesen', '2'],
    ]);
    expect(rowsOf(element().querySelector('[data-testid="report-heatmap-table"]'))).toEqual([
      ['Rhein-Pfalz-Kreis', '80', '81'],
      ['Cochem-Zell', '31', '–'],
    ]);
    expect(rowsOf(element().querySelector('[data-testid="report-obstacles-table"]'))).toEqual([
      ['zu wenig Personal', '86 %', '25 von 29'],
      ['fehlendes Fachwissen', '–', 'nicht ausgewiesen'],
    ]);
  });

  it('goes without the map when no boundaries are loaded', async () => {
    await open();
    await answer();
    expect(element().querySelector('dc-region-map')).toBeNull();
    expect(textOf(element().querySelector('[data-testid="report-map"]'))).toContain('keine Kartendaten');
  });

  it('says what failed instead of getting ready when a request fails', async () => {
    await open();
    http.expectOne('/api/v1/regions/07').flush({ ars: '07', name: 'Rheinland-Pfalz', parents: [] });
    http
      .expectOne(`/api/v1/analytics/waves/${WAVE_ID}/overview?landArs=07&level=KREIS`)
      .flush({ code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(frame().hasAttribute('data-report-ready')).toBe(false);
    expect(frame().getAttribute('data-report-failed')).toBe(
      'Diese Auswertung gibt es nicht oder sie ist Ihnen nicht freigegeben.',
    );
  });
});
