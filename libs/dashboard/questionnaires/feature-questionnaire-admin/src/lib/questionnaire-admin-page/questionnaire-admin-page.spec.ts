import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { QuestionnaireSummary } from '@digitalcheck/shared-contracts';
import type { DefinitionDiff } from '@digitalcheck/shared-scoring';
import { QuestionnaireAdminPage } from './questionnaire-admin-page';

const TITLE = 'Digitale Kommune – Standortbestimmung';
const list: QuestionnaireSummary[] = [
  {
    id: 'digitale-kommune',
    title: TITLE,
    versions: [
      { version: 1, status: 'published', title: TITLE, publishedAt: '2026-11-24T12:00:00.000Z' },
      { version: 2, status: 'draft', title: TITLE, publishedAt: null },
    ],
  },
];

describe('QuestionnaireAdminPage', () => {
  let fixture: ComponentFixture<QuestionnaireAdminPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuestionnaireAdminPage);
    http.expectOne({ method: 'GET', url: '/api/v1/questionnaires' }).flush(list);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => fixture.nativeElement as HTMLElement;
  const $ = (selector: string) => element().querySelector<HTMLElement>(selector);
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const rows = (selector: string) =>
    Array.from(element().querySelectorAll(`${selector} tbody tr`)).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
  const publishButton = () => $('#dc-publish-digitale-kommune-2') as HTMLButtonElement;

  async function choose(content: string, name = 'definition.json'): Promise<void> {
    const input = $('#dc-definition-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  /** The file is read asynchronously (FileReader) before the request goes out. */
  async function submitAndExpect(url: string): Promise<TestRequest> {
    $('[data-testid="import-submit"]')?.click();
    for (let attempt = 0; attempt < 50; attempt++) {
      // match() takes the requests it finds, so exactly one must come back.
      const found = http.match(url);
      if (found.length > 0) {
        expect(found.length).toBe(1);
        return found[0];
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return http.expectOne(url);
  }

  async function submitAndSettle(): Promise<void> {
    $('[data-testid="import-submit"]')?.click();
    for (let attempt = 0; attempt < 20 && !$('[data-testid="import-problem"]'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await fixture.whenStable();
    }
  }

  it('lists the versions newest first with their status in words; only drafts can be published', () => {
    expect(element().querySelectorAll('h1').length).toBe(1);
    expect(text($('h1'))).toBe('Fragebögen verwalten');
    expect(text($('[data-testid="questionnaire-digitale-kommune"] h3'))).toBe(`${TITLE} digitale-kommune`);
    expect(rows('[data-testid="versions"]').map((row) => row.slice(0, 3))).toEqual([
      ['v2', TITLE, 'Entwurf'],
      ['v1', TITLE, 'veröffentlicht'],
    ]);
    expect(text($('[data-testid="versions"] tbody tr:first-child td:nth-of-type(3) .kern-sr-only'))).toBe(
      'nicht veröffentlicht',
    );
    expect(text($('[data-testid="versions"] tbody tr:last-child time'))).toBe('24.11.2026');
    const buttons = Array.from(element().querySelectorAll('[data-testid="versions"] button')).map((b) => text(b));
    expect(buttons).toEqual(['Veröffentlichen: Version 2', 'Änderungen zu v1']);
  });

  it('asks before publishing; "Abbrechen" sends nothing and returns the focus to the button', async () => {
    publishButton().click();
    await fixture.whenStable();
    const panel = $('[data-testid="publish-confirm"]');
    expect(text(panel?.querySelector('h4'))).toBe(`Version 2 von „${TITLE}“ veröffentlichen?`);
    expect(text(panel)).toContain('Eine veröffentlichte Version kann nie mehr geändert werden.');
    expect(document.activeElement).toBe(panel);

    const cancel = Array.from(panel?.querySelectorAll('button') ?? []).find((b) => text(b) === 'Abbrechen');
    cancel?.click();
    await fixture.whenStable();
    expect($('[data-testid="publish-confirm"]')).toBeNull();
    expect(document.activeElement).toBe(publishButton());
    http.expectNone('/api/v1/questionnaires/digitale-kommune/versions/2/publish');
  });

  it('cancels the confirmation with Escape', async () => {
    publishButton().click();
    await fixture.whenStable();
    $('[data-testid="publish-confirm"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect($('[data-testid="publish-confirm"]')).toBeNull();
  });

  it('publishes after the confirmation, announces it and reloads the list', async () => {
    publishButton().click();
    await fixture.whenStable();
    $('[data-testid="publish-confirm-button"]')?.click();
    const request = http.expectOne('/api/v1/questionnaires/digitale-kommune/versions/2/publish');
    expect(request.request.method).toBe('POST');
    request.flush({ outcome: 'published', version: { questionnaireId: 'digitale-kommune', version: 2 } });
    const published: QuestionnaireSummary[] = JSON.parse(JSON.stringify(list));
    published[0].versions[1] = {
      ...published[0].versions[1],
      status: 'published',
      publishedAt: '2026-12-01T09:00:00Z',
    };
    http.expectOne('/api/v1/questionnaires').flush(published);
    await fixture.whenStable();

    const status = $('[data-testid="admin-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(text(status)).toBe(`Version 2 von „${TITLE}“ ist veröffentlicht.`);
    expect(document.activeElement).toBe(status?.querySelector('.kern-alert'));
    expect($('[data-testid="publish-confirm"]')).toBeNull();
    expect(rows('[data-testid="versions"]')[0].slice(0, 3)).toEqual(['v2', TITLE, 'veröffentlicht']);
    expect(element().querySelectorAll('[data-testid="versions"] button').length).toBe(0);
  });

  it('shows an error when publishing fails', async () => {
    publishButton().click();
    await fixture.whenStable();
    $('[data-testid="publish-confirm-button"]')?.click();
    http
      .expectOne('/api/v1/questionnaires/digitale-kommune/versions/2/publish')
      .flush({ statusCode: 404, code: 'NOT_FOUND', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    const alert = $('[data-testid="admin-action-error"]');
    expect(text(alert)).toBe('Diese Version gibt es nicht mehr. Bitte laden Sie die Seite neu.');
    expect(document.activeElement).toBe(alert);
  });

  it('imports a definition file as parsed JSON and reports the outcome', async () => {
    const input = $('#dc-definition-file') as HTMLInputElement;
    expect(text($('label[for="dc-definition-file"]'))).toBe('Definition (JSON-Datei)');
    expect(input.getAttribute('aria-describedby')).toBe('dc-definition-file-hint');
    await choose('{ "id": "digitale-kommune", "version": 2 }');

    const request = await submitAndExpect('/api/v1/questionnaires/import');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe('{"id":"digitale-kommune","version":2}');
    request.flush({ outcome: 'created', questionnaireId: 'digitale-kommune', version: 2 });
    http.expectOne('/api/v1/questionnaires').flush(list);
    await fixture.whenStable();

    const status = $('[data-testid="admin-status"]');
    expect(text(status)).toBe('„digitale-kommune“ wurde als Entwurf v2 importiert.');
    expect(document.activeElement).toBe(status?.querySelector('.kern-alert'));
  });

  it.each([
    ['replaced', 'Der Entwurf v2 von „digitale-kommune“ wurde ersetzt.'],
    ['unchanged', 'Die Definition ist unverändert: „digitale-kommune“ v2 bleibt, wie sie ist.'],
  ])('reports the outcome %s', async (outcome, message) => {
    await choose('{}');
    const request = await submitAndExpect('/api/v1/questionnaires/import');
    request.flush({ outcome, questionnaireId: 'digitale-kommune', version: 2 });
    http.expectOne('/api/v1/questionnaires').flush(list);
    await fixture.whenStable();
    expect(text($('[data-testid="admin-status"]'))).toBe(message);
  });

  it('asks for a file when none is chosen', async () => {
    await submitAndSettle();
    const summary = $('[data-testid="import-problem"]');
    expect(text(summary?.querySelector('.kern-title'))).toBe('Bitte wählen Sie eine JSON-Datei aus.');
    expect(document.activeElement).toBe(summary);
    const input = $('#dc-definition-file');
    expect(input?.getAttribute('aria-describedby')).toBe('dc-definition-file-hint dc-definition-file-error');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
  });

  it('names line and column of invalid JSON and sends nothing', async () => {
    await choose('{\n  "id": "x",\n}');
    await submitAndSettle();
    http.expectNone('/api/v1/questionnaires/import');

    const summary = $('[data-testid="import-problem"]');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(text(summary?.querySelector('.kern-title'))).toBe(
      'Die Datei enthält kein gültiges JSON: Fehler in Zeile 3, Spalte 1.',
    );
    expect(text($('[data-testid="import-problem-detail"]'))).toMatch(/^Meldung des Parsers: .*position 15/);
    expect(text($('#dc-definition-file-error'))).toBe(
      'Die Datei enthält kein gültiges JSON: Fehler in Zeile 3, Spalte 1.',
    );
    expect($('#dc-definition-file')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(summary);
  });

  it('shows the validation report as a table with its count', async () => {
    await choose('{"id":"digitale-kommune"}');
    const request = await submitAndExpect('/api/v1/questionnaires/import');
    request.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        errors: [
          { field: '/sections/0/questions/3/options', code: 'minItems', message: 'must have at least 2 options' },
          { field: '/title', code: 'required', message: "must have required property 'title'" },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const summary = $('[data-testid="import-problem"]');
    expect(text(summary?.querySelector('.kern-title'))).toBe(
      'Die Definition enthält 2 Fehler und wurde nicht importiert.',
    );
    expect(rows('[data-testid="validation-errors"]')).toEqual([
      ['/sections/0/questions/3/options', 'minItems', 'must have at least 2 options'],
      ['/title', 'required', "must have required property 'title'"],
    ]);
    expect(Array.from(summary?.querySelectorAll('thead th') ?? []).map((th) => text(th))).toEqual([
      'Pfad',
      'Code',
      'Meldung',
    ]);
    expect(document.activeElement).toBe(summary);
    const input = $('#dc-definition-file');
    expect(input?.getAttribute('aria-describedby')).toBe('dc-definition-file-hint dc-import-problem');
    expect(input?.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the changes of a draft against its predecessor', async () => {
    const toggle = $('#dc-diff-digitale-kommune-2') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    const diff: DefinitionDiff = {
      older: { id: 'digitale-kommune', version: 1 },
      newer: { id: 'digitale-kommune', version: 2 },
      questions: [
        { code: 'A1', status: 'unchanged', changes: [], older: null, newer: null },
        { code: 'A2', status: 'changed', changes: ['text', 'options'], older: null, newer: null },
        { code: 'A9', status: 'added', changes: [], older: null, newer: null },
      ],
      sections: [{ code: 'S', status: 'changed', changes: ['questions'], older: null, newer: null }],
      scoring: ['gate'],
      indicators: [],
      indexDependsOn: [],
    };
    http
      .expectOne('/api/v1/questionnaires/digitale-kommune/diff?from=1&to=2')
      .flush({ questionnaireId: 'digitale-kommune', from: 1, to: 2, diff, comparableQuestions: ['A1'] });
    await fixture.whenStable();

    const panel = $('[data-testid="diff"]');
    expect(text(panel?.querySelector('h4'))).toBe('Änderungen von v1 zu v2');
    expect(Array.from(panel?.querySelectorAll('[data-testid="diff-lines"] li') ?? []).map((li) => text(li))).toEqual([
      'Fragen: 1 neu, 0 entfernt, 1 geändert',
      'Abschnitte: 0 neu, 0 entfernt, 1 geändert',
      'Wertungsregeln geändert: gate',
      'Vergleichbare Fragen: 1',
    ]);
    expect(rows('[data-testid="diff-questions"]')).toEqual([
      ['A2', 'geändert', 'text, options'],
      ['A9', 'neu', ''],
    ]);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(panel);
  });
});
