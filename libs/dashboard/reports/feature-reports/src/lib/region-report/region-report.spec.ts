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
import { WAVE_ID, profile, rowsOf, textOf } from '../../testing/report-fixtures';
import { priorityFields } from './region-report-data';

jest.setTimeout(60_000);

describe('RegionReport', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

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
    await harness.navigateByUrl(`/bericht/region/07137?befragung=${WAVE_ID}`);
    http.expectOne(`/api/v1/analytics/waves/${WAVE_ID}/regions/07137`).flush(profile);
    await harness.fixture.whenStable();
  }

  it('prints the region, its index, level and rank, and each field against peers and Land', async () => {
    await open();
    expect(textOf(element().querySelector('h1'))).toBe('Regionsbericht Mayen-Koblenz');
    expect([...element().querySelectorAll('[data-testid="report-facts"] dd')].map((dd) => textOf(dd))).toEqual([
      'Landkreis',
      '214.259',
      'Digitalcheck Rheinland-Pfalz 2024',
      'veröffentlicht',
      'Landkreis, 150.000 bis unter 250.000 Einwohner',
    ]);
    expect(textOf(element().querySelector('[data-testid="report-index"]'))).toBe(
      'Gesamtindex: 78,9 Punkte · Reifestufe 4 – Fortgeschritten · Rang 3 von 31 im Land',
    );
    expect(rowsOf(element().querySelector('[data-testid="report-results-table"]'))).toEqual([
      [
        'Gesamtindex',
        '78,9',
        '4 – Fortgeschritten',
        '3 von 31',
        '78,9 (Q1 53 – Q3 79,3; n = 5)',
        '48,9 (Q1 37,8 – Q3 65,4; n = 31)',
      ],
      [
        'Strategie & Steuerung',
        '95,5',
        '5 – Vorreiter',
        '1 von 31',
        '77,3 (Q1 45,5 – Q3 93,2; n = 5)',
        '40,2 (Q1 24,6 – Q3 61,4; n = 31)',
      ],
      [
        'Kommunale Verwaltung',
        '30',
        '2 – Erste Schritte',
        '28 von 31',
        'nicht ausgewiesen (n = 2)',
        '50 (Q1 35,7 – Q3 58,9; n = 31)',
      ],
      [
        'Tourismus',
        '91,7',
        '5 – Vorreiter',
        '2 von 31',
        '58,3 (Q1 27,8 – Q3 91,7; n = 5)',
        '50 (Q1 33,3 – Q3 62,5; n = 31)',
      ],
      ['Arbeit und Soziales', '–', '–', '–', '–', '–'],
    ]);
  });

  it('places the fields of action by P1 priority and maturity and names the focus field', async () => {
    await open();
    const matrix = element().querySelector('[data-testid="priority-matrix"]') as HTMLElement;
    expect(rowsOf(matrix.querySelector('table'))).toEqual([
      ['5', '', 'Kommunale Verwaltung', '', '', ''],
      ['4', '', '', '', '', ''],
      ['3', '', '', '', '', ''],
      ['2', '', '', '', '', 'Tourismus'],
      ['1', '', '', '', '', ''],
    ]);
    expect(textOf(matrix.querySelector('[data-testid="focus-fields"]'))).toBe(
      'Hohe Priorität, niedriger Reifegrad: Kommunale Verwaltung.',
    );
    expect(textOf(matrix)).toContain('Nicht relevant: Arbeit und Soziales.');
    expect(textOf(matrix)).toContain('die die Kommune in Frage P1 angegeben hat');
    // Strategie & Steuerung is no field of action P1 asks about.
    expect(textOf(matrix)).not.toContain('Strategie');
    expect(priorityFields(profile).map((field) => field.fieldOfAction)).toEqual([false, true, true, true]);
  });

  it('lists the indicators with the Land share and its n', async () => {
    await open();
    expect(rowsOf(element().querySelector('[data-testid="report-indicators"] table'))).toEqual([
      ['ohne Digitalstrategie', 'nein', '58 %', '18 von 31'],
    ]);
  });
});
