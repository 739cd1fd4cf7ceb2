import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  describeWaveError,
  managedWaveStatusLabel,
  participationStateLabel,
  regionSelectorLabel,
  startedText,
  submittedText,
  waveFieldErrorMessage,
  waveFormField,
} from './wave-messages';
import { WavesApi } from './waves-api';

describe('WavesApi', () => {
  let http: HttpTestingController;
  let api: WavesApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(WavesApi);
  });

  afterEach(() => http.verify());

  it('calls the wave management endpoints', () => {
    api.list().subscribe();
    api.get('w 1').subscribe();
    api
      .create({
        title: 'Befragung',
        questionnaireId: 'digitale-kommune',
        questionnaireVersion: 1,
        selectors: [{ landArs: '07', level: 'KREIS' }],
        startsAt: '2026-02-28T23:00:00.000Z',
        endsAt: '2026-06-30T22:00:00.000Z',
      })
      .subscribe();
    api.update('w-1', { title: 'Neu' }).subscribe();
    api.close('w-1').subscribe();
    api.extend('w-1', '2026-07-31T22:00:00.000Z').subscribe();
    api.participation('w-1').subscribe();
    api.reopen('r-1', 'Zahlen zu A4 korrigieren').subscribe();
    api.publish('r-1').subscribe();
    const requests = http.match(() => true);
    expect(requests.map((r) => `${r.request.method} ${r.request.urlWithParams}`)).toEqual([
      'GET /api/v1/waves',
      'GET /api/v1/waves/w%201',
      'POST /api/v1/waves',
      'PATCH /api/v1/waves/w-1',
      'POST /api/v1/waves/w-1/close',
      'POST /api/v1/waves/w-1/extend',
      'GET /api/v1/waves/w-1/participation',
      'POST /api/v1/responses/r-1/reopen',
      'POST /api/v1/responses/r-1/publish',
    ]);
    expect(requests[3].request.body).toEqual({ title: 'Neu' });
    expect(requests[5].request.body).toEqual({ endsAt: '2026-07-31T22:00:00.000Z' });
    expect(requests[7].request.body).toEqual({ reason: 'Zahlen zu A4 korrigieren' });
  });
});

describe('wave messages', () => {
  function failure(status: number, body: object): HttpErrorResponse {
    return new HttpErrorResponse({ status, error: { statusCode: status, ...body } });
  }

  it('puts server field errors at the form fields, in German', () => {
    const error = failure(400, {
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      errors: [
        { field: 'title', code: 'matches', message: 'title must not be blank' },
        { field: 'questionnaireVersion', code: 'notPublished', message: 'no published version' },
        { field: 'selectors.1', code: 'noRegions', message: 'the selector names no region' },
        { field: 'endsAt', code: 'notAfterStart', message: 'endsAt must be after startsAt' },
        { field: 'unexpected', code: 'unknownField', message: 'property should not exist' },
      ],
    });
    expect(describeWaveError(error)).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Bitte prüfen Sie Ihre Eingaben.',
      fields: {
        title: 'Bitte geben Sie einen Titel ein (höchstens 200 Zeichen).',
        questionnaire:
          'Diese Version des Fragebogens ist nicht veröffentlicht. Bitte wählen Sie eine veröffentlichte Version.',
        regions: 'Auf dieser Ebene gibt es in diesem Land keine Regionen. Bitte wählen Sie eine andere Ebene.',
        endsAt: 'Das Ende darf nicht vor dem Beginn liegen.',
      },
    });
  });

  it('explains the wave status codes', () => {
    expect(describeWaveError(failure(409, { code: 'WAVE_STARTED', message: 'started' })).message).toBe(
      'Die Befragung hat bereits begonnen. Sie kann nur noch verlängert oder geschlossen werden.',
    );
    expect(describeWaveError(failure(409, { code: 'WAVE_CLOSED', message: 'closed' })).message).toBe(
      'Die Befragung ist geschlossen und kann nicht mehr geändert werden.',
    );
    expect(describeWaveError(failure(409, { code: 'RESPONSE_STATUS', message: 'status' })).message).toBe(
      'Der Stand dieser Selbsteinschätzung hat sich inzwischen geändert. Bitte laden Sie die Seite neu.',
    );
    expect(describeWaveError(failure(403, { code: 'FORBIDDEN', message: 'no' })).message).toBe(
      'Dafür fehlt Ihnen die Berechtigung.',
    );
    expect(describeWaveError(failure(500, { code: 'INTERNAL_ERROR', message: 'boom' }))).toEqual({
      code: 'NETWORK',
      message: 'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.',
      fields: {},
    });
  });

  it('has messages for the checks the forms make themselves', () => {
    expect(waveFieldErrorMessage({ field: 'startsAt', code: 'inPast' })).toBe(
      'Der Beginn darf nicht vor heute liegen.',
    );
    expect(waveFieldErrorMessage({ field: 'regionArs', code: 'noRegions' })).toBe(
      'Bitte wählen Sie mindestens eine Ebene oder eine einzelne Region aus.',
    );
    expect(waveFieldErrorMessage({ field: 'endsAt', code: 'notLater' })).toBe(
      'Das neue Ende muss nach dem bisherigen Ende und nach heute liegen.',
    );
  });

  it('maps field paths to form fields', () => {
    expect(['regionArs.3', 'selectors.0.level', 'questionnaireId', 'reason', 'csv'].map(waveFormField)).toEqual([
      'regions',
      'regions',
      'questionnaire',
      'reason',
      null,
    ]);
  });

  it('names statuses, states, participation and selectors in German', () => {
    expect((['scheduled', 'open', 'closed'] as const).map(managedWaveStatusLabel)).toEqual([
      'geplant',
      'läuft',
      'geschlossen',
    ]);
    expect(
      (['notStarted', 'started', 'submitted', 'reopened', 'published'] as const).map(participationStateLabel),
    ).toEqual(['nicht begonnen', 'in Bearbeitung', 'abgesendet', 'wieder geöffnet', 'veröffentlicht']);
    expect(submittedText(12, 36)).toBe('12 von 36 abgesendet');
    expect(startedText(20, 36)).toBe('20 von 36 begonnen');
    expect(regionSelectorLabel({ landArs: '07', level: 'KREIS' }, 'Rheinland-Pfalz')).toBe(
      'alle Kreise in Rheinland-Pfalz',
    );
    expect(regionSelectorLabel({ landArs: '07', level: 'GEMEINDEVERBAND' }, 'Rheinland-Pfalz')).toBe(
      'alle Verbandsgemeinden in Rheinland-Pfalz',
    );
    expect(regionSelectorLabel({ landArs: '03', level: 'GEMEINDEVERBAND' }, 'Niedersachsen')).toBe(
      'alle Gemeindeverbände in Niedersachsen',
    );
  });
});
