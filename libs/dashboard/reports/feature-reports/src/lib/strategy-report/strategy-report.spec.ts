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
import { respondentUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import type { StrategyDocument } from '@digitalcheck/shared-contracts';
import { rowsOf, textOf } from '../../testing/report-fixtures';
import { reportsRoutes } from '../reports.routes';

jest.setTimeout(60_000);

const RESPONSE_ID = '5c1f8a36-3f0e-4a51-9a3b-1f7f1e1d2c01';

const document: StrategyDocument = {
  responseId: RESPONSE_ID,
  regionArs: '07137',
  regionName: 'Mayen-Koblenz',
  waveTitle: 'Digitalcheck Rheinland-Pfalz 2026',
  version: 3,
  savedAt: '2026-11-25T10:00:00.000Z',
  savedBy: 'Erika Muster',
  baseline: {
    peerGroup: 'Landkreis, 150.000 bis unter 250.000 Einwohner',
    index: {
      field: null,
      title: 'Digitalisierungsindex',
      score: 47.5,
      maturityLevel: 3,
      priority: null,
      peerMedian: 51,
    },
    fields: [{ field: 'TOU', title: 'Tourismus', score: 12, maturityLevel: 1, priority: 4, peerMedian: null }],
  },
  focusFields: [{ field: 'TOU', title: 'Tourismus', score: 12, maturityLevel: 1, priority: 4, peerMedian: null }],
  vision: 'Gäste finden <b>alles</b> digital.',
  measures: [
    {
      measureId: 'm1',
      code: 'TOU-01',
      title: 'Messenger-Nachrichten für Gäste',
      description: 'Ein Kanal mit Veranstaltungen.',
      field: 'TOU',
      fieldTitle: 'Tourismus',
      goal: 'Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.',
      responsible: 'Tourist-Information',
      startMonth: '2027-03',
      endMonth: '2027-12',
      budgetEur: 25000,
    },
  ],
};

describe('StrategyReport', () => {
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
    TestBed.inject(SessionStore).set(sessionOf(respondentUser));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/bericht/strategie/${RESPONSE_ID}`);
  }

  it('prints the five sections of the draft in order, user text as text', async () => {
    await open();
    http.expectOne(`/api/v1/responses/${RESPONSE_ID}/strategy/document`).flush(document);
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('h1'))).toBe('Digitalstrategie Mayen-Koblenz');
    expect([...element().querySelectorAll('h2')].map((h2) => textOf(h2))).toEqual([
      'Ausgangslage',
      'Handlungsfelder',
      'Maßnahmen',
      'Zeitplan',
      'Verantwortlichkeiten',
    ]);
    const tables = element().querySelectorAll('table');
    expect(rowsOf(tables[0])).toEqual([
      ['Digitalisierungsindex', '48', '3 – Im Aufbau', '51'],
      ['Tourismus', '12', '1 – Einstieg', '–'],
    ]);
    expect(rowsOf(tables[1])).toEqual([['Messenger-Nachrichten für Gäste', 'März 2027 – Dezember 2027']]);
    expect(rowsOf(tables[2])).toEqual([['Messenger-Nachrichten für Gäste', 'Tourist-Information']]);
    const measures = textOf(element().querySelector('[data-testid="strategy-measures"]'));
    expect(measures).toContain('TOU-01 Messenger-Nachrichten für Gäste');
    expect(measures).toContain('Bis Ende 2027 erreichen wir 2.000 Gäste im Monat.');
    expect(measures).toContain('25.000 €');
    expect(element().querySelector('b')).toBeNull();
    expect(textOf(element().querySelector('[data-testid="strategy-fields"]'))).toContain(
      'Gäste finden <b>alles</b> digital.',
    );
  });

  it('says what went wrong when the draft cannot be read', async () => {
    await open();
    http
      .expectOne(`/api/v1/responses/${RESPONSE_ID}/strategy/document`)
      .flush({ code: 'NOT_FOUND' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('[data-testid="report-error"]'))).toBe(
      'Diese Auswertung gibt es nicht oder sie ist Ihnen nicht freigegeben.',
    );
  });
});
