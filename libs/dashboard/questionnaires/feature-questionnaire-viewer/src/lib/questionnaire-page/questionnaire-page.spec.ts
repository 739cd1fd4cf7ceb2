import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { questionnaireRoutes } from '../questionnaire.routes';

describe('QuestionnairePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter(questionnaireRoutes), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

  async function open(): Promise<void> {
    await harness.navigateByUrl('/fragebogen');
    http.expectOne('/api/v1/questionnaires').flush([
      {
        id: 'digitale-kommune',
        title: DIGITALE_KOMMUNE_V1.title,
        versions: [
          {
            version: 1,
            status: 'published',
            title: DIGITALE_KOMMUNE_V1.title,
            publishedAt: '2026-11-24T12:00:00.000Z',
          },
          { version: 2, status: 'draft', title: DIGITALE_KOMMUNE_V1.title, publishedAt: null },
        ],
      },
    ]);
    http.expectOne('/api/v1/questionnaires/digitale-kommune/versions/1').flush({
      questionnaireId: 'digitale-kommune',
      version: 1,
      status: 'published',
      title: DIGITALE_KOMMUNE_V1.title,
      contentHash: 'abc',
      createdAt: '2026-11-24T12:00:00.000Z',
      publishedAt: '2026-11-24T12:00:00.000Z',
      definition: DIGITALE_KOMMUNE_V1,
    });
    await harness.fixture.whenStable();
  }

  it('shows title, version, explanation and the sections in order with a table of contents', async () => {
    await open();
    expect(text(element().querySelector('h1'))).toBe('Digitale Kommune – Standortbestimmung');
    expect(text(element().querySelector('[data-testid="questionnaire-version"]'))).toBe(
      'Version 1 · Status: veröffentlicht',
    );
    const explainer = text(element().querySelector('[data-testid="questionnaire-explainer"]'));
    expect(explainer).toContain('So wird gezählt');
    expect(explainer).toContain('mindestens 2/3 seines Gewichts');
    expect(explainer).toContain('Höchstens Reifegrad 3 ist erreichbar, außer wenn A1 = a oder b.');

    const toc = Array.from(element().querySelectorAll('nav a'));
    expect(toc.map((a) => text(a))).toEqual(DIGITALE_KOMMUNE_V1.sections.map((s) => s.title));
    expect(toc[3].getAttribute('href')).toBe('#abschnitt-VER');

    const administration = element().querySelector('#abschnitt-VER');
    expect(text(administration?.querySelector('h2'))).toBe('Kommunale Verwaltung');
    const facts = Array.from(administration?.querySelectorAll('.dc-section__facts li') ?? []).map((li) => text(li));
    expect(facts).toEqual(['Handlungsfeld', 'Gewicht im Index: 1']);
    expect(element().querySelector('#abschnitt-S .kern-badge')).toBeNull();
  });

  it('describes A1, A2 and A4', async () => {
    await open();
    const a1 = element().querySelector('[data-testid="question-A1"]');
    expect(text(a1?.querySelector('h3'))).toBe(
      'A1 Wie ist der Stand einer Digitalisierungsstrategie in Ihrer Kommune?',
    );
    expect(text(a1?.querySelector('dl'))).toContain('Einfachauswahl');
    expect(text(a1?.querySelector('dl'))).toContain('Gewicht 3');
    const options = Array.from(a1?.querySelectorAll('[data-testid="options-A1"] li') ?? []).map((li) => text(li));
    expect(options).toEqual([
      'a liegt vor und wird umgesetzt (1)',
      'b beschlossen, Umsetzung beginnt (0,75)',
      'c wird derzeit erarbeitet (0,5)',
      'd für die Zukunft geplant (0,25)',
      'e derzeit kein Thema (0)',
    ]);

    const a2 = text(element().querySelector('[data-testid="question-A2"] dl'));
    expect(a2).toContain('wird nicht gewertet');
    expect(a2).toContain('nur wenn A1 = a, b oder c');

    const a4 = element().querySelector('[data-testid="question-A4"]');
    expect(text(a4?.querySelector('.dc-question__help'))).toBe(
      'Vollzeitäquivalente; Teilzeitstellen anteilig (z. B. 0,5).',
    );
    expect(text(a4?.querySelector('dl'))).toContain('ab 0,5: 1');
  });

  it('says when no questionnaire exists', async () => {
    await harness.navigateByUrl('/fragebogen');
    http.expectOne('/api/v1/questionnaires').flush([]);
    await harness.fixture.whenStable();
    expect(text(element())).toContain('Es ist noch kein Fragebogen veröffentlicht.');
  });

  it('says when loading fails', async () => {
    await harness.navigateByUrl('/fragebogen');
    http.expectOne('/api/v1/questionnaires').flush(null, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(text(element().querySelector('[role="alert"]'))).toBe('Der Fragebogen konnte nicht geladen werden.');
  });
});
