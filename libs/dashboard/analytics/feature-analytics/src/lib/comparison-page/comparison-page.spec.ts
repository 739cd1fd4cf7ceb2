import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { AnalyticsHeatmap } from '@digitalcheck/shared-contracts';
import { WAVE_ID, dltHeatmap, flush, land, setUpAnalyticsPage, textOf, wave } from '../../testing/analytics-testing';

const candidates: AnalyticsHeatmap = {
  ...dltHeatmap,
  rows: [
    ...dltHeatmap.rows,
    { ars: '07133', name: 'Bad Kreuznach', kind: 'Landkreis', index: 30, scores: [20], indicators: {} },
  ],
};

// The first test compiles the ngx-charts modules, which takes long on a busy 2-core machine.
jest.setTimeout(60_000);

describe('ComparisonPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const base = `/auswertung/vergleich?befragung=${WAVE_ID}&land=07&ebene=KREIS`;

  async function open(url: string) {
    ({ http, harness } = await setUpAnalyticsPage());
    await harness.navigateByUrl(url);
    flush(http, '/api/v1/waves', [wave]);
    flush(http, '/api/v1/regions', { items: [land('07', 'Rheinland-Pfalz')], total: 1, offset: 0, limit: 16 });
    await harness.fixture.whenStable();
    // The candidates (the filtered selection) and the compared regions (by key only).
    for (const request of http.match((r) => r.url.endsWith('/heatmap'))) {
      const keys = request.request.params.getAll('regionArs') ?? [];
      request.flush(
        keys.length === 0 ? candidates : { ...candidates, rows: candidates.rows.filter((r) => keys.includes(r.ars)) },
      );
    }
    await harness.fixture.whenStable();
  }

  it('asks for two regions at least', async () => {
    await open(`${base}&regionen=07131`);
    expect(textOf(element().querySelector('[data-testid="comparison-hint"]'))).toBe(
      'Wählen Sie mindestens zwei Regionen, um sie zu vergleichen.',
    );
    expect(element().querySelector('[data-testid="comparison-table"]')).toBeNull();
  });

  it('compares the regions of the URL in their order, by their keys only', async () => {
    await open(`${base}&regionen=07132,07131`);
    const headers = Array.from(element().querySelectorAll('[data-testid="comparison-table"] thead th')).map(textOf);
    expect(headers).toEqual(['Handlungsfeld', 'Altenkirchen (Westerwald)', 'Ahrweiler']);
    const rows = Array.from(element().querySelectorAll('[data-testid="comparison-table"] tbody tr')).map((tr) =>
      Array.from(tr.children).map(textOf),
    );
    expect(rows).toEqual([
      ['Gesamtindex', '42', '61,5'],
      ['Verwaltung', '–', '70'],
    ]);
  });

  it('adds a candidate to the URL and offers only the ones not chosen', async () => {
    await open(`${base}&regionen=07131,07132`);
    const select = element().querySelector('[data-testid="compare-candidate"]') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['', '07133']);
    select.value = '07133';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    (element().querySelector('[data-testid="compare-add"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toContain('regionen=07131,07132,07133');
  });

  it('removes a region from the URL', async () => {
    await open(`${base}&regionen=07131,07132`);
    (element().querySelector('[data-testid="remove-07131"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toContain('regionen=07132');
    expect(TestBed.inject(Router).url).not.toContain('07131');
  });

  it('takes at most six regions from the URL and then disables adding', async () => {
    await open(`${base}&regionen=07131,07132,07133,07134,07135,07137,07138`);
    expect(element().querySelectorAll('[data-testid="compared-regions"] li')).toHaveLength(6);
    expect((element().querySelector('[data-testid="compare-candidate"]') as HTMLSelectElement).disabled).toBe(true);
  });
});
