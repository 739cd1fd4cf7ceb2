import { HttpErrorResponse } from '@angular/common/http';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@digitalcheck/shared-contracts';
import type { ApiErrorBody, ApiFieldError } from '@digitalcheck/shared-contracts';

/** What a page shows for a failed request: one German message and, for 400 validation errors, one per field. */
export interface ErrorDescription {
  /** `ApiErrorBody.code`, or `NETWORK` when the server gave no usable answer (offline, 5xx, not JSON). */
  code: string;
  message: string;
  /** German message per request field (`email`, `password`, …), for the field's own error text. */
  fields: Record<string, string>;
}

/** The one place where API error codes become German sentences. */
export function errorMessageFor(code: string, retryAfterSeconds: number | null = null): string {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return $localize`:Login error@@accounts.error.invalidCredentials:E-Mail-Adresse oder Passwort ist falsch.`;
    case 'LOGIN_THROTTLED': {
      const minutes = retryMinutes(retryAfterSeconds);
      return $localize`:Login error, wait time in minutes@@accounts.error.throttled:Zu viele Anmeldeversuche. Bitte warten Sie ${minutes}:minutes: Minuten und versuchen Sie es dann erneut.`;
    }
    case 'ACCOUNT_DISABLED':
      return $localize`:Login error@@accounts.error.disabled:Dieses Konto ist deaktiviert. Bitte wenden Sie sich an Ihre Ansprechperson beim Land.`;
    case 'INVITATION_INVALID':
      return $localize`:Invitation error@@accounts.error.invitationInvalid:Dieser Einladungslink ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.`;
    case 'INVITATION_EXPIRED':
      return $localize`:Invitation error@@accounts.error.invitationExpired:Diese Einladung ist abgelaufen. Bitten Sie um eine neue Einladung.`;
    case 'INVITATION_USED':
      return $localize`:Invitation error@@accounts.error.invitationUsed:Diese Einladung wurde bereits angenommen. Melden Sie sich mit Ihrem Passwort an.`;
    case 'INVITATION_REVOKED':
      return $localize`:Invitation error@@accounts.error.invitationRevoked:Diese Einladung wurde zurückgezogen.`;
    case 'RESET_TOKEN_INVALID':
      return $localize`:Password reset error@@accounts.error.resetTokenInvalid:Dieser Link zum Zurücksetzen ist ungültig oder abgelaufen. Fordern Sie einen neuen an.`;
    case 'CSRF_TOKEN_INVALID':
      return $localize`:Error@@accounts.error.csrf:Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.`;
    case 'VALIDATION_FAILED':
    case 'BAD_REQUEST':
      return $localize`:Error@@accounts.error.validation:Bitte prüfen Sie Ihre Eingaben.`;
    case 'UNAUTHENTICATED':
      return $localize`:Error@@accounts.error.unauthenticated:Sie sind nicht angemeldet. Bitte melden Sie sich an.`;
    case 'FORBIDDEN':
      return $localize`:Error@@accounts.error.forbidden:Dafür fehlt Ihnen die Berechtigung.`;
    case 'NOT_FOUND':
      return $localize`:Error@@accounts.error.notFound:Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.`;
    case 'CONFLICT':
      return $localize`:Error@@accounts.error.conflict:Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Seite neu.`;
    case 'PAYLOAD_TOO_LARGE':
      return $localize`:Error@@accounts.error.tooLarge:Die Daten sind zu groß. Bitte teilen Sie sie auf.`;
    case 'UNPROCESSABLE':
      return $localize`:Error@@accounts.error.unprocessable:Die Daten konnten nicht verarbeitet werden. Bitte prüfen Sie sie.`;
    case 'TOO_MANY_REQUESTS':
      return $localize`:Error@@accounts.error.tooMany:Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.`;
    default:
      return $localize`:Error without answer or on server error@@accounts.error.network:Der Server ist nicht erreichbar. Bitte versuchen Sie es später erneut.`;
  }
}

/** Minutes to wait from `Retry-After` seconds: rounded up, at least 1 (also when the header is missing). */
export function retryMinutes(retryAfterSeconds: number | null): number {
  if (retryAfterSeconds === null || !Number.isFinite(retryAfterSeconds) || retryAfterSeconds <= 0) return 1;
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** German message for one violated constraint of one request field (class-validator codes). */
export function fieldErrorMessage(error: Pick<ApiFieldError, 'field' | 'code'>): string {
  const field = error.field.split('.')[0];
  switch (field) {
    case 'password':
      if (error.code === 'maxLength')
        return $localize`:Field error@@accounts.field.password.tooLong:Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH}:max: Zeichen lang sein.`;
      if (error.code === 'isNotEmpty')
        return $localize`:Field error@@accounts.field.password.required:Bitte geben Sie ein Passwort ein.`;
      return $localize`:Field error@@accounts.field.password.tooShort:Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH}:min: Zeichen lang sein.`;
    case 'email':
      if (error.code === 'isNotEmpty')
        return $localize`:Field error@@accounts.field.email.required:Bitte geben Sie eine E-Mail-Adresse ein.`;
      return $localize`:Field error@@accounts.field.email.invalid:Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@kreis.de.`;
    case 'displayName':
      return $localize`:Field error@@accounts.field.displayName:Bitte geben Sie Ihren Namen ein (höchstens 200 Zeichen).`;
    case 'regionArs':
      if (error.code === 'notALand')
        return $localize`:Field error@@accounts.field.region.notALand:Für die Landesebene wählen Sie bitte ein Land aus.`;
      if (error.code === 'notBelowLand')
        return $localize`:Field error@@accounts.field.region.notBelowLand:Für eine Kommune wählen Sie bitte einen Kreis, eine Stadt oder eine Gemeinde aus, kein Land.`;
      if (error.code === 'unknownRegion')
        return $localize`:Field error@@accounts.field.region.unknown:Diese Region ist nicht bekannt.`;
      return $localize`:Field error@@accounts.field.region:Bitte wählen Sie eine passende Region aus.`;
    case 'role':
      return $localize`:Field error@@accounts.field.role:Bitte wählen Sie eine Rolle aus.`;
    case 'csv':
      return $localize`:Field error@@accounts.field.csv:Bitte fügen Sie eine CSV-Liste mit der Kopfzeile region;email ein.`;
    case 'token':
      return $localize`:Field error@@accounts.field.token:Der Link ist unvollständig. Bitte öffnen Sie ihn erneut aus der E-Mail.`;
    default:
      return $localize`:Field error@@accounts.field.other:Bitte prüfen Sie diese Angabe.`;
  }
}

/** The error body, when the server sent one in the API's shape. */
export function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string') {
    return body as ApiErrorBody;
  }
  return null;
}

/** Turns any failed request into German text: by `code`, field by field for validation errors. */
export function describeError(error: unknown): ErrorDescription {
  const body = apiErrorBody(error);
  if (!body || (error instanceof HttpErrorResponse && error.status >= 500)) {
    return { code: 'NETWORK', message: errorMessageFor('NETWORK'), fields: {} };
  }
  const retryAfter = error instanceof HttpErrorResponse ? error.headers.get('Retry-After') : null;
  const fields: Record<string, string> = {};
  for (const fieldError of body.errors ?? []) {
    const field = fieldError.field.split('.')[0];
    fields[field] ??= fieldErrorMessage(fieldError);
  }
  return {
    code: body.code,
    message: errorMessageFor(body.code, retryAfter === null ? null : Number(retryAfter)),
    fields,
  };
}
