import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AuthApi,
  ErrorDescription,
  describeError,
  errorMessageFor,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import { problemsOf } from '../form-problems';

const IDS = { email: 'dc-forgot-email' };

/** "Passwort vergessen": asks for a reset link; the answer is the same whether the address has an account or not. */
@Component({
  selector: 'dc-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, FieldError],
  templateUrl: './forgot-password-page.html',
  styleUrl: './forgot-password-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApi);

  protected readonly ids = IDS;
  protected readonly form = inject(NonNullableFormBuilder).group({ email: [''] });
  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  protected readonly problems = computed(() => problemsOf(this.error()?.fields ?? {}, IDS));
  protected readonly emailError = computed(() => this.error()?.fields['email'] ?? null);

  protected submit(): void {
    if (this.submitting()) return;
    const email = this.form.getRawValue().email.trim();
    if (!email) {
      this.error.set({
        code: 'VALIDATION_FAILED',
        message: errorMessageFor('VALIDATION_FAILED'),
        fields: { email: $localize`:Field error@@auth.login.emailRequired:Bitte geben Sie Ihre E-Mail-Adresse ein.` },
      });
      return;
    }
    this.submitting.set(true);
    this.api.requestPasswordReset({ email }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.error.set(null);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(describeError(error));
      },
    });
  }
}
