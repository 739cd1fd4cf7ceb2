import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  AuthApi,
  ErrorDescription,
  describeError,
  errorMessageFor,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import { authTexts, checkNewPassword, describedBy, problemsOf } from '../form-problems';

const IDS = { password: 'dc-reset-password', passwordRepeat: 'dc-reset-password-repeat' };

/** "Passwort zurücksetzen" from the link in the email (`?token=`): the new password twice. */
@Component({
  selector: 'dc-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, ErrorSummary, FieldError],
  templateUrl: './reset-password-page.html',
  styleUrl: './reset-password-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApi);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';

  protected readonly ids = IDS;
  protected readonly ruleId = 'dc-reset-rule';
  protected readonly passwordRule = authTexts.passwordRule();
  protected readonly form = inject(NonNullableFormBuilder).group({ password: [''], passwordRepeat: [''] });
  protected readonly submitting = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ErrorDescription | null>(
    this.token ? null : { code: 'RESET_TOKEN_INVALID', message: errorMessageFor('RESET_TOKEN_INVALID'), fields: {} },
  );
  protected readonly problems = computed(() => problemsOf(this.error()?.fields ?? {}, IDS));
  protected readonly tokenInvalid = computed(() => this.error()?.code === 'RESET_TOKEN_INVALID');

  protected fieldError(field: keyof typeof IDS): string | null {
    return this.error()?.fields[field] ?? null;
  }

  protected describedBy(field: keyof typeof IDS): string | null {
    return describedBy(field === 'password' && this.ruleId, this.fieldError(field) && `${IDS[field]}-error`);
  }

  protected submit(): void {
    if (this.submitting() || !this.token) return;
    const { password, passwordRepeat } = this.form.getRawValue();
    const fields = checkNewPassword(password, passwordRepeat);
    if (Object.keys(fields).length) {
      this.error.set({ code: 'VALIDATION_FAILED', message: errorMessageFor('VALIDATION_FAILED'), fields });
      return;
    }
    this.submitting.set(true);
    this.api.completePasswordReset({ token: this.token, password }).subscribe({
      next: () => {
        this.submitting.set(false);
        this.error.set(null);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(describeError(error));
      },
    });
  }
}
