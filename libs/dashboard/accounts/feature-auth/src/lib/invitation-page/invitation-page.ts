import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AuthApi,
  ErrorDescription,
  SessionStore,
  describeError,
  errorMessageFor,
  roleLabel,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import type { InvitationPreview } from '@digitalcheck/shared-contracts';
import { authTexts, checkNewPassword, describedBy, problemsOf } from '../form-problems';

const IDS = {
  displayName: 'dc-invite-name',
  password: 'dc-invite-password',
  passwordRepeat: 'dc-invite-password-repeat',
};

/** Codes after which the invitation cannot be used any more: the page shows the message instead of the form. */
const FINAL_CODES = ['INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED', 'INVITATION_REVOKED'];

type PageState =
  | { kind: 'loading' }
  | { kind: 'preview'; preview: InvitationPreview }
  | { kind: 'failed'; error: ErrorDescription };

/**
 * "Einladung annehmen" (`/einladung?token=`): shows for whom and for what the invitation is, then asks for name
 * and a new password (new account) or the existing password (the scope is added to that account). Signs in.
 */
@Component({
  selector: 'dc-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, ErrorSummary, FieldError],
  templateUrl: './invitation-page.html',
  styleUrl: './invitation-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly api = inject(AuthApi);
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';

  protected readonly ids = IDS;
  protected readonly ruleId = 'dc-invite-rule';
  protected readonly passwordRule = authTexts.passwordRule();
  private readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly preview = computed(() => {
    const state = this.state();
    return state.kind === 'preview' ? state.preview : null;
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.error : null;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [''],
    password: [''],
    passwordRepeat: [''],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  protected readonly problems = computed(() => problemsOf(this.error()?.fields ?? {}, IDS));
  protected readonly credentialsRejected = computed(() => this.error()?.code === 'INVALID_CREDENTIALS');
  protected readonly roleLabel = roleLabel;

  constructor() {
    if (!this.token) {
      this.fail('INVITATION_INVALID');
      return;
    }
    this.api.inspectInvitation(this.token).subscribe({
      next: (preview) => this.state.set({ kind: 'preview', preview }),
      error: (error: unknown) => this.state.set({ kind: 'failed', error: describeError(error) }),
    });
  }

  protected fieldError(field: keyof typeof IDS): string | null {
    return this.error()?.fields[field] ?? null;
  }

  protected invalid(field: keyof typeof IDS): boolean {
    return this.fieldError(field) !== null || (field === 'password' && this.credentialsRejected());
  }

  protected describedBy(field: keyof typeof IDS, withRule = false): string | null {
    return describedBy(
      withRule && this.ruleId,
      this.fieldError(field) && `${IDS[field]}-error`,
      field === 'password' && this.credentialsRejected() && 'dc-invite-error',
    );
  }

  protected submit(preview: InvitationPreview): void {
    if (this.submitting()) return;
    const { displayName, password, passwordRepeat } = this.form.getRawValue();
    const fields: Record<string, string> = {};
    if (preview.accountExists) {
      if (!password) fields['password'] = authTexts.passwordRequired();
    } else {
      if (!displayName.trim())
        fields['displayName'] = $localize`:Field error@@auth.invite.nameRequired:Bitte geben Sie Ihren Namen ein.`;
      Object.assign(fields, checkNewPassword(password, passwordRepeat));
    }
    if (Object.keys(fields).length) {
      this.error.set({ code: 'VALIDATION_FAILED', message: errorMessageFor('VALIDATION_FAILED'), fields });
      return;
    }
    this.submitting.set(true);
    const acceptance = preview.accountExists
      ? { token: this.token, password }
      : { token: this.token, password, displayName: displayName.trim() };
    this.api.acceptInvitation(acceptance).subscribe({
      next: (session) => {
        this.store.set(session);
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const described = describeError(error);
        if (FINAL_CODES.includes(described.code)) this.state.set({ kind: 'failed', error: described });
        else this.error.set(described);
      },
    });
  }

  private fail(code: string): void {
    this.state.set({ kind: 'failed', error: { code, message: errorMessageFor(code), fields: {} } });
  }
}
