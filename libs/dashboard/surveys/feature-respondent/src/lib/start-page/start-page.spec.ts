import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { draftResponse, openWave } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { WaveSummary } from '@digitalcheck/shared-contracts';
import { DEFINITION_URL, setUpRespondentPage, textOf, versionOf } from '../../testing/respondent-testing';

describe('StartPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

  beforeEach(async () => {
    ({ http, harness } = await setUpRespondentPage());
    await harness.navigateByUrl('/selbsteinschaetzung');
  });

  afterEach(() => http.verify());

  async function answer(waves: WaveSummary[], responseId: string | null): Promise<void> {
    http.expectOne('/api/v1/waves').flush(waves);
    if (waves.length === 0) return harness.fixture.whenStable();
    http
      .expectOne('/api/v1/waves/w-1/responses/mine')
      .flush([{ regionArs: '07137', responseId, status: responseId ? 'draft' : null }]);
    http.expectOne(DEFINITION_URL).flush(versionOf());
    if (responseId) http.expectOne(`/api/v1/responses/${responseId}`).flush(draftResponse);
    await harness.fixture.whenStable();
  }

  it('lists the wave with its deadline as a German date, its status and the progress of every section', async () => {
    await answer([openWave, { ...openWave, id: 'w-other', myRegions: [] }], 'r-1');
    expect(textOf(element().querySelector('h1'))).toBe('Selbsteinschätzung');
    const wave = element().querySelector('[data-testid="wave-w-1"]') as HTMLElement;
    expect(textOf(wave.querySelector('h2'))).toBe('Digitalcheck 2026');
    expect(textOf(wave.querySelector('[data-testid="wave-deadline"]'))).toBe('30.06.2026');
    expect(textOf(wave.querySelector('[data-testid="wave-status"]'))).toBe('läuft');
    expect(textOf(wave.querySelector('h3'))).toBe('Landkreis Mayen-Koblenz');
    expect(Array.from(wave.querySelectorAll('[data-testid="progress"] li')).map((li) => textOf(li))).toEqual([
      'Strategie: 2 von 4 beantwortet',
      'Verwaltung: 0 von 3 beantwortet',
    ]);
    expect(element().querySelector('[data-testid="wave-w-other"]')).toBeNull();
  });

  it('"Fortsetzen" leads to the first section with open questions', async () => {
    await answer([openWave], 'r-1');
    const link = Array.from(element().querySelectorAll('a')).find((a) => textOf(a) === 'Fortsetzen');
    expect(link?.getAttribute('href')).toBe('/selbsteinschaetzung/r-1/abschnitt/A');
  });

  it('"Fortsetzen" leads to where the response was left off, not back to a question skipped earlier', async () => {
    http.expectOne('/api/v1/waves').flush([openWave]);
    http
      .expectOne('/api/v1/waves/w-1/responses/mine')
      .flush([{ regionArs: '07137', responseId: 'r-1', status: 'draft' }]);
    http.expectOne(DEFINITION_URL).flush(versionOf());
    http.expectOne('/api/v1/responses/r-1').flush({
      ...draftResponse,
      answers: {
        ...draftResponse.answers,
        B1: { value: 'keinThema', version: 1, savedAt: '2026-03-11T08:00:00.000Z', savedBy: 'Mia Mayen' },
      },
      progress: {
        ...draftResponse.progress,
        sections: [
          { section: 'A', answered: 2, visible: 4, share: 0.5 },
          { section: 'B', answered: 1, visible: 3, share: 1 / 3 },
        ],
      },
    });
    await harness.fixture.whenStable();
    const link = Array.from(element().querySelectorAll('a')).find((a) => textOf(a) === 'Fortsetzen');
    expect(link?.getAttribute('href')).toBe('/selbsteinschaetzung/r-1/abschnitt/B');
  });

  it('"Beginnen" opens the response (get-or-create) and goes to the first section', async () => {
    await answer([openWave], null);
    expect(textOf(element().querySelector('[data-testid="region-07137"] h3'))).toBe(
      'Landkreis Ahrweiler'.length ? '07137' : '',
    );
    const begin = Array.from(element().querySelectorAll('button')).find((b) => textOf(b) === 'Beginnen');
    begin?.click();
    const request = http.expectOne('/api/v1/waves/w-1/regions/07137/response');
    expect(request.request.method).toBe('POST');
    request.flush(draftResponse);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/selbsteinschaetzung/r-1/abschnitt/A');
    http.expectOne('/api/v1/responses/r-1');
  });

  it('says when there is no wave for the region', async () => {
    await answer([], null);
    expect(textOf(element().querySelector('[data-testid="no-waves"]'))).toBe(
      'Für Ihre Kommune gibt es zurzeit keine Befragung.',
    );
  });
});
