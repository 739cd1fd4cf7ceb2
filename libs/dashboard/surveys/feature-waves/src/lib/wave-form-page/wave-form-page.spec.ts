import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { adminUser } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { managedWaveDetail, waveParticipation } from '@digitalcheck/dashboard-surveys-data-access/testing';
import { ahrweiler, rheinlandPfalz, saarland } from '@digitalcheck/dashboard-regions-data-access/testing';
import type { RegionSummary, WaveDetail } from '@digitalcheck/shared-contracts';
import { fakeToday } from '../../testing/clock';
import { click, questionnaireList, setUpWavesPage, textOf, type } from '../../testing/waves-testing';

const scheduled: WaveDetail = {
  ...managedWaveDetail,
  id: 'w-2',
  title: 'Nachbefragung 2026',
  status: 'scheduled',
  startsAt: '2026-09-01T08:00:00.000Z',
  endsAt: '2026-10-31T23:00:00.000Z',
};

function page<T>(items: T[], total = items.length) {
  return { items, total, offset: 0, limit: 10 };
}

function waveError(status: number, code: string, errors?: { field: string; code: string; message: string }[]) {
  return [
    { statusCode: status, code, message: code, ...(errors ? { errors } : {}) },
    { status, statusText: code },
  ] as const;
}

