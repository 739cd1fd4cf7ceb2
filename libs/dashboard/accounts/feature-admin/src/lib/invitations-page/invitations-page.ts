import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  InvitationQuery,
  InvitationsApi,
  describeError,
  invitationStatusLabel,
  roleLabel,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ConfirmPanel } from '@digitalcheck/dashboard-accounts-ui-forms';
import { INVITATION_STATUSES } from '@digitalcheck/shared-contracts';
import type { InvitationStatus, InvitationSummary, IssuedInvitation, Page } from '@digitalcheck/shared-contracts';
import { BulkInviteForm } from '../bulk-invite-form/bulk-invite-form';
import { InviteForm } from '../invite-form/invite-form';
import { IssuedLink } from '../issued-link/issued-link';

export const INVITATIONS_PAGE_SIZE = 50;

type ListState =
  | { kind: 'loading' }
  | { kind: 'loaded'; page: Page<InvitationSummary> }
  | { kind: 'failed'; message: string };

/** "Einladungen": invite one person or many (CSV), follow the invitations, resend or revoke them. */
@Component({
  selector: 'dc-invitations-page',
  imports: [ReactiveFormsModule, DatePipe, ConfirmPanel, InviteForm, BulkInviteForm, IssuedLink],
  templateUrl: './invitations-page.html',
  styleUrl: './invitations-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationsPage {
  private readonly api = inject(InvitationsApi);

  protected readonly statuses = INVITATION_STATUSES;
  protected readonly statusLabel = invitationStatusLabel;
  protected readonly roleLabel = roleLabel;
  protected readonly filter = inject(NonNullableFormBuilder).group({ status: ['' as InvitationStatus | ''] });
  private readonly query = signal<InvitationQuery>({ offset: 0, limit: INVITATIONS_PAGE_SIZE });
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly page = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.page : null;
  });

  /** The last created or resent invitation, whose link is shown once. */
  protected readonly issued = signal<IssuedInvitation | null>(null);
  protected readonly revoking = signal<InvitationSummary | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly actionError = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected applyFilter(): void {
    this.query.set({ status: this.filter.getRawValue().status, offset: 0, limit: INVITATIONS_PAGE_SIZE });
    this.load();
  }

  protected turn(direction: 1 | -1): void {
    this.query.update((q) => ({ ...q, offset: Math.max(0, (q.offset ?? 0) + direction * INVITATIONS_PAGE_SIZE) }));
    this.load();
  }

  protected onIssued(invitation: IssuedInvitation): void {
    this.issued.set(invitation);
    this.load();
  }

  protected resend(invitation: InvitationSummary): void {
    this.clearMessages();
    this.busy.set(true);
    this.api.resend(invitation.id).subscribe({
      next: (issued) => {
        this.busy.set(false);
        this.onIssued(issued);
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected askRevoke(invitation: InvitationSummary): void {
    this.clearMessages();
    this.revoking.set(invitation);
  }

  protected readonly revokeLabel = $localize`:Confirm button@@admin.invitations.revoke.confirm:Ja, zurückziehen`;

  protected revokeHeading(invitation: InvitationSummary): string {
    return $localize`:Confirm heading@@admin.invitations.revoke.heading:Einladung an ${invitation.email}:email: zurückziehen?`;
  }

  protected revokeText(invitation: InvitationSummary): string {
    return $localize`:@@admin.invitations.revoke.text:Der Link an ${invitation.email}:email: funktioniert danach nicht mehr. Sie können später eine neue Einladung senden.`;
  }

  protected revoke(invitation: InvitationSummary): void {
    this.busy.set(true);
    this.api.revoke(invitation.id).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.revoking.set(null);
        this.state.update((s) =>
          s.kind === 'loaded'
            ? {
                kind: 'loaded',
                page: { ...s.page, items: s.page.items.map((i) => (i.id === updated.id ? updated : i)) },
              }
            : s,
        );
        this.notice.set(
          $localize`:Status message@@admin.invitations.revoked:Die Einladung an ${updated.email}:email: ist zurückgezogen.`,
        );
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.revoking.set(null);
    this.actionError.set(describeError(error).message);
  }

  private clearMessages(): void {
    this.notice.set('');
    this.actionError.set(null);
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.api.list(this.query()).subscribe({
      next: (page) => this.state.set({ kind: 'loaded', page }),
      error: (error: unknown) => this.state.set({ kind: 'failed', message: describeError(error).message }),
    });
  }
}
