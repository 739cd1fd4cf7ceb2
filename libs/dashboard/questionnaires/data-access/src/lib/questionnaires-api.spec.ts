import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { QuestionnaireSummary, QuestionnaireVersionStatus } from '@digitalcheck/shared-contracts';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { QuestionnairesApi, latestVersion, type QuestionnaireVersion } from './questionnaires-api';

const summary = (...versions: [number, QuestionnaireVersionStatus][]): QuestionnaireSummary => ({
  id: 'digitale-kommune',
  title: DIGITALE_KOMMUNE_V1.title,
  versions: versions.map(([version, status]) => ({
    version,
    status,
    title: DIGITALE_KOMMUNE_V1.title,
    publishedAt: null,
  })),
});

describe('QuestionnairesApi', () => {
  let api: QuestionnairesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(QuestionnairesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the questionnaires', () => {
    let result: unknown;
    api.list().subscribe((value) => (result = value));
    http.expectOne({ method: 'GET', url: '/api/v1/questionnaires' }).flush([summary([1, 'published'])]);
    expect(result).toEqual([summary([1, 'published'])]);
  });

  it('loads one version with its definition', () => {
    let result: QuestionnaireVersion | undefined;
    api.version('digitale-kommune', 1).subscribe((value) => (result = value));
    const body: QuestionnaireVersion = {
      questionnaireId: 'digitale-kommune',
      version: 1,
      status: 'published',
      title: DIGITALE_KOMMUNE_V1.title,
      contentHash: 'abc',
      createdAt: '2026-11-24T12:00:00.000Z',
      publishedAt: '2026-11-24T12:00:00.000Z',
      definition: DIGITALE_KOMMUNE_V1,
    };
    http.expectOne({ method: 'GET', url: '/api/v1/questionnaires/digitale-kommune/versions/1' }).flush(body);
    expect(result?.definition.sections[0].title).toBe('Stammdaten');
  });

  it('picks the newest published version, else the newest one', () => {
    expect(latestVersion(summary([1, 'published'], [3, 'draft'], [2, 'published']))?.version).toBe(2);
    expect(latestVersion(summary([1, 'draft']))?.version).toBe(1);
    expect(latestVersion(summary())).toBeNull();
  });

  it('imports a definition as JSON text', () => {
    let outcome = '';
    const definition = { id: 'digitale-kommune', version: 2, title: 'Entwurf' };
    api.importDefinition(definition).subscribe((value) => (outcome = `${value.outcome} v${value.version}`));
    const request = http.expectOne('/api/v1/questionnaires/import');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Content-Type')).toBe('application/json');
    expect(request.request.body).toBe('{"id":"digitale-kommune","version":2,"title":"Entwurf"}');
    request.flush({ outcome: 'created', questionnaireId: 'digitale-kommune', version: 2 });
    expect(outcome).toBe('created v2');
  });

  it('sends any JSON value unchanged, also one that is not an object', () => {
    api.importDefinition([1, null]).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/questionnaires/import' });
    expect(request.request.body).toBe('[1,null]');
    request.flush({ outcome: 'unchanged', questionnaireId: 'x', version: 1 });
  });

  it('publishes one version', () => {
    let outcome = '';
    api.publish('digitale-kommune', 2).subscribe((value) => (outcome = value.outcome));
    const request = http.expectOne('/api/v1/questionnaires/digitale-kommune/versions/2/publish');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBeNull();
    request.flush({ outcome: 'published', version: { questionnaireId: 'digitale-kommune', version: 2 } });
    expect(outcome).toBe('published');
  });

  it('loads the diff between two versions', () => {
    api.diff('digitale-kommune', 1, 2).subscribe();
    const request = http.expectOne('/api/v1/questionnaires/digitale-kommune/diff?from=1&to=2');
    expect(request.request.method).toBe('GET');
    request.flush({});
  });
});
