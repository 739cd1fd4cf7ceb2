import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { analystUser } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { plans } from '@digitalcheck/dashboard-strategy-data-access/testing';
import type { RegionSummary, WaveSummary } from '@digitalcheck/shared-contracts';
import { rowsOf, setUpStrategyPage, textOf } from '../../testing/strategy-testing';

// The first test compiles the ngx-charts modules.
jest.setTimeout(60_000);

const WAVE_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const wave = {
  id: WAVE_ID,
  title: 'Digitalcheck Rheinland-Pfalz 2026',
  status: 'open',
  startsAt: '2026-09-01T08:00:00.000Z',
} as WaveSummary;
const rlp = { ars: '07', name: 'Rheinland-Pfalz', level: 'LAND' } as RegionSummary;

describe('StrategyPlansPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

  async function open(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    ({ http, harness } = await setUpStrategyPage(analystUser));
    await harness.navigateByUrl(`/auswertung/strategien?befragung=${WAVE_ID}&land=07&ebene=KREIS`);
    for (const request of http.match((r) => r.url === '/api/v1/waves')) request.flush([wave]);
    for (const request of http.match((r) => r.url.startsWith('/api/v1/regions')))
      request.flush({ items: [rlp], total: 1, offset: 0, limit: 16 });
    await harness.fixture.whenStable();
    const request = http.expectOne((r) => r.url === `/api/v1/analytics/waves/${WAVE_ID}/strategy-plans`);
    expect(request.request.params.get('landArs')).toBe('07');
    answer(request);
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('counts the drafts, focus fields and measures of the wave and Land in the URL', async () => {
    await open((request) => request.flush(plans));
    expect(textOf(element().querySelector('[data-testid="plans-heading"]'))).toBe(
      'Geplante Maßnahmen in Rheinland-Pfalz',
    );
    expect(textOf(element().querySelector('[data-testid="plans-drafts"]'))).toBe(
      '3 Strategieentwürfe mit Fokusfeldern',
    );
    expect(rowsOf(element(), '[data-testid="plans-fields-table"]')).toEqual([
      ['Kommunale Verwaltung', '3'],
      ['Tourismus', '1'],
    ]);
    expect(rowsOf(element(), '[data-testid="plans-measures-table"]')).toEqual([
      ['VER-01', 'Gemeinde-Webseite mit Online-Diensten', 'Kommunale Verwaltung', '2'],
      ['TOU-01', 'Messenger-News für Gäste', 'Tourismus', '1'],
    ]);
    expect(element().querySelector('[data-testid="plans-fields-chart"]')).not.toBeNull();
    expect(textOf(element().querySelector('[data-testid="plans-filters"]'))).toBe(
      'Befragung: Digitalcheck Rheinland-Pfalz 2026 · Rheinland-Pfalz',
    );
    expect(textOf(element().querySelector('[data-testid="plans-fields-chart"] [data-testid="chart-subtitle"]'))).toBe(
      'Befragung: Digitalcheck Rheinland-Pfalz 2026 · Rheinland-Pfalz · n = 3',
    );
    const link = element().querySelector('a[aria-current="page"]');
    expect(textOf(link)).toBe('Geplante Maßnahmen');
  });

  it('says so when no draft has focus fields yet', async () => {
    await open((request) => request.flush({ waveId: WAVE_ID, drafts: 0, fields: [], measures: [] }));
    expect(textOf(element().querySelector('[data-testid="plans-drafts"]'))).toBe(
      '0 Strategieentwürfe mit Fokusfeldern',
    );
    expect(element().querySelector('[data-testid="plans-fields-table"]')).toBeNull();
  });

  it('shows a German error when the counts cannot be loaded', async () => {
    await open((request) =>
      request.flush({ statusCode: 403, code: 'FORBIDDEN', message: 'x' }, { status: 403, statusText: 'Forbidden' }),
    );
    expect(textOf(element().querySelector('[data-testid="plans-error"]'))).toBe('Dafür fehlt Ihnen die Berechtigung.');
  });
});
