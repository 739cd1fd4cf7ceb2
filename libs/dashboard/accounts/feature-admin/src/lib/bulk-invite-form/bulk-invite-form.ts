import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  ErrorDescription,
  InvitationsApi,
  describeError,
  errorMessageFor,
  fieldErrorMessage,
  roleLabel,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError } from '@digitalcheck/dashboard-accounts-ui-forms';
import type { BulkInvitationReport, BulkInvitationRequest } from '@digitalcheck/shared-contracts';

const IDS = { csv: 'dc-bulk-csv' };

/**
 * Many invitations from a CSV list (`region;email`), pasted or read from a file: "Prüfen" checks every row and
 * creates nothing; "Einladungen anlegen" (after a check of the same list) creates them and shows the links as a
 * printable list.
 */
@Component({
  selector: 'dc-bulk-invite-form',
  imports: [ReactiveFormsModule, DatePipe, ErrorSummary, FieldError],
  templateUrl: './bulk-invite-form.html',
  styleUrl: './bulk-invite-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkInviteForm {
  private readonly api = inject(InvitationsApi);
  /** Invitations were created: the list should reload. */
  readonly created = output<void>();

  protected readonly ids = IDS;
  protected readonly roles: BulkInvitationRequest['role'][] = ['RESPONDENT', 'STATE_ANALYST'];
  protected readonly roleLabel = roleLabel;
  protected readonly form = inject(NonNullableFormBuilder).group({
    role: ['RESPONDENT' as BulkInvitationRequest['role']],
    csv: [''],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<ErrorDescription | null>(null);
  protected readonly report = signal<BulkInvitationReport | null>(null);
  /** The list and role last checked without errors in the request: only then may it be sent for real. */
  private readonly checked = signal<string | null>(null);
  private readonly current = signal('');
  protected readonly canCreate = computed(() => this.checked() !== null && this.checked() === this.current());
  protected readonly csvError = computed(() => this.error()?.fields['csv'] ?? null);
  protected readonly problems = computed(() => {
    const message = this.csvError();
    return message ? [{ id: IDS.csv, message }] : [];
  });

  constructor() {
    this.form.valueChanges.subscribe(() => this.current.set(this.key()));
  }

  protected readFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    file.text().then((text) => this.form.controls.csv.setValue(text));
  }

  protected send(dryRun: boolean): void {
    if (this.submitting()) return;
    const { csv, role } = this.form.getRawValue();
    if (!csv.trim()) {
      this.error.set({
        code: 'VALIDATION_FAILED',
        message: errorMessageFor('VALIDATION_FAILED'),
        fields: { csv: fieldErrorMessage({ field: 'csv', code: 'isNotEmpty' }) },
      });
      return;
    }
    const key = this.key();
    this.submitting.set(true);
    this.api.bulk({ csv, role, dryRun }).subscribe({
      next: (report) => {
        this.submitting.set(false);
        this.error.set(null);
        this.report.set(report);
        this.checked.set(dryRun ? key : null);
        if (!dryRun && report.created.length) this.created.emit();
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.report.set(null);
        this.checked.set(null);
        this.error.set(describeError(error));
      },
    });
  }

  protected print(): void {
    window.print();
  }

  private key(): string {
    const { csv, role } = this.form.getRawValue();
    return `${role}\n${csv}`;
  }
}
