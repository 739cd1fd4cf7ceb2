import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { adminUser } from '@digitalcheck/dashboard-accounts-data-access/testing';
import type { AuditEntry } from '@digitalcheck/shared-contracts';
import { rowsOf, setUpAdminPage, textOf } from '../../testing/admin-page-testing';
import { dayAfter } from './audit-page';

const entry = (id: string, action: string): AuditEntry => ({
  id,
  occurredAt: '2026-03-18T10:00:05.000Z',
  actorId: 'u-admin',
  actorEmail: 'admin@example.org',
  action,
  entityType: 'user',
  entityId: 'u-resp',
  regionArs: '07131',
  details: { status: 'disabled' },
  requestId: null,
});

describe('AuditPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    ({ http, harness } = await setUpAdminPage(adminUser));
    await harness.navigateByUrl('/verwaltung/protokoll');
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const set = (id: string, value: string) => {
    const input = element().querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows the newest entries and loads older ones', async () => {
    http.expectOne('/api/v1/audit?limit=50').flush({ items: [entry('a-2', 'user.status')], nextBefore: 'a-2' });
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('h1'))).toBe('Protokoll');
    expect(rowsOf(element(), '[data-testid="audit-table"]')).toEqual([
      [
        expect.stringMatching(/^18\.03\.2026, \d\d:00:05$/),
        'admin@example.org',
        'user.status',
        'user u-resp',
        '07131',
        '{"status":"disabled"}',
      ],
    ]);
    (element().querySelector('[data-testid="audit-older"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/v1/audit?before=a-2&limit=50')
      .flush({ items: [entry('a-1', 'auth.login')], nextBefore: null });
    await harness.fixture.whenStable();
    expect(rowsOf(element(), '[data-testid="audit-table"]').map((row) => row[2])).toEqual([
      'user.status',
      'auth.login',
    ]);
    expect(element().querySelector('[data-testid="audit-older"]')).toBeNull();
  });

  it('filters, with "bis" inclusive, and exports with the same filters', async () => {
    http.expectOne('/api/v1/audit?limit=50').flush({ items: [], nextBefore: null });
    await harness.fixture.whenStable();
    expect(textOf(element())).toContain('Keine Einträge gefunden.');
    expect(element().querySelector('[data-testid="audit-export"]')?.getAttribute('href')).toBe('/api/v1/audit/export');

    set('dc-audit-action', 'auth.login');
    set('dc-audit-actor', 'kai@kreis.de');
    set('dc-audit-from', '2026-03-01');
    set('dc-audit-to', '2026-03-31');
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/v1/audit?action=auth.login&actorEmail=kai@kreis.de&from=2026-03-01&to=2026-04-01&limit=50')
      .flush({ items: [], nextBefore: null });
    await harness.fixture.whenStable();
    expect(element().querySelector('[data-testid="audit-export"]')?.getAttribute('href')).toBe(
      '/api/v1/audit/export?action=auth.login&actorEmail=kai@kreis.de&from=2026-03-01&to=2026-04-01',
    );
  });

  it('computes the day after across month and year ends', () => {
    http.expectOne('/api/v1/audit?limit=50').flush({ items: [], nextBefore: null });
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
  });
});
