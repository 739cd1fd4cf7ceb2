import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ErrorDescription,
  OIDC_LOGIN_URL,
  SessionStore,
  describeError,
  errorMessageFor,
  safeReturnUrl,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import { authTexts, describedBy, problemsOf } from '../form-problems';

const IDS = { email: 'dc-login-email', password: 'dc-login-password' };

/** "Anmelden": email and password, or the identity provider (OIDC); afterwards back to `?ziel=` or `/`. */
@Component({
  selector: 'dc-login-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, FieldError],
  templateUrl: './login-page.html',
  styleUrl: './login-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly ids = IDS;
  protected readonly summaryId = 'dc-login-error';
  /** The identity provider returns to `ziel` as well (the API checks it is a path of this app). */
  protected readonly oidcUrl = this.query.get('ziel')
    ? `${OIDC_LOGIN_URL}?ziel=${encodeURIComponent(safeReturnUrl(this.query.get('ziel')))}`
    : OIDC_LOGIN_URL;
  protected readonly user = this.store.user;
  protected readonly oidcEnabled = this.store.oidcEnabled;
  protected readonly ssoLabel = computed(() => {
    const provider = this.store.oidcLabel();
    return provider
      ? $localize`:SSO button with the identity provider@@auth.login.ssoWith:Mit Dienstkonto anmelden (${provider}:provider:)`
      : $localize`:SSO button@@auth.login.sso:Mit Dienstkonto anmelden`;
  });
  /** The API sends `?fehler=sso|deaktiviert|keine-rolle` back after a failed sign-in at the identity provider. */
  protected readonly ssoFailure = ssoFailureMessage(this.query.get('fehler'));

  protected readonly form = inject(NonNullableFormBuilder).group({ email: [''], password: [''] });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  protected readonly problems = computed(() => problemsOf(this.error()?.fields ?? {}, IDS));
  /** Wrong credentials concern both fields: both are marked invalid and point to the summary. */
  protected readonly credentialsRejected = computed(() => this.error()?.code === 'INVALID_CREDENTIALS');

  protected fieldError(field: keyof typeof IDS): string | null {
    return this.error()?.fields[field] ?? null;
  }

  protected describedBy(field: keyof typeof IDS): string | null {
    return describedBy(this.fieldError(field) && `${IDS[field]}-error`, this.credentialsRejected() && this.summaryId);
  }

  protected invalid(field: keyof typeof IDS): boolean {
    return this.fieldError(field) !== null || this.credentialsRejected();
  }

  protected submit(): void {
    if (this.submitting()) return;
    const { email, password } = this.form.getRawValue();
    const fields: Record<string, string> = {};
    if (!email.trim())
      fields['email'] = $localize`:Field error@@auth.login.emailRequired:Bitte geben Sie Ihre E-Mail-Adresse ein.`;
    if (!password) fields['password'] = authTexts.passwordRequired();
    if (Object.keys(fields).length) {
      this.error.set({ code: 'VALIDATION_FAILED', message: errorMessageFor('VALIDATION_FAILED'), fields });
      return;
    }
    this.submitting.set(true);
    this.store.login({ email: email.trim(), password }).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.query.get('ziel'))),
      error: (error: unknown) => {
        this.submitting.set(false);
        this.form.controls.password.setValue('');
        this.error.set(describeError(error));
      },
    });
  }
}

/** The German text for the `fehler` code of a failed single sign-on; null without one. */
export function ssoFailureMessage(code: string | null): string | null {
  switch (code) {
    case null:
      return null;
    case 'deaktiviert':
      return $localize`:SSO error@@auth.login.ssoDisabled:Ihr Konto ist deaktiviert. Bitte wenden Sie sich an Ihre Ansprechperson beim Land.`;
    case 'keine-rolle':
      return $localize`:SSO error@@auth.login.ssoNoRole:Ihr Dienstkonto ist für Digitalcheck Kommune noch keiner Kommune und keinem Land zugeordnet. Bitte wenden Sie sich an Ihre Ansprechperson beim Land.`;
    default:
      return $localize`:SSO error@@auth.login.ssoFailed:Die Anmeldung mit dem Dienstkonto ist fehlgeschlagen. Bitte versuchen Sie es erneut oder melden Sie sich mit E-Mail-Adresse und Passwort an.`;
  }
}
