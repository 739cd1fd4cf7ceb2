import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { analystUser, apiError, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { authRoutes } from '../auth.routes';
import { ssoFailureMessage } from './login-page';

@Component({ template: '' })
class Target {}

describe('LoginPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          ...authRoutes,
          { path: 'verwaltung/benutzer', component: Target },
          { path: '', component: Target },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).set(sessionOf(null));
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const element = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) => element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const email = () => element().querySelector('#dc-login-email') as HTMLInputElement;
  const password = () => element().querySelector('#dc-login-password') as HTMLInputElement;

  async function submit(mail = 'lena.land@mdi.rlp.de', secret = 'richtig-geheim'): Promise<void> {
    email().value = mail;
    email().dispatchEvent(new Event('input'));
    password().value = secret;
    password().dispatchEvent(new Event('input'));
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  }

  async function failWith(status: number, body: object, headers: Record<string, string> = {}): Promise<void> {
    await harness.navigateByUrl('/anmelden');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(body, { status, statusText: 'x', headers });
    await harness.fixture.whenStable();
  }

  it('has one h1, labelled fields with autocomplete and the "Passwort vergessen?" link', async () => {
    await harness.navigateByUrl('/anmelden');
    expect(element().querySelectorAll('h1')).toHaveLength(1);
    expect(text('h1')).toBe('Anmelden');
    expect(text('label[for="dc-login-email"]')).toBe('E-Mail-Adresse');
    expect(text('label[for="dc-login-password"]')).toBe('Passwort');
    expect(email().getAttribute('autocomplete')).toBe('username');
    expect(password().getAttribute('autocomplete')).toBe('current-password');
    expect(element().querySelector('a[href="/passwort-vergessen"]')?.textContent?.trim()).toBe('Passwort vergessen?');
    expect(element().querySelector('[data-testid="sso-link"]')).toBeNull();
  });

  it('signs in and goes to the page in ?ziel=', async () => {
    await harness.navigateByUrl('/anmelden?ziel=%2Fverwaltung%2Fbenutzer');
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(request.request.body).toEqual({ email: 'lena.land@mdi.rlp.de', password: 'richtig-geheim' });
    request.flush(sessionOf(analystUser));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/verwaltung/benutzer');
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Lena Land');
  });

  it('shows "E-Mail-Adresse oder Passwort ist falsch." for 401, focused, and marks both fields', async () => {
    await failWith(401, apiError(401, 'INVALID_CREDENTIALS'));
    const summary = element().querySelector('[data-testid="error-summary"]') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent?.trim()).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    expect(document.activeElement).toBe(summary);
    expect(email().getAttribute('aria-invalid')).toBe('true');
    expect(password().getAttribute('aria-describedby')).toBe('dc-login-error');
    expect(password().value).toBe('');
    expect(TestBed.inject(Router).url).toBe('/anmelden');
  });

  it('says how long to wait after 429, from Retry-After', async () => {
    await failWith(429, apiError(429, 'LOGIN_THROTTLED'), { 'Retry-After': '900' });
    expect(text('[data-testid="error-summary"]')).toBe(
      'Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.',
    );
  });

  it('says the account is disabled for 403', async () => {
    await failWith(403, apiError(403, 'ACCOUNT_DISABLED'));
    expect(text('[data-testid="error-summary"]')).toBe(
      'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an Ihre Ansprechperson beim Land.',
    );
  });

  it('checks empty fields before sending and links the messages to the fields', async () => {
    await harness.navigateByUrl('/anmelden');
    await submit('', '');
    http.expectNone('/api/v1/auth/login');
    expect(text('[data-testid="error-summary"] .kern-title')).toBe('Bitte prüfen Sie Ihre Eingaben.');
    const links = Array.from(element().querySelectorAll('[data-testid="error-summary"] a')).map((a) => [
      a.getAttribute('href'),
      a.textContent?.trim(),
    ]);
    expect(links).toEqual([
      ['#dc-login-email', 'Bitte geben Sie Ihre E-Mail-Adresse ein.'],
      ['#dc-login-password', 'Bitte geben Sie ein Passwort ein.'],
    ]);
    expect(email().getAttribute('aria-describedby')).toBe('dc-login-email-error');
    expect(text('#dc-login-email-error')).toBe('Bitte geben Sie Ihre E-Mail-Adresse ein.');
  });

  it('offers the identity provider when OIDC is configured, and explains ?fehler=sso', async () => {
    TestBed.inject(SessionStore).set(sessionOf(null, true));
    await harness.navigateByUrl('/anmelden?fehler=sso');
    const link = element().querySelector('[data-testid="sso-link"]');
    expect(link?.getAttribute('href')).toBe('/api/v1/auth/oidc/login');
    expect(link?.textContent?.trim()).toBe('Mit Dienstkonto anmelden (Landesportal RLP)');
    expect(text('[data-testid="sso-failed"]')).toContain('Die Anmeldung mit dem Dienstkonto ist fehlgeschlagen.');
  });

  it('passes ?ziel= on to the identity provider', async () => {
    TestBed.inject(SessionStore).set(sessionOf(null, true));
    await harness.navigateByUrl('/anmelden?ziel=%2Fverwaltung%2Fprotokoll');
    expect(element().querySelector('[data-testid="sso-link"]')?.getAttribute('href')).toBe(
      '/api/v1/auth/oidc/login?ziel=%2Fverwaltung%2Fprotokoll',
    );
  });

  it.each([
    ['deaktiviert', 'Ihr Konto ist deaktiviert.'],
    ['keine-rolle', 'noch keiner Kommune und keinem Land zugeordnet'],
    ['irgendwas', 'Die Anmeldung mit dem Dienstkonto ist fehlgeschlagen.'],
  ])('explains ?fehler=%s from the identity provider', (code, text) => {
    expect(ssoFailureMessage(code)).toContain(text);
    expect(ssoFailureMessage(null)).toBeNull();
  });
});
