import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiError } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { managedWave, waveParticipation } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { WaveSummary } from '@digitalcheck/shared-contracts';
import { questionnaireList, rowsOf, setUpWavesPage, textOf } from '../../testing/waves-testing';

const scheduled: WaveSummary = {
  ...managedWave,
  id: 'w-2',
  title: 'Nachbefragung 2026',
  status: 'scheduled',
  startsAt: '2026-09-01T08:00:00.000Z',
  endsAt: '2026-10-31T23:00:00.000Z',
};
const foreign: WaveSummary = { ...managedWave, id: 'w-3', title: 'Bundesweit', status: 'closed', manageable: false };

describe('WavesPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

  afterEach(() => http.verify());

  async function open(waves: WaveSummary[]): Promise<void> {
    ({ http, harness } = await setUpWavesPage());
    await harness.navigateByUrl('/verwaltung/befragungen');
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    http.expectOne('/api/v1/waves').flush(waves);
    await harness.fixture.whenStable();
  }

  it('lists the waves with questionnaire, period, status and "n von N" participation', async () => {
    await open([managedWave, scheduled, foreign]);
    expect(textOf(element().querySelector('h1'))).toBe('Befragungen');
    expect(element().querySelector('[data-testid="new-wave"]')?.getAttribute('href')).toBe(
      '/verwaltung/befragungen/neu',
    );
    // Participation only for the waves the analyst manages, at most three requests at once.
    http.expectOne('/api/v1/waves/w-1/participation').flush(waveParticipation);
    http
      .expectOne('/api/v1/waves/w-2/participation')
      .flush({ ...waveParticipation, waveId: 'w-2', invited: 36, started: 20, submitted: 12 });
    http.expectNone('/api/v1/waves/w-3/participation');
    await harness.fixture.whenStable();
    expect(rowsOf(element(), '[data-testid="waves-table"]')).toEqual([
      [
        'Digitalcheck 2026',
        'Digitale Kommune, Version 1',
        '01.03.2026 bis 30.06.2026',
        'läuft',
        '1 von 3 abgesendet 2 von 3 begonnen',
      ],
      [
        'Nachbefragung 2026',
        'Digitale Kommune, Version 1',
        '01.09.2026 bis 31.10.2026',
        'geplant',
        '12 von 36 abgesendet 20 von 36 begonnen',
      ],
      [
        'Bundesweit',
        'Digitale Kommune, Version 1',
        '01.03.2026 bis 30.06.2026',
        'geschlossen',
        '– nicht von Ihnen verwaltet',
      ],
    ]);
    expect(element().querySelector('[data-testid="wave-row-w-2"] a')?.getAttribute('href')).toBe(
      '/verwaltung/befragungen/w-2',
    );
  });

  it('says when participation could not be loaded, per wave', async () => {
    await open([managedWave]);
    expect(rowsOf(element(), '[data-testid="waves-table"]')[0][4]).toBe('wird geladen …');
    http.expectOne('/api/v1/waves/w-1/participation').flush(apiError(403, 'FORBIDDEN'), {
      status: 403,
      statusText: 'Forbidden',
    });
    await harness.fixture.whenStable();
    expect(rowsOf(element(), '[data-testid="waves-table"]')[0][4]).toBe('nicht verfügbar');
  });

  it('invites to create the first wave when there is none', async () => {
    await open([]);
    expect(textOf(element().querySelector('[data-testid="no-waves"]'))).toBe(
      'Es gibt noch keine Befragung. Legen Sie mit „Neue Befragung“ die erste an.',
    );
  });

  it('shows a German error when the list fails', async () => {
    ({ http, harness } = await setUpWavesPage());
    await harness.navigateByUrl('/verwaltung/befragungen');
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    http.expectOne('/api/v1/waves').flush('down', { status: 502, statusText: 'Bad Gateway' });
    await harness.fixture.whenStable();
    const alert = element().querySelector('[data-testid="waves-error"]');
    expect(textOf(alert?.querySelector('.kern-title'))).toBe('Die Befragungen konnten nicht geladen werden.');
    expect(textOf(alert?.querySelector('.kern-alert__body'))).toBe(
      'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.',
    );
  });
});
