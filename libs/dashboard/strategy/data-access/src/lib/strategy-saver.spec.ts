import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StrategyContent } from '@digitalcheck/shared-contracts';
import { draftOf, emptyDraft } from '../testing/strategy-fixtures';
import { STRATEGY_SAVER_OPTIONS, StrategySaver, conflictDraftOf, sameContent } from './strategy-saver';

const URL_R1 = '/api/v1/responses/r-1/strategy';
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StrategySaver', () => {
  let http: HttpTestingController;
  let saver: StrategySaver;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        StrategySaver,
        { provide: STRATEGY_SAVER_OPTIONS, useValue: { debounceMs: 30, retryDelaysMs: [10, 20] } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    saver = TestBed.inject(StrategySaver);
    saver.start('r-1', emptyDraft);
  });

  afterEach(() => http.verify());

  const withVision = (vision: string): StrategyContent => ({ focusFields: ['VER'], vision, measures: [] });

  it('sends one PUT with the base version after the quiet time, however many changes came before', async () => {
    saver.change(withVision('D'));
    saver.change(withVision('Di'));
    saver.change(withVision('Digital'));
    expect(saver.state()).toBe('saving');
    expect(saver.statusText()).toBe('Wird gespeichert …');
    http.expectNone(URL_R1);
    await tick(50);
    const request = http.expectOne(URL_R1);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ baseVersion: 0, content: withVision('Digital') });
    request.flush(draftOf(withVision('Digital'), 1, '2026-11-25T13:05:00.000Z'));
    expect(saver.state()).toBe('saved');
    expect(saver.version()).toBe(1);
    expect(saver.statusText()).toMatch(/^Gespeichert um \d\d:05$/);
  });

  it('retries a network error with backoff, keeps what was typed and sends the newest content', async () => {
    saver.change(withVision('Ziel A'));
    await tick(40);
    http.expectOne(URL_R1).flush(null, { status: 0, statusText: 'Unknown Error' });
    expect(saver.state()).toBe('retrying');
    expect(saver.statusText()).toContain('Neuer Versuch');
    saver.change(withVision('Ziel AB'));
    expect(saver.content().vision).toBe('Ziel AB');
    await tick(15);
    const second = http.expectOne(URL_R1);
    expect(second.request.body.content.vision).toBe('Ziel AB');
    second.flush({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'x' }, { status: 503, statusText: 'x' });
    await tick(25);
    http.expectOne(URL_R1).flush(draftOf(withVision('Ziel AB'), 1));
    await tick(40);
    // The debounced change of "Ziel AB" may send once more; the content is the same.
    for (const again of http.match(URL_R1)) again.flush(draftOf(withVision('Ziel AB'), 2));
    expect(saver.state()).toBe('saved');
    expect(saver.content().vision).toBe('Ziel AB');
  });

  it('keeps both drafts on 409 STRATEGY_CONFLICT; "mine" overwrites on top of their version', async () => {
    saver.change(withVision('Meine Ziele'));
    await tick(40);
    const theirs = draftOf({ focusFields: ['TOU'], vision: 'Ihre Ziele', measures: [] }, 4);
    http
      .expectOne(URL_R1)
      .flush(
        { statusCode: 409, code: 'STRATEGY_CONFLICT', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    expect(saver.state()).toBe('conflict');
    expect(saver.conflict()?.theirs.content.vision).toBe('Ihre Ziele');
    expect(saver.content().vision).toBe('Meine Ziele');
    saver.resolve('mine');
    const request = http.expectOne(URL_R1);
    expect(request.request.body).toEqual({ baseVersion: 4, content: withVision('Meine Ziele') });
    request.flush(draftOf(withVision('Meine Ziele'), 5));
    expect(saver.version()).toBe(5);
    expect(saver.conflict()).toBeNull();
  });

  it('"theirs" takes the stored draft without sending anything', async () => {
    saver.change(withVision('Meine Ziele'));
    await tick(40);
    const theirs = draftOf({ focusFields: ['TOU'], vision: 'Ihre Ziele', measures: [] }, 4);
    http
      .expectOne(URL_R1)
      .flush(
        { statusCode: 409, code: 'STRATEGY_CONFLICT', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    saver.resolve('theirs');
    expect(saver.content()).toEqual(theirs.content);
    expect(saver.version()).toBe(4);
    expect(saver.state()).toBe('saved');
  });

  it('shows a refused save in German and keeps the content', async () => {
    saver.change(withVision('x'));
    await tick(40);
    http.expectOne(URL_R1).flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'x',
        errors: [{ field: 'content.focusFields', code: 'arrayMaxSize', message: 'x' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(saver.state()).toBe('failed');
    expect(saver.error()).toBe('Bitte prüfen Sie Ihre Eingaben.');
    expect(saver.content().vision).toBe('x');
  });

  it('reads the stored draft from the different 409 body shapes', () => {
    const draft = draftOf(withVision('a'), 3);
    const as409 = (error: unknown) => new HttpErrorResponse({ status: 409, error });
    expect(conflictDraftOf(as409({ code: 'STRATEGY_CONFLICT', current: draft }))?.version).toBe(3);
    expect(conflictDraftOf(as409({ code: 'STRATEGY_CONFLICT', ...draft }))?.version).toBe(3);
    expect(conflictDraftOf(as409({ code: 'STRATEGY_CONFLICT', conflict: { current: draft } }))?.version).toBe(3);
    expect(conflictDraftOf(as409({ code: 'CONFLICT', current: draft }))).toBeNull();
    expect(
      sameContent({ vision: 'a', focusFields: [], measures: [] }, { focusFields: [], measures: [], vision: 'a' }),
    ).toBe(true);
  });
});

describe('StrategySaver with a blocker', () => {
  it('keeps a draft the API would refuse in the form, unsent, and sends it once the check passes', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        StrategySaver,
        { provide: STRATEGY_SAVER_OPTIONS, useValue: { debounceMs: 5, retryDelaysMs: [10] } },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const saver = TestBed.inject(StrategySaver);
    saver.start('r-1', emptyDraft);
    saver.setBlocker((content) => (content.focusFields.length > 3 ? 'Höchstens drei Fokusfelder.' : null));
    const four: StrategyContent = { focusFields: ['VER', 'TOU', 'WIR', 'ALL'], vision: '', measures: [] };
    saver.change(four);
    await tick(20);
    http.expectNone(URL_R1);
    expect(saver.state()).toBe('failed');
    expect(saver.error()).toBe('Höchstens drei Fokusfelder.');
    expect(saver.content()).toEqual(four);
    saver.change({ ...four, focusFields: ['VER', 'TOU'] });
    await tick(20);
    http.expectOne(URL_R1).flush(draftOf({ ...four, focusFields: ['VER', 'TOU'] }, 1));
    expect(saver.state()).toBe('saved');
    expect(saver.error()).toBeNull();
    http.verify();
  });
});
