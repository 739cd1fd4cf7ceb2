import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { draftResponse, surveyDefinition } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { DEFINITION_URL, setUpRespondentPage, textOf, tick, versionOf } from '../../testing/respondent-testing';

const saved = (code: string, value: unknown, version: number) => ({
  questionCode: code,
  value,
  version,
  savedAt: '2026-03-11T10:00:00.000Z',
  savedBy: 'Kai Kreis',
});

describe('SectionPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const element = () => harness.routeNativeElement as HTMLElement;
  const saveState = () => textOf(element().querySelector('[data-testid="save-state"]'));
  const shown = () => Array.from(element().querySelectorAll('dc-question-field')).map((q) => q.id);
  const input = (id: string) => element().querySelector(`#${id}`) as HTMLInputElement;

  async function open(section: string, response = draftResponse, definition = surveyDefinition): Promise<void> {
    ({ http, harness } = await setUpRespondentPage());
    await harness.navigateByUrl(`/selbsteinschaetzung/r-1/abschnitt/${section}`);
    http.expectOne('/api/v1/responses/r-1').flush(response);
    http.expectOne(DEFINITION_URL).flush(versionOf(definition));
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the section with its position, progress, saved answers and "Gespeichert"', async () => {
    await open('A');
    expect(textOf(element().querySelector('h1'))).toBe('Strategie');
    expect(textOf(element().querySelector('.kern-preline'))).toBe('Digitalcheck 2026 · Landkreis Mayen-Koblenz');
    expect(textOf(element().querySelector('[data-testid="section-step"]'))).toBe(
      'Abschnitt 1 von 2 · 2 von 4 beantwortet',
    );
    expect(shown()).toEqual(['frage-A1', 'frage-A2', 'frage-A3', 'frage-A4']);
    expect(input('q-A1-ja').checked).toBe(true);
    expect(element().querySelector('[data-testid="save-state"]')?.getAttribute('role')).toBe('status');
    expect(saveState()).toBe('Gespeichert');
    const links = Array.from(element().querySelectorAll('.dc-pager a')).map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Zurück zur Übersicht', '/selbsteinschaetzung'],
      ['Weiter', '/selbsteinschaetzung/r-1/abschnitt/B'],
    ]);
  });

  it('saves a change: "Wird gespeichert …" until the server answers, then "Gespeichert"', async () => {
    await open('A');
    input('q-A1-nein').click();
    await harness.fixture.whenStable();
    expect(saveState()).toBe('Wird gespeichert …');
    await tick();
    const request = http.expectOne('/api/v1/responses/r-1/answers/A1');
    expect(request.request.body).toEqual(expect.objectContaining({ value: 'nein', baseVersion: 2 }));
    request.flush(saved('A1', 'nein', 3));
    await harness.fixture.whenStable();
    expect(saveState()).toBe('Gespeichert');
  });

  it('says "Nicht gespeichert – neuer Versuch …" while retrying and warns before the tab is closed', async () => {
    await open('A');
    input('q-A2-b').click();
    await tick();
    http.expectOne('/api/v1/responses/r-1/answers/A2').error(new ProgressEvent('error'), { status: 0 });
    await harness.fixture.whenStable();
    expect(saveState()).toBe('Nicht gespeichert – neuer Versuch …');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await tick();
    http.expectOne('/api/v1/responses/r-1/answers/A2').flush(saved('A2', 'b', 2));
    await harness.fixture.whenStable();
    expect(saveState()).toBe('Gespeichert');
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('hides a question while its condition is false and shows it when the answer makes it true', async () => {
    await open('B');
    expect(shown()).toEqual(['frage-B1', 'frage-B3', 'frage-B4']);
    input('q-B1-teilweise').click();
    await harness.fixture.whenStable();
    expect(shown()).toEqual(['frage-B1', 'frage-B2', 'frage-B3', 'frage-B4']);
    await tick();
    http.expectOne('/api/v1/responses/r-1/answers/B1').flush(saved('B1', 'teilweise', 1));
    const links = Array.from(element().querySelectorAll('.dc-pager a')).map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Zurück', '/selbsteinschaetzung/r-1/abschnitt/A'],
      ['Weiter zum Prüfen und Absenden', '/selbsteinschaetzung/r-1/pruefen'],
    ]);
  });

  it('links to the review from every section of an editable response', async () => {
    await open('A');
    const review = element().querySelector('[data-testid="toc-review"]');
    expect([textOf(review), review?.getAttribute('href')]).toEqual([
      'Prüfen und Absenden',
      '/selbsteinschaetzung/r-1/pruefen',
    ]);
  });

  it('shows a German message tied to the field for a number out of range and does not send it', async () => {
    await open('B');
    input('q-B1-vollstaendig').click();
    await tick();
    http.expectOne('/api/v1/responses/r-1/answers/B1').flush(saved('B1', 'vollstaendig', 1));
    await harness.fixture.whenStable();
    const field = input('q-B2');
    field.value = '51';
    field.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    await tick();
    http.expectNone('/api/v1/responses/r-1/answers/B2');
    expect(textOf(element().querySelector('#q-B2-fehler'))).toBe('Die Zahl darf nicht größer als 50 sein.');
    expect(field.getAttribute('aria-describedby')).toContain('q-B2-fehler');
    field.value = '4';
    field.dispatchEvent(new Event('input'));
    await tick();
    expect(http.expectOne('/api/v1/responses/r-1/answers/B2').request.body.value).toBe(4);
    await harness.fixture.whenStable();
    expect(element().querySelector('#q-B2-fehler')).toBeNull();
  });

  it('says "Nicht gespeichert" while an entry is refused in place and warns before the tab is closed', async () => {
    await open('B');
    input('q-B1-vollstaendig').click();
    await tick();
    http.expectOne('/api/v1/responses/r-1/answers/B1').flush(saved('B1', 'vollstaendig', 1));
    await harness.fixture.whenStable();
    const field = input('q-B2');
    field.value = '51';
    field.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    expect(saveState()).toBe('Nicht gespeichert – bitte prüfen Sie die markierten Antworten.');
    expect(element().querySelector('[data-testid="save-state"]')?.getAttribute('data-state')).toBe('failed');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    field.value = '5';
    field.dispatchEvent(new Event('input'));
    await tick();
    http.expectOne('/api/v1/responses/r-1/answers/B2').flush(saved('B2', 5, 1));
    await harness.fixture.whenStable();
    expect(saveState()).toBe('Gespeichert');
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  describe('prefill', () => {
    /** Stammdaten as in the default questionnaire: S1 from the account, S3 from the reference data. */
    const withMasterData: QuestionnaireDefinition = {
      ...surveyDefinition,
      sections: [
        {
          code: 'S',
          title: 'Stammdaten',
          weight: 0,
          fieldOfAction: false,
          countsInIndex: false,
          questions: [
            {
              code: 'S1',
              type: 'text',
              text: 'Für welche Gebietskörperschaft füllen Sie den Fragebogen aus?',
              required: true,
              scored: false,
              format: 'ars',
              prefill: 'regionArs',
            },
            {
              code: 'S3',
              type: 'number',
              text: 'Einwohnerzahl',
              required: true,
              scored: false,
              min: 1,
              integer: true,
              askReferenceDate: true,
              prefill: 'referencePopulation',
            },
          ],
        },
        ...surveyDefinition.sections,
      ],
    };
    const region = (population: number | null) => ({
      ars: '07137',
      name: 'Mayen-Koblenz',
      population,
      populationDate: population === null ? null : '2018-12-31',
    });

    it('gives never answered questions the region key and the reference population with its date, and saves them', async () => {
      await open('S', draftResponse, withMasterData);
      http.expectOne('/api/v1/regions/07137').flush(region(214_259));
      await harness.fixture.whenStable();
      expect(input('q-S1').value).toBe('071370000000');
      expect(input('q-S3').value).toBe('214.259');
      expect(input('q-S3-stichtag').value).toBe('2018-12-31');
      await tick();
      const s1 = http.expectOne('/api/v1/responses/r-1/answers/S1');
      const s3 = http.expectOne('/api/v1/responses/r-1/answers/S3');
      expect(s1.request.body).toEqual(expect.objectContaining({ value: '071370000000', baseVersion: 0 }));
      expect(s3.request.body).toEqual(
        expect.objectContaining({ value: { value: 214_259, referenceDate: '2018-12-31' }, baseVersion: 0 }),
      );
      s1.flush(saved('S1', '071370000000', 1));
      s3.flush(saved('S3', { value: 214_259, referenceDate: '2018-12-31' }, 1));
      await harness.fixture.whenStable();
      expect(saveState()).toBe('Gespeichert');
    });

    it('leaves answered and cleared questions alone', async () => {
      await open(
        'S',
        {
          ...draftResponse,
          answers: {
            S1: { value: null, version: 2, savedAt: '2026-03-10T09:00:00.000Z', savedBy: 'Mia Mayen' },
            S3: { value: 210_000, version: 1, savedAt: '2026-03-10T09:00:00.000Z', savedBy: 'Mia Mayen' },
          },
        },
        withMasterData,
      );
      await tick();
      http.expectNone('/api/v1/regions/07137');
      http.expectNone(() => true);
      expect(input('q-S1').value).toBe('');
      expect(input('q-S3').value).toBe('210.000');
    });

    it('prefills only what is known: no population, no S3', async () => {
      await open('S', draftResponse, withMasterData);
      http.expectOne('/api/v1/regions/07137').flush(region(null));
      await tick();
      http.expectOne('/api/v1/responses/r-1/answers/S1').flush(saved('S1', '071370000000', 1));
      http.expectNone('/api/v1/responses/r-1/answers/S3');
      await harness.fixture.whenStable();
      expect(input('q-S3').value).toBe('');
    });

    it('does not prefill a response that cannot be changed', async () => {
      await open('S', { ...draftResponse, status: 'submitted', editable: false }, withMasterData);
      await tick();
      http.expectNone(() => true);
      expect(input('q-S1').value).toBe('');
    });
  });

  describe('conflict', () => {
    async function conflict(): Promise<void> {
      await open('A');
      input('q-A1-nein').click();
      await tick();
      http.expectOne('/api/v1/responses/r-1/answers/A1').flush(
        {
          statusCode: 409,
          code: 'ANSWER_CONFLICT',
          message: 'changed',
          conflict: {
            current: { value: 'weissNicht', version: 3, savedAt: '2026-03-11T09:30:00.000Z', savedBy: 'Max Koblenz' },
          },
        },
        { status: 409, statusText: 'Conflict' },
      );
      await harness.fixture.whenStable();
    }

    const panel = () => element().querySelector('[data-testid="conflict-A1"]');

    it('shows both values with who saved the other one and when', async () => {
      await conflict();
      expect(saveState()).toBe('Nicht gespeichert – eine Antwort wurde inzwischen von jemand anderem geändert.');
      expect(textOf(panel()?.querySelector('h2'))).toBe('Frage A1: Diese Antwort wurde inzwischen geändert');
      expect(textOf(panel()?.querySelector('[data-testid="conflict-mine"]'))).toBe('Nein');
      expect(textOf(panel()?.querySelector('[data-testid="conflict-theirs"]'))).toBe('Weiß nicht');
      expect(textOf(panel()?.querySelectorAll('dt')[1])).toMatch(
        /^Gespeichert von Max Koblenz am 11\.03\.2026, \d\d:30 Uhr$/,
      );
    });

    it('keeping the saved answer updates the form and sends nothing', async () => {
      await conflict();
      (panel()?.querySelectorAll('button')[1] as HTMLButtonElement).click();
      await harness.fixture.whenStable();
      expect(input('q-A1-weissNicht').checked).toBe(true);
      expect(panel()).toBeNull();
      expect(saveState()).toBe('Gespeichert');
      await tick();
      http.expectNone('/api/v1/responses/r-1/answers/A1');
    });

    it('keeping one’s own answer sends it again on top of the saved version', async () => {
      await conflict();
      (panel()?.querySelectorAll('button')[0] as HTMLButtonElement).click();
      const request = http.expectOne('/api/v1/responses/r-1/answers/A1');
      expect(request.request.body).toEqual(expect.objectContaining({ value: 'nein', baseVersion: 3 }));
      request.flush(saved('A1', 'nein', 4));
      await harness.fixture.whenStable();
      expect(panel()).toBeNull();
      expect(input('q-A1-nein').checked).toBe(true);
      expect(saveState()).toBe('Gespeichert');
    });
  });

  it('focuses the first control of the question named in the fragment (link from the review page)', async () => {
    ({ http, harness } = await setUpRespondentPage());
    await harness.navigateByUrl('/selbsteinschaetzung/r-1/abschnitt/B#frage-B4');
    http.expectOne('/api/v1/responses/r-1').flush(draftResponse);
    http.expectOne(DEFINITION_URL).flush(versionOf());
    await harness.fixture.whenStable();
    await tick();
    expect(document.activeElement?.id).toBe('q-B4-geld-1');
  });

  it('shows a submitted response read-only', async () => {
    await open('A', { ...draftResponse, status: 'submitted', editable: false });
    expect(textOf(element().querySelector('[data-testid="read-only"]'))).toContain('kann nicht mehr geändert werden');
    expect(input('q-A1-ja').disabled).toBe(true);
    expect(saveState()).toBe('');
    expect(element().querySelector('[data-testid="toc-review"]')).toBeNull();
  });
});
