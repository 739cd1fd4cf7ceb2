import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ANSWER_SAVER_OPTIONS, AnswerSaver, sameAnswer, saveStateText } from './answer-saver';
import { draftResponse } from '../testing/survey-fixtures';

const URL_A1 = '/api/v1/responses/r-1/answers/A1';
const saved = (code: string, value: unknown, version: number) => ({
  questionCode: code,
  value,
  version,
  savedAt: '2026-03-11T10:00:00.000Z',
  savedBy: 'Mia Mayen',
});

describe('AnswerSaver', () => {
  let http: HttpTestingController;
  let saver: AnswerSaver;
  let ids: number;

  beforeEach(() => {
    jest.useFakeTimers();
    ids = 0;
    jest.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-00000000000${++ids}` as never);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        AnswerSaver,
        { provide: ANSWER_SAVER_OPTIONS, useValue: { debounceMs: 600, retryDelaysMs: [1000, 4000] } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    saver = TestBed.inject(AnswerSaver);
    saver.start('r-1', draftResponse.answers);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('starts with the stored values and versions, saved', () => {
    expect(saver.answers()).toEqual({ A1: 'ja', A2: 'a' });
    expect(saver.versions()).toEqual({ A1: 2, A2: 1 });
    expect(saver.state()).toBe('saved');
    expect(saver.pending()).toBe(false);
  });

  it('debounces per question: one request 600 ms after the last change, with the last known version', () => {
    saver.change('A1', 'nein');
    jest.advanceTimersByTime(400);
    saver.change('A1', 'weissNicht');
    jest.advanceTimersByTime(599);
    http.expectNone(URL_A1);
    expect(saver.state()).toBe('saving');
    expect(saver.pending()).toBe(true);
    expect(saver.answers()['A1']).toBe('weissNicht');
    jest.advanceTimersByTime(1);
    const request = http.expectOne(URL_A1);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      value: 'weissNicht',
      baseVersion: 2,
      operationId: '00000000-0000-4000-8000-000000000001',
    });
    request.flush(saved('A1', 'weissNicht', 3));
    expect(saver.versions()['A1']).toBe(3);
    expect(saver.state()).toBe('saved');
    expect(saver.lastSavedAt()).toBe('2026-03-11T10:00:00.000Z');
  });

  it('sends each question on its own and tracks the new version for the next save', () => {
    saver.change('A1', 'nein');
    saver.change('A3', ['termin']);
    jest.advanceTimersByTime(600);
    http.expectOne(URL_A1).flush(saved('A1', 'nein', 3));
    const a3 = http.expectOne('/api/v1/responses/r-1/answers/A3');
    expect(a3.request.body.baseVersion).toBe(0);
    a3.flush(saved('A3', ['termin'], 1));
    saver.change('A1', 'ja');
    jest.advanceTimersByTime(600);
    const again = http.expectOne(URL_A1);
    expect(again.request.body).toEqual({
      value: 'ja',
      baseVersion: 3,
      operationId: '00000000-0000-4000-8000-000000000003',
    });
    again.flush(saved('A1', 'ja', 4));
    expect(saver.versions()).toEqual({ A1: 4, A2: 1, A3: 1 });
  });

  it('retries network errors and 5xx with backoff under the same operation id', () => {
    saver.change('A1', 'nein');
    jest.advanceTimersByTime(600);
    http.expectOne(URL_A1).error(new ProgressEvent('error'), { status: 0, statusText: '' });
    expect(saver.state()).toBe('retrying');
    expect(saveStateText(saver.state())).toBe('Nicht gespeichert – neuer Versuch …');
    jest.advanceTimersByTime(999);
    http.expectNone(URL_A1);
    jest.advanceTimersByTime(1);
    const second = http.expectOne(URL_A1);
    expect(second.request.body.operationId).toBe('00000000-0000-4000-8000-000000000001');
    second.flush({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'down' }, { status: 503, statusText: 'x' });
    jest.advanceTimersByTime(3999);
    http.expectNone(URL_A1);
    jest.advanceTimersByTime(1);
    const third = http.expectOne(URL_A1);
    expect(third.request.body).toEqual({
      value: 'nein',
      baseVersion: 2,
      operationId: '00000000-0000-4000-8000-000000000001',
    });
    third.flush(saved('A1', 'nein', 3));
    expect(saver.state()).toBe('saved');
  });

  it('sends a change made during a save afterwards, with a new operation id and the new version', () => {
    saver.change('A1', 'nein');
    jest.advanceTimersByTime(600);
    const first = http.expectOne(URL_A1);
    saver.change('A1', 'weissNicht');
    jest.advanceTimersByTime(600);
    http.expectNone(URL_A1);
    first.flush(saved('A1', 'nein', 3));
    expect(saver.state()).toBe('saving');
    const second = http.expectOne(URL_A1);
    expect(second.request.body).toEqual({
      value: 'weissNicht',
      baseVersion: 3,
      operationId: '00000000-0000-4000-8000-000000000002',
    });
    second.flush(saved('A1', 'weissNicht', 4));
    expect(saver.state()).toBe('saved');
  });

  it('keeps both values on 409 ANSWER_CONFLICT and sends nothing until the user chooses', () => {
    saver.change('A1', 'nein');
    jest.advanceTimersByTime(600);
    http.expectOne(URL_A1).flush(
      {
        statusCode: 409,
        code: 'ANSWER_CONFLICT',
        message: 'changed',
        conflict: { current: { value: 'ja', version: 5, savedAt: '2026-03-11T09:30:00.000Z', savedBy: 'Max Koblenz' } },
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(saver.state()).toBe('conflict');
    expect(saver.pending()).toBe(true);
    expect(saver.conflicts()['A1']).toEqual({
      questionCode: 'A1',
      mine: 'nein',
      theirs: { value: 'ja', version: 5, savedAt: '2026-03-11T09:30:00.000Z', savedBy: 'Max Koblenz' },
    });
    saver.change('A1', 'weissNicht');
    jest.advanceTimersByTime(5000);
    http.expectNone(URL_A1);
    expect(saver.conflicts()['A1'].mine).toBe('weissNicht');
  });

  it('a 409 whose stored value equals the one sent counts as saved, on top of the stored version', () => {
    saver.change('S3', { referenceDate: '2024-12-31', value: 214_000 });
    jest.advanceTimersByTime(600);
    http.expectOne('/api/v1/responses/r-1/answers/S3').flush(
      {
        statusCode: 409,
        code: 'ANSWER_CONFLICT',
        message: 'changed',
        conflict: {
          current: {
            value: { value: 214_000, referenceDate: '2024-12-31' },
            version: 1,
            savedAt: '2026-03-11T09:30:00.000Z',
            savedBy: 'Max Koblenz',
          },
        },
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(saver.state()).toBe('saved');
    expect(saver.conflicts()).toEqual({});
    expect(saver.versions()['S3']).toBe(1);
    // The next change builds on the colleague's version.
    saver.change('S3', { value: 215_000, referenceDate: '2024-12-31' });
    jest.advanceTimersByTime(600);
    expect(http.expectOne('/api/v1/responses/r-1/answers/S3').request.body).toMatchObject({ baseVersion: 1 });
  });

  it('compares answers as values, whatever the key order', () => {
    expect(sameAnswer({ a: '1', b: ['x', 'y'] }, { b: ['x', 'y'], a: '1' })).toBe(true);
    expect(sameAnswer(['x', 'y'], ['y', 'x'])).toBe(false);
    expect(sameAnswer('ja', 'nein')).toBe(false);
    expect(sameAnswer(null, null)).toBe(true);
  });

  it('keeping the stored value only updates the form', () => {
    conflictOnA1();
    saver.resolve('A1', 'theirs');
    expect(saver.answers()['A1']).toBe('ja');
    expect(saver.versions()['A1']).toBe(5);
    expect(saver.conflicts()).toEqual({});
    expect(saver.state()).toBe('saved');
    http.expectNone(URL_A1);
  });

  it('keeping one’s own value sends it again on top of the stored version', () => {
    conflictOnA1();
    saver.resolve('A1', 'mine');
    const request = http.expectOne(URL_A1);
    expect(request.request.body).toEqual({
      value: 'nein',
      baseVersion: 5,
      operationId: '00000000-0000-4000-8000-000000000002',
    });
    request.flush(saved('A1', 'nein', 6));
    expect(saver.state()).toBe('saved');
    expect(saver.versions()['A1']).toBe(6);
  });

  it('shows a refused answer as failed with the German field message', () => {
    saver.change('B2', 99);
    jest.advanceTimersByTime(600);
    http.expectOne('/api/v1/responses/r-1/answers/B2').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        errors: [{ field: 'B2', code: 'notInteger', message: 'x' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(saver.state()).toBe('failed');
    expect(saver.errors()).toEqual({ B2: 'Bitte geben Sie eine ganze Zahl ein.' });
    saver.change('B2', 12);
    expect(saver.errors()).toEqual({});
    expect(saver.state()).toBe('saving');
    jest.advanceTimersByTime(600);
    http.expectOne('/api/v1/responses/r-1/answers/B2').flush(saved('B2', 12, 1));
  });

  it('flush() sends debounced changes at once', () => {
    saver.change('A1', 'nein');
    saver.flush();
    http.expectOne(URL_A1).flush(saved('A1', 'nein', 3));
    expect(saver.state()).toBe('saved');
  });

  it('names every save state in German', () => {
    expect(['saved', 'saving', 'retrying'].map((s) => saveStateText(s as 'saved'))).toEqual([
      'Gespeichert',
      'Wird gespeichert …',
      'Nicht gespeichert – neuer Versuch …',
    ]);
  });

  function conflictOnA1(): void {
    saver.change('A1', 'nein');
    jest.advanceTimersByTime(600);
    http.expectOne(URL_A1).flush(
      {
        statusCode: 409,
        code: 'ANSWER_CONFLICT',
        message: 'changed',
        conflict: { current: { value: 'ja', version: 5, savedAt: '2026-03-11T09:30:00.000Z', savedBy: 'Max Koblenz' } },
      },
      { status: 409, statusText: 'Conflict' },
    );
  }
});
