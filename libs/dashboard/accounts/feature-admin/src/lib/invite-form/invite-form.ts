import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  ErrorDescription,
  InvitationsApi,
  SessionStore,
  describeError,
  errorMessageFor,
  fieldErrorMessage,
  roleLabel,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError, FieldProblem } from '@digitalcheck/dashboard-accounts-ui-forms';
import { RegionSearchStore } from '@digitalcheck/dashboard-regions-data-access';
import { RegionPicker } from '@digitalcheck/dashboard-regions-ui-region-picker';
import type { IssuedInvitation, RegionSummary, Role } from '@digitalcheck/shared-contracts';

const IDS = { email: 'dc-invite-email', role: 'dc-invite-role', regionArs: 'dc-invite-region' };

/** One invitation: email, role and (except for ADMIN) the region or Land the person will act for. */
@Component({
  selector: 'dc-invite-form',
  imports: [ReactiveFormsModule, RegionPicker, ErrorSummary, FieldError],
  providers: [RegionSearchStore],
  templateUrl: './invite-form.html',
  styles: `
    .dc-form {
      display: flex;
      flex-direction: column;
      gap: var(--kern-metric-space-large, 24px);
      max-width: 36rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteForm {
  private readonly api = inject(InvitationsApi);
  private readonly session = inject(SessionStore);
  protected readonly regions = inject(RegionSearchStore);
  readonly issued = output<IssuedInvitation>();

  protected readonly ids = IDS;
  protected readonly roleLabel = roleLabel;
  /** Only administrators may create other administrators. */
  protected readonly roles = computed<Role[]>(() =>
    this.session.isAdmin() ? ['RESPONDENT', 'STATE_ANALYST', 'ADMIN'] : ['RESPONDENT', 'STATE_ANALYST'],
  );
  protected readonly form = inject(NonNullableFormBuilder).group({ email: [''], role: ['RESPONDENT' as Role] });
  protected readonly role = signal<Role>('RESPONDENT');
  protected readonly region = signal<RegionSummary | null>(null);
  protected readonly regionLabel = computed(() =>
    this.role() === 'STATE_ANALYST'
      ? $localize`:Region picker label for a Land@@admin.invite.land:Land suchen`
      : $localize`:Region picker label@@admin.invite.region:Region suchen`,
  );
  protected readonly submitting = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  protected readonly problems = computed<FieldProblem[]>(() => {
    const fields = this.error()?.fields ?? {};
    return (Object.keys(IDS) as (keyof typeof IDS)[])
      .filter((f) => fields[f])
      .map((f) => ({ id: IDS[f], message: fields[f] }));
  });

  protected fieldError(field: keyof typeof IDS): string | null {
    return this.error()?.fields[field] ?? null;
  }

  protected chooseRole(): void {
    this.role.set(this.form.controls.role.value);
  }

  protected submit(): void {
    if (this.submitting()) return;
    const email = this.form.controls.email.value.trim();
    const role = this.form.controls.role.value;
    const regionArs = role === 'ADMIN' ? null : (this.region()?.ars ?? null);
    const fields: Record<string, string> = {};
    if (!email) fields['email'] = fieldErrorMessage({ field: 'email', code: 'isNotEmpty' });
    if (role !== 'ADMIN' && !regionArs)
      fields['regionArs'] = fieldErrorMessage({ field: 'regionArs', code: 'isNotEmpty' });
    if (Object.keys(fields).length) {
      this.error.set({ code: 'VALIDATION_FAILED', message: errorMessageFor('VALIDATION_FAILED'), fields });
      return;
    }
    this.submitting.set(true);
    this.api.create({ email, role, regionArs }).subscribe({
      next: (invitation) => {
        this.submitting.set(false);
        this.error.set(null);
        this.form.controls.email.setValue('');
        this.issued.emit(invitation);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.error.set(describeError(error));
      },
    });
  }
}
