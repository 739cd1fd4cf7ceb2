import { HttpErrorResponse } from '@angular/common/http';
import { httpError } from '../testing/account-fixtures';
import { describeError, errorMessageFor, fieldErrorMessage, retryMinutes } from './error-messages';

describe('error messages', () => {
  it('maps every sign-in error code to its German message', () => {
    expect(errorMessageFor('INVALID_CREDENTIALS')).toBe('E-Mail-Adresse oder Passwort ist falsch.');
    expect(errorMessageFor('ACCOUNT_DISABLED')).toBe(
      'Dieses Konto ist deaktiviert. Bitte wenden Sie sich an Ihre Ansprechperson beim Land.',
    );
    expect(errorMessageFor('INVITATION_INVALID')).toBe(
      'Dieser Einladungslink ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.',
    );
    expect(errorMessageFor('INVITATION_EXPIRED')).toBe(
      'Diese Einladung ist abgelaufen. Bitten Sie um eine neue Einladung.',
    );
    expect(errorMessageFor('INVITATION_USED')).toBe(
      'Diese Einladung wurde bereits angenommen. Melden Sie sich mit Ihrem Passwort an.',
    );
    expect(errorMessageFor('INVITATION_REVOKED')).toBe('Diese Einladung wurde zurückgezogen.');
    expect(errorMessageFor('RESET_TOKEN_INVALID')).toBe(
      'Dieser Link zum Zurücksetzen ist ungültig oder abgelaufen. Fordern Sie einen neuen an.',
    );
    expect(errorMessageFor('CSRF_TOKEN_INVALID')).toBe('Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.');
  });

  it('says how many minutes to wait after too many attempts, rounded up and at least 1', () => {
    expect(errorMessageFor('LOGIN_THROTTLED', 300)).toBe(
      'Zu viele Anmeldeversuche. Bitte warten Sie 5 Minuten und versuchen Sie es dann erneut.',
    );
    expect(retryMinutes(61)).toBe(2);
    expect(retryMinutes(5)).toBe(1);
    expect(retryMinutes(0)).toBe(1);
    expect(retryMinutes(null)).toBe(1);
    expect(retryMinutes(Number.NaN)).toBe(1);
  });

  it('reads Retry-After from the response', () => {
    const error = httpError(429, 'LOGIN_THROTTLED', { headers: { 'Retry-After': '600' } });
    expect(describeError(error)).toEqual({
      code: 'LOGIN_THROTTLED',
      message: 'Zu viele Anmeldeversuche. Bitte warten Sie 10 Minuten und versuchen Sie es dann erneut.',
      fields: {},
    });
  });

  it('treats no answer, 5xx and non-API bodies as "server not reachable"', () => {
    const unreachable = 'Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.';
    expect(describeError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })).message).toBe(
      unreachable,
    );
    expect(describeError(httpError(500, 'INTERNAL_ERROR'))).toEqual({
      code: 'NETWORK',
      message: unreachable,
      fields: {},
    });
    expect(describeError(new HttpErrorResponse({ status: 502, error: '<html>Bad Gateway</html>' })).code).toBe(
      'NETWORK',
    );
    expect(describeError(new Error('boom')).message).toBe(unreachable);
  });

  it('maps validation errors field by field, the first message per field', () => {
    const error = httpError(400, 'VALIDATION_FAILED', {
      errors: [
        { field: 'password', code: 'minLength', message: 'password must be longer' },
        { field: 'password', code: 'isString', message: 'password must be a string' },
        { field: 'email', code: 'isEmail', message: 'email must be an email' },
      ],
    });
    expect(describeError(error)).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Bitte prüfen Sie Ihre Eingaben.',
      fields: {
        password: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
        email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@kreis.de.',
      },
    });
  });

  it('has messages for other fields and constraints', () => {
    expect(fieldErrorMessage({ field: 'password', code: 'maxLength' })).toBe(
      'Das Passwort darf höchstens 200 Zeichen lang sein.',
    );
    expect(fieldErrorMessage({ field: 'email', code: 'isNotEmpty' })).toBe('Bitte geben Sie eine E-Mail-Adresse ein.');
    expect(fieldErrorMessage({ field: 'regionArs', code: 'notALand' })).toBe(
      'Für die Landesebene wählen Sie bitte ein Land aus.',
    );
    expect(fieldErrorMessage({ field: 'regionArs', code: 'unknownRegion' })).toBe('Diese Region ist nicht bekannt.');
    expect(fieldErrorMessage({ field: 'displayName', code: 'isNotEmpty' })).toBe(
      'Bitte geben Sie Ihren Namen ein (höchstens 200 Zeichen).',
    );
    expect(fieldErrorMessage({ field: 'whatever', code: 'unknownField' })).toBe('Bitte prüfen Sie diese Angabe.');
  });
});
