import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { analystUser, pageOf, userSummary } from '@digitalcheck/dashboard-accounts-data-access/testing';
import type { UserSummary } from '@digitalcheck/shared-contracts';
import { rowsOf, setUpAdminPage, textOf } from '../../testing/admin-page-testing';

const disabledAnalyst: UserSummary = {
  ...userSummary,
  id: 'u-2',
  email: 'paul.pfalz@mdi.rlp.de',
  displayName: 'Paul Pfalz',
  status: 'disabled',
  scopes: [
    { role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' },
    { role: 'RESPONDENT', regionArs: '07131', regionName: 'Landkreis Ahrweiler' },
  ],
  lastLoginAt: null,
};

describe('UsersPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    ({ http, harness } = await setUpAdminPage(analystUser));
    await harness.navigateByUrl('/verwaltung/benutzer');
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;

  async function answer(users: UserSummary[], total = users.length): Promise<void> {
    http.expectOne((r) => r.url === '/api/v1/users').flush(pageOf(users, total));
    await harness.fixture.whenStable();
  }

  it('lists name, email, status in words, scopes and last sign-in', async () => {
    await answer([userSummary, disabledAnalyst], 2);
    expect(textOf(element().querySelector('h1'))).toBe('Benutzerkonten');
    expect(element().querySelectorAll('h1')).toHaveLength(1);
    expect(rowsOf(element(), '[data-testid="users-table"]')).toEqual([
      [
        'Kai Kreis',
        'kai.kreis@kreis-ahrweiler.de',
        'Aktiv',
        'Kommune · Landkreis Ahrweiler',
        expect.stringMatching(/^02\.03\.2026, \d\d:15$/),
        'Deaktivieren: Kai Kreis',
      ],
      [
        'Paul Pfalz',
        'paul.pfalz@mdi.rlp.de',
        'Deaktiviert',
        'Landesebene · Rheinland-PfalzKommune · Landkreis Ahrweiler',
        'noch nie',
        'Aktivieren: Paul Pfalz',
      ],
    ]);
    expect(textOf(element().querySelector('[data-testid="users-range"]'))).toBe('1–2 von 2 Konten');
  });

  it('filters by name and status', async () => {
    await answer([]);
    expect(textOf(element())).toContain('Keine Konten gefunden.');
    const q = element().querySelector('#dc-users-q') as HTMLInputElement;
    q.value = ' kai ';
    q.dispatchEvent(new Event('input'));
    const status = element().querySelector('#dc-users-status') as HTMLSelectElement;
    status.value = 'disabled';
    status.dispatchEvent(new Event('change'));
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    http.expectOne('/api/v1/users?q=kai&status=disabled&offset=0&limit=50').flush(pageOf([]));
  });

  it('disables an account only after confirmation and says so', async () => {
    await answer([userSummary]);
    (element().querySelector('[data-testid="users-table"] button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    http.expectNone((r) => r.method === 'PATCH');
    const panel = element().querySelector('[data-testid="confirm-panel"]') as HTMLElement;
    expect(textOf(panel.querySelector('h2'))).toBe('Konto von Kai Kreis deaktivieren?');
    expect(document.activeElement).toBe(panel);

    (panel.querySelector('button') as HTMLButtonElement).click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/v1/users/u-resp/status' });
    expect(patch.request.body).toEqual({ status: 'disabled' });
    patch.flush({ ...userSummary, status: 'disabled' });
    await harness.fixture.whenStable();

    expect(element().querySelector('[data-testid="confirm-panel"]')).toBeNull();
    expect(textOf(element().querySelector('[data-testid="users-notice"]'))).toBe(
      'Das Konto von Kai Kreis ist deaktiviert.',
    );
    expect(rowsOf(element(), '[data-testid="users-table"]')[0][2]).toBe('Deaktiviert');
  });

  it('changes nothing when the confirmation is cancelled', async () => {
    await answer([userSummary]);
    (element().querySelector('[data-testid="users-table"] button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    const buttons = element().querySelectorAll('[data-testid="confirm-panel"] button');
    (buttons[1] as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    expect(element().querySelector('[data-testid="confirm-panel"]')).toBeNull();
  });

  it('offers no "Deaktivieren" for one’s own account', async () => {
    await answer([{ ...userSummary, id: analystUser.id, displayName: analystUser.displayName }]);
    const cells = rowsOf(element(), '[data-testid="users-table"]')[0];
    expect(cells[cells.length - 1]).toBe('Ihr Konto');
  });
});
