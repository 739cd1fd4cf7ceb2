import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { draftResponse } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { SurveyResponse } from '@digitalcheck/dashboard-surveys-data-access';
import { DEFINITION_URL, setUpRespondentPage, textOf, versionOf } from '../../testing/respondent-testing';

const complete: SurveyResponse = {
  ...draftResponse,
  answers: {
    ...draftResponse.answers,
    B1: { value: 'geplant', version: 1, savedAt: '2026-03-11T09:00:00.000Z', savedBy: 'Kai Kreis' },
    B4: { value: { geld: '1', personal: '2' }, version: 1, savedAt: '2026-03-11T09:00:00.000Z', savedBy: 'Kai Kreis' },
  },
};

describe('ReviewPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

  async function open(response: SurveyResponse): Promise<void> {
    ({ http, harness } = await setUpRespondentPage());
    await harness.navigateByUrl('/selbsteinschaetzung/r-1/pruefen');
    http.expectOne('/api/v1/responses/r-1').flush(response);
    http.expectOne(DEFINITION_URL).flush(versionOf());
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('lists the open required questions by section, linked to their place', async () => {
    await open({
      ...draftResponse,
      answers: {
        ...draftResponse.answers,
        B4: { value: { geld: '1' }, version: 1, savedAt: '2026-03-11T09:00:00.000Z', savedBy: 'Kai Kreis' },
      },
    });
    const list = element().querySelector('[data-testid="open-questions"]') as HTMLElement;
    expect(textOf(list.querySelector('h2'))).toBe('Noch 2 Pflichtfragen offen');
    expect(Array.from(list.querySelectorAll('h3')).map((h) => textOf(h))).toEqual(['Verwaltung']);
    expect(Array.from(list.querySelectorAll('li')).map((li) => textOf(li))).toEqual([
      'B1 E-Akte eingeführt? – Bitte beantworten Sie diese Frage.',
      'B4 Wie groß sind diese Hemmnisse? – Bitte beantworten Sie jede Zeile.',
    ]);
    expect(list.querySelector('a')?.getAttribute('href')).toBe('/selbsteinschaetzung/r-1/abschnitt/B#frage-B1');
    expect(element().querySelector('[data-testid="submit"]')).toBeNull();
  });

  it('submits only after confirmation and then shows the result', async () => {
    await open(complete);
    expect(textOf(element().querySelector('[data-testid="complete"]'))).toBe(
      'Alle Pflichtfragen sind beantwortet. Sie können die Selbsteinschätzung jetzt absenden.',
    );
    (element().querySelector('[data-testid="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    http.expectNone('/api/v1/responses/r-1/submit');
    const panel = element().querySelector('[data-testid="confirm-panel"]') as HTMLElement;
    expect(textOf(panel.querySelector('h2'))).toBe('Selbsteinschätzung jetzt absenden?');
    (panel.querySelector('button') as HTMLButtonElement).click();
    const request = http.expectOne('/api/v1/responses/r-1/submit');
    expect(request.request.method).toBe('POST');
    request.flush({ ...complete, status: 'submitted', editable: false });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/selbsteinschaetzung/r-1/ergebnis');
    http.expectOne('/api/v1/responses/r-1/result');
    http.expectOne('/api/v1/responses/r-1/comparison');
    http.expectOne('/api/v1/responses/r-1');
  });

  it('lists what the server still misses when it refuses the submit (422)', async () => {
    await open(complete);
    (element().querySelector('[data-testid="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    (element().querySelector('[data-testid="confirm-panel"] button') as HTMLButtonElement).click();
    http.expectOne('/api/v1/responses/r-1/submit').flush(
      {
        statusCode: 422,
        code: 'UNPROCESSABLE',
        message: 'missing',
        errors: [{ field: 'A2', code: 'required', message: 'x' }],
      },
      { status: 422, statusText: 'Unprocessable' },
    );
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('[data-testid="submit-error"]'))).toBe(
      'Es fehlen noch Antworten auf Pflichtfragen.',
    );
    expect(textOf(element().querySelector('[data-testid="open-questions"] li'))).toBe(
      'A2 Wer steuert die Digitalisierung? – Bitte beantworten Sie diese Frage.',
    );
  });

  it('shows the result when the submit finds the response already submitted (an earlier attempt got through)', async () => {
    await open(complete);
    (element().querySelector('[data-testid="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    (element().querySelector('[data-testid="confirm-panel"] button') as HTMLButtonElement).click();
    http
      .expectOne('/api/v1/responses/r-1/submit')
      .flush(
        { statusCode: 409, code: 'RESPONSE_STATUS', message: 'The response is submitted.' },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/selbsteinschaetzung/r-1/ergebnis');
    http.expectOne('/api/v1/responses/r-1/result');
    http.expectOne('/api/v1/responses/r-1/comparison');
    http.expectOne('/api/v1/responses/r-1');
  });

  it('says when the response is already submitted', async () => {
    await open({ ...complete, status: 'submitted', editable: false });
    expect(textOf(element().querySelector('[data-testid="already-submitted"]'))).toBe(
      'Diese Selbsteinschätzung ist abgesendet.',
    );
  });
});
