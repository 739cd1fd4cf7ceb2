import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  analystUser,
  apiError,
  issued,
  pageOf,
  pendingInvitation,
} from '@digitalcheck/dashboard-accounts-data-access/testing';
import type { BulkInvitationReport } from '@digitalcheck/shared-contracts';
import { rowsOf, setUpAdminPage, textOf } from '../../testing/admin-page-testing';

const CSV = 'region;email\n071315001;neu@vg-altenahr.de\n99999;kaputt';

const invalid = [
  { line: 3, regionArs: '99999', email: 'kaputt', message: 'Unbekannte Region; ungültige E-Mail-Adresse' },
];

describe('InvitationsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    ({ http, harness } = await setUpAdminPage(analystUser));
    await harness.navigateByUrl('/verwaltung/einladungen');
    http.expectOne('/api/v1/invitations?offset=0&limit=50').flush(pageOf([pendingInvitation]));
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const byTestId = (id: string) => element().querySelector(`[data-testid="${id}"]`) as HTMLElement;

  async function pasteCsv(csv: string): Promise<void> {
    const textarea = element().querySelector('#dc-bulk-csv') as HTMLTextAreaElement;
    textarea.value = csv;
    textarea.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  it('lists invitations with role, region and status in words', () => {
    expect(textOf(element().querySelector('h1'))).toBe('Einladungen');
    expect(rowsOf(element(), '[data-testid="invitations-table"]')).toEqual([
      [
        'neu@vg-altenahr.de',
        'Kommune',
        'Verbandsgemeinde Altenahr',
        'Offen',
        '01.04.2026',
        'lena.land@mdi.rlp.de',
        'Erneut senden: neu@vg-altenahr.deZurückziehen: neu@vg-altenahr.de',
      ],
    ]);
  });

  it('checks a CSV list first, reports invalid lines, then creates and shows printable links', async () => {
    expect((byTestId('bulk-create') as HTMLButtonElement).disabled).toBe(true);
    await pasteCsv(CSV);
    byTestId('bulk-check').click();
    const check = http.expectOne({ method: 'POST', url: '/api/v1/invitations/bulk' });
    expect(check.request.body).toEqual({ csv: CSV, role: 'RESPONDENT', dryRun: true });
    const dryReport: BulkInvitationReport = { dryRun: true, created: [issued(pendingInvitation, '')], invalid };
    check.flush(dryReport);
    await harness.fixture.whenStable();

    expect(textOf(byTestId('bulk-summary'))).toBe('1 Einladungen können angelegt werden, 1 Zeilen sind fehlerhaft.');
    expect(rowsOf(element(), '[data-testid="bulk-invalid"]')).toEqual([
      ['3', '99999', 'kaputt', 'Unbekannte Region; ungültige E-Mail-Adresse'],
    ]);
    expect(byTestId('bulk-links')).toBeNull();

    expect((byTestId('bulk-create') as HTMLButtonElement).disabled).toBe(false);
    byTestId('bulk-create').click();
    const create = http.expectOne({ method: 'POST', url: '/api/v1/invitations/bulk' });
    expect(create.request.body.dryRun).toBe(false);
    create.flush({ dryRun: false, created: [issued(pendingInvitation, 'abc')], invalid });
    http.expectOne('/api/v1/invitations?offset=0&limit=50').flush(pageOf([pendingInvitation]));
    await harness.fixture.whenStable();

    expect(textOf(byTestId('bulk-summary'))).toBe('1 Einladungen angelegt, 1 Zeilen übersprungen.');
    expect(rowsOf(element(), '[data-testid="bulk-links"]')).toEqual([
      [
        'Verbandsgemeinde Altenahr',
        'neu@vg-altenahr.de',
        'https://digitalcheck.example/einladung?token=abc',
        '01.04.2026',
      ],
    ]);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const printButton = Array.from(byTestId('bulk-links').querySelectorAll('button')).find(
      (b) => textOf(b) === 'Drucken',
    );
    printButton?.click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('asks for a new check when the list changes after checking', async () => {
    await pasteCsv(CSV);
    byTestId('bulk-check').click();
    http.expectOne('/api/v1/invitations/bulk').flush({ dryRun: true, created: [], invalid: [] });
    await harness.fixture.whenStable();
    expect((byTestId('bulk-create') as HTMLButtonElement).disabled).toBe(false);
    await pasteCsv(CSV + '\n07131;x@y.de');
    expect((byTestId('bulk-create') as HTMLButtonElement).disabled).toBe(true);
  });

  it('maps a CSV validation error to the field', async () => {
    await pasteCsv('irgendwas');
    byTestId('bulk-check').click();
    http
      .expectOne('/api/v1/invitations/bulk')
      .flush(apiError(400, 'VALIDATION_FAILED', [{ field: 'csv', code: 'header', message: 'bad header' }]), {
        status: 400,
        statusText: 'Bad Request',
      });
    await harness.fixture.whenStable();
    expect(textOf(element().querySelector('#dc-bulk-csv-error'))).toBe(
      'Bitte fügen Sie eine CSV-Liste mit der Kopfzeile region;email ein.',
    );
  });

  it('invites one person and shows the link once', async () => {
    const email = element().querySelector('#dc-invite-email') as HTMLInputElement;
    email.value = 'neu@vg-altenahr.de';
    email.dispatchEvent(new Event('input'));
    element().querySelector('dc-invite-form form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/v1/invitations' });
    expect(textOf(element().querySelector('#dc-invite-region-error'))).toBe(
      'Bitte wählen Sie eine passende Region aus.',
    );
  });

  it('resends an invitation and shows the new link', async () => {
    const resend = Array.from(element().querySelectorAll('[data-testid="invitations-table"] button')).find((b) =>
      textOf(b)?.startsWith('Erneut senden'),
    ) as HTMLButtonElement;
    resend.click();
    http.expectOne({ method: 'POST', url: '/api/v1/invitations/inv-1/resend' }).flush(issued(pendingInvitation, 'neu'));
    http.expectOne('/api/v1/invitations?offset=0&limit=50').flush(pageOf([pendingInvitation]));
    await harness.fixture.whenStable();
    expect((element().querySelector('#dc-issued-link') as HTMLInputElement).value).toBe(
      'https://digitalcheck.example/einladung?token=neu',
    );
  });

  it('revokes a pending invitation after confirmation', async () => {
    const revoke = Array.from(element().querySelectorAll('[data-testid="invitations-table"] button')).find((b) =>
      textOf(b)?.startsWith('Zurückziehen'),
    ) as HTMLButtonElement;
    revoke.click();
    await harness.fixture.whenStable();
    const panel = element().querySelector('[data-testid="confirm-panel"]') as HTMLElement;
    expect(textOf(panel.querySelector('h2'))).toBe('Einladung an neu@vg-altenahr.de zurückziehen?');
    (panel.querySelector('button') as HTMLButtonElement).click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/invitations/inv-1/revoke' })
      .flush({ ...pendingInvitation, status: 'revoked' });
    await harness.fixture.whenStable();
    expect(rowsOf(element(), '[data-testid="invitations-table"]')[0][3]).toBe('Zurückgezogen');
    expect(textOf(element().querySelector('[data-testid="invitations-notice"]'))).toBe(
      'Die Einladung an neu@vg-altenahr.de ist zurückgezogen.',
    );
  });
});
