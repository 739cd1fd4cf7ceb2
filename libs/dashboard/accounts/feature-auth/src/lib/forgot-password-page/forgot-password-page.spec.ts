import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiError } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { authRoutes } from '../auth.routes';

describe('ForgotPasswordPage and ResetPasswordPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter(authRoutes), provideHttpClient(), provideHttpClientTesting()],
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
  const submit = () => element().querySelector('form')?.dispatchEvent(new Event('submit'));

  it('always confirms the same way after asking for a reset link', async () => {
    await harness.navigateByUrl('/passwort-vergessen');
    expect(text('h1')).toBe('Passwort vergessen');
    expect(element().querySelector('#dc-forgot-email')?.getAttribute('autocomplete')).toBe('email');
    type('dc-forgot-email', ' wer@example.org ');
    submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/password-reset' });
    expect(request.request.body).toEqual({ email: 'wer@example.org' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await harness.fixture.whenStable();
    expect(text('[data-testid="reset-sent"] .kern-title')).toBe(
      'Wenn ein Konto zu dieser Adresse besteht, haben wir eine E-Mail mit einem Link zum Zurücksetzen gesendet.',
    );
    expect(element().querySelector('form')).toBeNull();
  });

  it('checks that the two new passwords match before sending', async () => {
    await harness.navigateByUrl('/passwort-zuruecksetzen?token=r-1');
    expect(text('h1')).toBe('Passwort zurücksetzen');
    type('dc-reset-password', 'mein-neues-passwort');
    type('dc-reset-password-repeat', 'mein-neues-passwor');
    submit();
    await harness.fixture.whenStable();
    http.expectNone('/api/v1/auth/password-reset/complete');
    expect(text('#dc-reset-password-repeat-error')).toBe('Die beiden Passwörter stimmen nicht überein.');
    const repeat = element().querySelector('#dc-reset-password-repeat');
    expect(repeat?.getAttribute('aria-invalid')).toBe('true');
    expect(repeat?.getAttribute('aria-describedby')).toBe('dc-reset-password-repeat-error');
    expect(element().querySelector('#dc-reset-password')?.getAttribute('aria-describedby')).toBe('dc-reset-rule');
  });

  it('sets the new password with the token from the link', async () => {
    await harness.navigateByUrl('/passwort-zuruecksetzen?token=r-1');
    type('dc-reset-password', 'mein-neues-passwort');
    type('dc-reset-password-repeat', 'mein-neues-passwort');
    submit();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/password-reset/complete' });
    expect(request.request.body).toEqual({ token: 'r-1', password: 'mein-neues-passwort' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(text('[data-testid="reset-done"]')).toBe('Ihr Passwort wurde geändert.');
    expect(element().querySelector('a[href="/anmelden"]')).not.toBeNull();
  });

  it('explains an invalid or expired reset link and offers a new one', async () => {
    await harness.navigateByUrl('/passwort-zuruecksetzen?token=alt');
    type('dc-reset-password', 'mein-neues-passwort');
    type('dc-reset-password-repeat', 'mein-neues-passwort');
    submit();
    http
      .expectOne('/api/v1/auth/password-reset/complete')
      .flush(apiError(400, 'RESET_TOKEN_INVALID'), { status: 400, statusText: 'Bad Request' });
    await harness.fixture.whenStable();
    expect(text('[data-testid="error-summary"]')).toBe(
      'Dieser Link zum Zurücksetzen ist ungültig oder abgelaufen. Fordern Sie einen neuen an.',
    );
    expect(element().querySelector('a[href="/passwort-vergessen"]')?.textContent?.trim()).toBe('Neuen Link anfordern');
    expect(element().querySelector('form')).toBeNull();
  });
});
