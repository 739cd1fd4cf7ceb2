import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { apiError, respondentUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import type { InvitationPreview } from '@digitalcheck/shared-contracts';
import { authRoutes } from '../auth.routes';

@Component({ template: '' })
class Start {}

const preview: InvitationPreview = {
  email: 'kai.kreis@kreis-ahrweiler.de',
  role: 'RESPONDENT',
  regionName: 'Landkreis Ahrweiler',
  expiresAt: '2026-04-01T10:00:00.000Z',
  accountExists: false,
};

describe('InvitationPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([...authRoutes, { path: '', component: Start }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'de-DE' },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const type = (id: string, value: string) => {
    const input = element().querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  async function open(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void): Promise<void> {
    await harness.navigateByUrl('/einladung?token=tok-123');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/invitations/inspect' });
    expect(request.request.body).toEqual({ token: 'tok-123' });
    answer(request);
    await harness.fixture.whenStable();
  }

  it('says the invitation has expired (410) and offers no form', async () => {
    await open((r) => r.flush(apiError(410, 'INVITATION_EXPIRED'), { status: 410, statusText: 'Gone' }));
    expect(text('h1')).toBe('Einladung annehmen');
    expect(text('[data-testid="invitation-failed"]')).toBe(
      'Diese Einladung ist abgelaufen. Bitten Sie um eine neue Einladung.',
    );
    expect(element().querySelector('form')).toBeNull();
  });

  it('says the link is invalid without asking the API when the token is missing', async () => {
    await harness.navigateByUrl('/einladung');
    expect(text('[data-testid="invitation-failed"]')).toBe(
      'Dieser Einladungslink ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.',
    );
  });

  it('shows email, role, region and validity, then creates the account and signs in', async () => {
    await open((r) => r.flush(preview));
    const rows = Array.from(element().querySelectorAll('[data-testid="invitation-preview"] > div')).map((row) =>
      Array.from(row.children)
        .map((cell) => cell.textContent?.trim())
        .join(': '),
    );
    expect(rows).toEqual([
      'E-Mail-Adresse: kai.kreis@kreis-ahrweiler.de',
      'Rolle: Kommune',
      'Für: Landkreis Ahrweiler',
      expect.stringMatching(/^Gültig bis: 01\.04\.2026, \d\d:00$/),
    ]);

    type('dc-invite-name', 'Kai Kreis');
    type('dc-invite-password', 'ein-langes-passwort');
    type('dc-invite-password-repeat', 'ein-anderes-passwort');
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    http.expectNone('/api/v1/invitations/accept');
    expect(text('#dc-invite-password-repeat-error')).toBe('Die beiden Passwörter stimmen nicht überein.');

    type('dc-invite-password-repeat', 'ein-langes-passwort');
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    const accept = http.expectOne({ method: 'POST', url: '/api/v1/invitations/accept' });
    expect(accept.request.body).toEqual({
      token: 'tok-123',
      password: 'ein-langes-passwort',
      displayName: 'Kai Kreis',
    });
    accept.flush(sessionOf(respondentUser));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/');
    expect(TestBed.inject(SessionStore).user()?.email).toBe('kai.kreis@kreis-ahrweiler.de');
  });

  it('asks for the existing password when the account exists, and maps a wrong password', async () => {
    await open((r) => r.flush({ ...preview, accountExists: true }));
    expect(text('label[for="dc-invite-password"]')).toBe('Ihr bestehendes Passwort');
    expect(element().querySelector('#dc-invite-name')).toBeNull();
    type('dc-invite-password', 'falsch');
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    const accept = http.expectOne('/api/v1/invitations/accept');
    expect(accept.request.body).toEqual({ token: 'tok-123', password: 'falsch' });
    accept.flush(apiError(401, 'INVALID_CREDENTIALS'), { status: 401, statusText: 'x' });
    await harness.fixture.whenStable();
    expect(text('[data-testid="error-summary"]')).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    expect(element().querySelector('#dc-invite-password')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the API message for a too short password next to the field', async () => {
    await open((r) => r.flush(preview));
    type('dc-invite-name', 'Kai');
    type('dc-invite-password', 'kurz');
    type('dc-invite-password-repeat', 'kurz');
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    http.expectNone('/api/v1/invitations/accept');
    expect(text('#dc-invite-password-error')).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.');
  });
});