describe('WaveFormPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const errorOf = (id: string) => textOf(element().querySelector(`#${id}-error`));

  beforeEach(() => fakeToday(new Date('2026-02-15T10:00:00.000Z')));
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  /** The region counts of the analyst's Land: 36 Kreise, 129 Verbandsgemeinden, no Gemeinden. */
  function flushCounts(land = '07'): void {
    const totals: Record<string, number> = { KREIS: 36, GEMEINDEVERBAND: 129, GEMEINDE: 0 };
    for (const level of Object.keys(totals)) {
      http
        .expectOne(
          (r) =>
            r.url === '/api/v1/regions' &&
            r.params.get('level') === level &&
            r.params.get('land') === land &&
            r.params.get('limit') === '1',
        )
        .flush(page([], totals[level]));
    }
  }

  async function openNew(): Promise<void> {
    ({ http, harness } = await setUpWavesPage());
    await harness.navigateByUrl('/verwaltung/befragungen/neu');
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    flushCounts();
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    click(element(), '[data-testid="wave-submit"]');
    await harness.fixture.whenStable();
  }

  function fill(values: { title?: string; startsAt?: string; endsAt?: string }): void {
    if (values.title !== undefined) type(element(), '#dc-wave-title', values.title);
    if (values.startsAt !== undefined) type(element(), '#dc-wave-starts', values.startsAt);
    if (values.endsAt !== undefined) type(element(), '#dc-wave-ends', values.endsAt);
  }

  it('offers published versions and the levels of the analyst’s Land with their counts', async () => {
    await openNew();
    expect(textOf(element().querySelector('h1'))).toBe('Neue Befragung');
    const select = element().querySelector('#dc-wave-questionnaire') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual(['Digitale Kommune, Version 1']);
    expect(select.value).toBe('digitale-kommune@1');
    expect(element().querySelector('#dc-wave-land')).toBeNull();
    expect(Array.from(element().querySelectorAll('[data-testid="wave-levels"] label')).map((l) => textOf(l))).toEqual([
      'alle Kreise in Rheinland-Pfalz (36)',
      'alle Verbandsgemeinden in Rheinland-Pfalz (129)',
    ]);
  });

  it('checks the form before sending and ties every message to its field', async () => {
    await openNew();
    await submit();
    http.expectNone('/api/v1/waves');
    const summary = element().querySelector('[data-testid="error-summary"]') as HTMLElement;
    expect(textOf(summary.querySelector('.kern-title'))).toBe('Bitte prüfen Sie Ihre Eingaben.');
    expect(Array.from(summary.querySelectorAll('a')).map((a) => [a.getAttribute('href'), textOf(a)])).toEqual([
      ['#dc-wave-title', 'Bitte geben Sie einen Titel ein (höchstens 200 Zeichen).'],
      ['#dc-wave-regions', 'Bitte wählen Sie mindestens eine Ebene oder eine einzelne Region aus.'],
      ['#dc-wave-starts', 'Bitte geben Sie den Beginn als Datum ein, zum Beispiel 01.03.2026.'],
      ['#dc-wave-ends', 'Bitte geben Sie das Ende als Datum ein, zum Beispiel 30.06.2026.'],
    ]);
    const title = element().querySelector('#dc-wave-title') as HTMLInputElement;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('dc-wave-title-hint dc-wave-title-error');
    expect(errorOf('dc-wave-title')).toBe('Bitte geben Sie einen Titel ein (höchstens 200 Zeichen).');
    expect(element().querySelector('#dc-wave-regions')?.getAttribute('aria-describedby')).toBe(
      'dc-wave-regions-hint dc-wave-regions-error',
    );
    expect(element().querySelector('#dc-wave-questionnaire')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('wants real dates, a start from today on and an end not before the start', async () => {
    await openNew();
    click(element(), '#dc-wave-level-KREIS');
    fill({ title: 'Digitalcheck 2026', startsAt: '2026-03-01', endsAt: '31.02.2026' });
    await submit();
    expect(errorOf('dc-wave-starts')).toBe('Bitte geben Sie den Beginn als Datum ein, zum Beispiel 01.03.2026.');
    expect(errorOf('dc-wave-ends')).toBe('Bitte geben Sie das Ende als Datum ein, zum Beispiel 30.06.2026.');
    fill({ startsAt: '14.02.2026', endsAt: '30.06.2026' });
    await submit();
    expect(errorOf('dc-wave-starts')).toBe('Der Beginn darf nicht vor heute liegen.');
    expect(errorOf('dc-wave-ends')).toBeUndefined();
    fill({ startsAt: '01.03.2026', endsAt: '28.02.2026' });
    await submit();
    expect(errorOf('dc-wave-starts')).toBeUndefined();
    expect(errorOf('dc-wave-ends')).toBe('Das Ende darf nicht vor dem Beginn liegen.');
    expect(errorOf('dc-wave-title')).toBeUndefined();
    expect(errorOf('dc-wave-regions')).toBeUndefined();
    http.expectNone('/api/v1/waves');
  });

  it('creates the wave for all Kreise of the Land from the first to the end of the last day', async () => {
    await openNew();
    click(element(), '#dc-wave-level-KREIS');
    fill({ title: '  Digitalcheck 2026 ', startsAt: '15.02.2026', endsAt: '30.6.2026' });
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/waves' });
    expect(request.request.body).toEqual({
      title: 'Digitalcheck 2026',
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      selectors: [{ landArs: '07', level: 'KREIS' }],
      startsAt: new Date(2026, 1, 15).toISOString(),
      endsAt: new Date(2026, 6, 1).toISOString(),
    });
    request.flush(managedWaveDetail);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/verwaltung/befragungen/w-1');
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    http.expectOne('/api/v1/waves/w-1').flush(managedWaveDetail);
    await harness.fixture.whenStable();
    http.expectOne('/api/v1/waves/w-1/participation').flush(waveParticipation);
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('[data-testid="wave-notice"]'))).toBe('Die Befragung ist angelegt.');
  });

  it('adds single regions with the picker, only below Land level and in the analyst’s Land', async () => {
    await openNew();
    const combobox = element().querySelector('[role="combobox"]') as HTMLInputElement;
    combobox.value = 'Ah';
    combobox.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const search = http.expectOne((r) => r.url === '/api/v1/regions' && r.params.get('q') === 'Ah');
    const inSaarland: RegionSummary = { ...ahrweiler, ars: '10041', name: 'Ahrland', landArs: '10' };
    search.flush(page([rheinlandPfalz, ahrweiler, saarland, inSaarland]));
    await harness.fixture.whenStable();
    const options = Array.from(element().querySelectorAll('[role="option"]'));
    expect(options.map((o) => textOf(o))).toEqual(['Ahrweiler Landkreis · 07131']);
    options[0].dispatchEvent(new MouseEvent('mousedown'));
    await harness.fixture.whenStable();
    const chosen = element().querySelector('[data-testid="single-regions"] li') as HTMLElement;
    expect(textOf(chosen.querySelector('span'))).toBe('Ahrweiler (07131)');
    expect(textOf(chosen.querySelector('button'))).toBe('Entfernen: Ahrweiler');
    fill({ title: 'Nur Ahrweiler', startsAt: '01.03.2026', endsAt: '31.03.2026' });
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/waves' });
    expect(request.request.body.regionArs).toEqual(['07131']);
    expect(request.request.body.selectors).toBeUndefined();
    request.flush(...waveError(403, 'FORBIDDEN'));
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('[data-testid="error-summary"] .kern-title'))).toBe(
      'Dafür fehlt Ihnen die Berechtigung.',
    );
  });

  it('shows the server’s field errors at their fields', async () => {
    await openNew();
    click(element(), '#dc-wave-level-GEMEINDEVERBAND');
    fill({ title: 'Digitalcheck 2026', startsAt: '01.03.2026', endsAt: '30.06.2026' });
    await submit();
    http.expectOne({ method: 'POST', url: '/api/v1/waves' }).flush(
      ...waveError(400, 'VALIDATION_FAILED', [
        { field: 'questionnaireVersion', code: 'notPublished', message: 'not published' },
        { field: 'selectors.0', code: 'noRegions', message: 'the selector names no region' },
        { field: 'endsAt', code: 'notAfterStart', message: 'endsAt must be after startsAt' },
      ]),
    );
    await harness.fixture.whenStable();
    expect(errorOf('dc-wave-questionnaire')).toBe(
      'Diese Version des Fragebogens ist nicht veröffentlicht. Bitte wählen Sie eine veröffentlichte Version.',
    );
    expect(errorOf('dc-wave-regions')).toBe(
      'Auf dieser Ebene gibt es in diesem Land keine Regionen. Bitte wählen Sie eine andere Ebene.',
    );
    expect(errorOf('dc-wave-ends')).toBe('Das Ende darf nicht vor dem Beginn liegen.');
    expect(errorOf('dc-wave-title')).toBeUndefined();
    expect(element().querySelector('#dc-wave-ends')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('lets an admin choose the Land', async () => {
    ({ http, harness } = await setUpWavesPage(adminUser));
    await harness.navigateByUrl('/verwaltung/befragungen/neu');
    http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
    http
      .expectOne((r) => r.url === '/api/v1/regions' && r.params.get('level') === 'LAND')
      .flush(page([rheinlandPfalz, saarland]));
    await harness.fixture.whenStable();
    const land = element().querySelector('#dc-wave-land') as HTMLSelectElement;
    expect(Array.from(land.options).map((o) => o.textContent?.trim())).toEqual([
      'Kein Land (nur einzelne Regionen)',
      'Rheinland-Pfalz',
      'Saarland',
    ]);
    expect(element().querySelector('[data-testid="wave-levels"]')).toBeNull();
    land.value = '10';
    land.dispatchEvent(new Event('change'));
    flushCounts('10');
    await harness.fixture.whenStable();
    expect(Array.from(element().querySelectorAll('[data-testid="wave-levels"] label')).map((l) => textOf(l))).toEqual([
      'alle Kreise in Saarland (36)',
      'alle Gemeindeverbände in Saarland (129)',
    ]);
  });

  describe('editing', () => {
    async function openEdit(wave: WaveDetail): Promise<void> {
      ({ http, harness } = await setUpWavesPage());
      await harness.navigateByUrl(`/verwaltung/befragungen/${wave.id}/bearbeiten`);
      http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
      http.expectOne(`/api/v1/waves/${wave.id}`).flush(wave);
      if (wave.status === 'scheduled') flushCounts();
      await harness.fixture.whenStable();
    }

    function lastRequest(): TestRequest {
      return http.expectOne({ method: 'PATCH', url: '/api/v1/waves/w-2' });
    }

    it('fills in the wave and sends only what changed', async () => {
      await openEdit(scheduled);
      expect(textOf(element().querySelector('h1'))).toBe('Befragung bearbeiten');
      expect((element().querySelector('#dc-wave-title') as HTMLInputElement).value).toBe('Nachbefragung 2026');
      expect((element().querySelector('#dc-wave-starts') as HTMLInputElement).value).toBe('01.09.2026');
      expect((element().querySelector('#dc-wave-ends') as HTMLInputElement).value).toBe('31.10.2026');
      expect(element().querySelector('#dc-wave-regions')).toBeNull();
      expect(textOf(element().querySelector('label[for="dc-wave-change-regions"]'))).toBe(
        'Eingeladene Regionen neu festlegen (bisher 3 Regionen)',
      );
      fill({ title: 'Nachbefragung Herbst 2026', endsAt: '15.11.2026' });
      await submit();
      const request = lastRequest();
      expect(request.request.body).toEqual({
        title: 'Nachbefragung Herbst 2026',
        endsAt: new Date(2026, 10, 16).toISOString(),
      });
      request.flush({ ...scheduled, title: 'Nachbefragung Herbst 2026' });
      await harness.fixture.whenStable();
      expect(TestBed.inject(Router).url).toBe('/verwaltung/befragungen/w-2');
      http.expectOne('/api/v1/questionnaires').flush(questionnaireList);
      http.expectOne('/api/v1/waves/w-2').flush(scheduled);
      await harness.fixture.whenStable();
      http.expectOne('/api/v1/waves/w-2/participation').flush({ ...waveParticipation, waveId: 'w-2' });
      await harness.fixture.whenStable();
      expect(textOf(element().querySelector('[data-testid="wave-notice"]'))).toBe('Die Änderungen sind gespeichert.');
    });

    it('replaces the invited regions only when asked to', async () => {
      await openEdit(scheduled);
      click(element(), '#dc-wave-change-regions');
      await harness.fixture.whenStable();
      await submit();
      expect(errorOf('dc-wave-regions')).toBe('Bitte wählen Sie mindestens eine Ebene oder eine einzelne Region aus.');
      click(element(), '#dc-wave-level-GEMEINDEVERBAND');
      await submit();
      expect(lastRequest().request.body).toEqual({
        title: 'Nachbefragung 2026',
        selectors: [{ landArs: '07', level: 'GEMEINDEVERBAND' }],
      });
    });

    it('explains in German when the wave started in the meantime (409 WAVE_STARTED)', async () => {
      await openEdit(scheduled);
      await submit();
      lastRequest().flush(...waveError(409, 'WAVE_STARTED'));
      await harness.fixture.whenStable();
      expect(textOf(element().querySelector('[data-testid="error-summary"] .kern-title'))).toBe(
        'Die Befragung hat bereits begonnen. Sie kann nur noch verlängert oder geschlossen werden.',
      );
    });

    it('offers no form for a wave that has started', async () => {
      await openEdit({ ...scheduled, status: 'open' });
      expect(element().querySelector('form')).toBeNull();
      const locked = element().querySelector('[data-testid="form-locked"]');
      expect(textOf(locked?.querySelector('.kern-title'))).toBe(
        'Diese Befragung hat bereits begonnen. Sie kann nur noch verlängert oder geschlossen werden.',
      );
      expect(textOf(locked?.querySelector('a'))).toBe('Zur Befragung „Nachbefragung 2026“');
      expect(locked?.querySelector('a')?.getAttribute('href')).toBe('/verwaltung/befragungen/w-2');
    });
  });
});
