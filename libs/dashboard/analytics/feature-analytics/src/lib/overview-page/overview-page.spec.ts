import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import {
  WAVE_ID,
  dltHeatmap,
  dltOverview,
  flush,
  land,
  setUpAnalyticsPage,
  textOf,
  wave,
} from '../../testing/analytics-testing';

// The first test compiles the ngx-charts modules, which takes long on a busy 2-core machine.
jest.setTimeout(60_000);

describe('OverviewPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

  async function open(url = `/auswertung?befragung=${WAVE_ID}&land=07&ebene=KREIS`) {
    ({ http, harness } = await setUpAnalyticsPage());
    await harness.navigateByUrl(url);
    flush(http, '/api/v1/waves', [wave]);
    flush(http, '/api/v1/regions', { items: [land('07', 'Rheinland-Pfalz')], total: 1, offset: 0, limit: 16 });
    await harness.fixture.whenStable();
    flush(http, `/api/v1/analytics/waves/${WAVE_ID}/overview`, dltOverview);
    flush(http, `/api/v1/analytics/waves/${WAVE_ID}/heatmap`, dltHeatmap);
    flush(http, `/api/v1/analytics/waves/${WAVE_ID}/ranking`, {
      scope: dltOverview.scope,
      by: 'index',
      title: 'Gesamtindex',
      n: 2,
      unscored: 0,
      entries: [
        { rank: 1, ars: '07131', name: 'Ahrweiler', kind: 'Landkreis', score: 61.5, maturityLevel: 4 },
        { rank: 2, ars: '07132', name: 'Altenkirchen (Westerwald)', kind: 'Landkreis', score: 42, maturityLevel: 3 },
      ],
    });
    flush(http, '/api/v1/boundaries', {
      type: 'Topology',
      objects: { regions: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    });
    await harness.fixture.whenStable();
  }

  it('asks the API for the view in the URL', async () => {
    ({ http, harness } = await setUpAnalyticsPage());
    await harness.navigateByUrl(`/auswertung?befragung=${WAVE_ID}&land=07&ebene=KREIS&art=Landkreis`);
    const overview = http.match((r) => r.url.endsWith('/overview'));
    expect(overview.map((r) => r.request.urlWithParams)).toEqual([
      `/api/v1/analytics/waves/${WAVE_ID}/overview?landArs=07&level=KREIS&kind=Landkreis`,
    ]);
  });

  it('shows the DLT figure: 57 % ohne Digitalstrategie, 83 von 146, and participation 146 von 294', async () => {
    await open();
    const tile = textOf(element().querySelector('[data-testid="kpi-ohneStrategie"]'));
    expect(tile).toContain('ohne Digitalstrategie');
    // textOf turns the non-breaking space before % into a plain one.
    expect(tile).toContain('57 %');
    expect(tile).toContain('83 von 146 (n = 146)');
    expect(tile).toContain('83 von 146');
    const participation = textOf(element().querySelector('[data-testid="kpi-participation"]'));
    expect(participation).toContain('50 %');
    expect(participation).toContain('146 von 294');
    expect(textOf(element().querySelector('[data-testid="participation-text"]'))).toBe(
      '146 von 294 eingeladenen Regionen haben ihre Selbsteinschätzung abgesendet (50 %). Nur diese zählen in den Kennzahlen.',
    );
  });

  it('states the current filters and offers index, fields and KPIs on the map', async () => {
    await open();
    expect(textOf(element().querySelector('[data-testid="current-filters"]'))).toBe(
      'Aktuelle Filter: Befragung: Der digitale Landkreis 2017 · Rheinland-Pfalz · Kreise und kreisfreie Städte · alle Arten · alle Größenklassen',
    );
    const options = Array.from(element().querySelectorAll('[data-testid="map-indicator"] option')).map((o) => [
      (o as HTMLOptionElement).value,
      textOf(o),
    ]);
    expect(options).toEqual([
      ['index', 'Gesamtindex'],
      ['kpi:ohneStrategie', 'ohne Digitalstrategie'],
    ]);
  });

  it('writes a new map indicator into the URL', async () => {
    await open();
    const select = element().querySelector('[data-testid="map-indicator"]') as HTMLSelectElement;
    select.value = 'kpi:ohneStrategie';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toContain('karte=kpi:ohneStrategie');
  });

  it('lists the obstacles with their shares; a withheld one says so in the description', async () => {
    await open();
    const chart = element().querySelector('[data-testid="obstacles-chart"]') as HTMLElement;
    expect(textOf(chart)).toContain('Anteil „großes Hemmnis“ je Hemmnis');
    const description = chart.querySelector('[role="figure"]')?.getAttribute('aria-describedby')?.split(' ')[0];
    expect(textOf(chart.querySelector(`#${description}`))).toBe(
      'großes Hemmnis: fehlende Finanzmittel: 64 % (90 von 140); großes Hemmnis: Fachkräftemangel: nicht ausgewiesen',
    );
  });
});
