import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { SurveysApi } from './surveys-api';
import { answerErrorMessage, describeSurveyError, responseStatusLabel, waveStatusLabel } from './survey-messages';
import { surveyDefinition } from '../testing/survey-fixtures';

describe('SurveysApi', () => {
  let http: HttpTestingController;
  let api: SurveysApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(SurveysApi);
  });

  afterEach(() => http.verify());

  it('calls the survey endpoints', () => {
    api.waves().subscribe();
    api.mine('w 1').subscribe();
    api.open('w-1', '07137').subscribe();
    api.response('r-1').subscribe();
    api.saveAnswer('r-1', 'A1', { value: 'ja', baseVersion: 0, operationId: 'op' }).subscribe();
    api.submit('r-1').subscribe();
    api.result('r-1').subscribe();
    api.comparison('r 1').subscribe();
    expect(http.match(() => true).map((r) => `${r.request.method} ${r.request.urlWithParams}`)).toEqual([
      'GET /api/v1/waves',
      'GET /api/v1/waves/w%201/responses/mine',
      'POST /api/v1/waves/w-1/regions/07137/response',
      'GET /api/v1/responses/r-1',
      'PUT /api/v1/responses/r-1/answers/A1',
      'POST /api/v1/responses/r-1/submit',
      'GET /api/v1/responses/r-1/result',
      'GET /api/v1/responses/r%201/comparison',
    ]);
  });
});

describe('survey messages', () => {
  const number = surveyDefinition.sections[1].questions[1];

  it('explains answer errors in German', () => {
    expect(answerErrorMessage('belowMin', number)).toBe('Die Zahl darf nicht kleiner als 0 sein.');
    expect(answerErrorMessage('aboveMax', number)).toBe('Die Zahl darf nicht größer als 50 sein.');
    expect(answerErrorMessage('required')).toBe('Bitte beantworten Sie diese Frage.');
    expect(answerErrorMessage('exclusiveCombined')).toBe(
      '„Keine davon“ kann nicht zusammen mit anderen Antworten gewählt werden.',
    );
  });

  it('maps survey error codes and keeps question codes as field keys', () => {
    const closed = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, code: 'WAVE_CLOSED', message: 'closed' },
    });
    expect(describeSurveyError(closed)).toEqual({
      code: 'WAVE_CLOSED',
      message: 'Die Befragung ist beendet. Antworten können nicht mehr geändert werden.',
      fields: {},
    });
    const missing = new HttpErrorResponse({
      status: 422,
      error: {
        statusCode: 422,
        code: 'UNPROCESSABLE',
        message: 'x',
        errors: [{ field: 'A1', code: 'required', message: 'x' }],
      },
    });
    expect(describeSurveyError(missing).fields).toEqual({ A1: 'Bitte beantworten Sie diese Frage.' });
  });

  it('names wave and response states', () => {
    expect([
      waveStatusLabel('open'),
      waveStatusLabel('closed'),
      responseStatusLabel(null),
      responseStatusLabel('draft'),
    ]).toEqual(['läuft', 'beendet', 'noch nicht begonnen', 'in Bearbeitung']);
  });
});
