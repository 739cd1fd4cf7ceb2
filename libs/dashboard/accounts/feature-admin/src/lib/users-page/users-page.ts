import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import {
  SessionStore,
  UserQuery,
  UsersApi,
  describeError,
  scopeLabel,
  userStatusLabel,
} from '@digitalcheck/dashboard-accounts-data-access';
import { ConfirmPanel } from '@digitalcheck/dashboard-accounts-ui-forms';
import { USER_STATUSES } from '@digitalcheck/shared-contracts';
import type { Page, UserStatus, UserSummary } from '@digitalcheck/shared-contracts';

export const USERS_PAGE_SIZE = 50;

type ListState =
  | { kind: 'loading' }
  | { kind: 'loaded'; page: Page<UserSummary> }
  | { kind: 'failed'; message: string };

/** "Benutzerkonten": search and filter accounts, see their roles and last sign-in, disable or enable them. */
@Component({
  selector: 'dc-users-page',
  imports: [ReactiveFormsModule, DatePipe, ConfirmPanel],
  templateUrl: './users-page.html',
  styleUrl: './users-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly session = inject(SessionStore);
  /** One's own account cannot be disabled here (the API refuses it too). */
  protected readonly ownId = computed(() => this.session.user()?.id ?? null);

  protected readonly statuses = USER_STATUSES;
  protected readonly statusLabel = userStatusLabel;
  protected readonly scopeLabel = scopeLabel;
  protected readonly filter = inject(NonNullableFormBuilder).group({ q: [''], status: ['' as UserStatus | ''] });
  private readonly query = signal<UserQuery>({ offset: 0, limit: USERS_PAGE_SIZE });
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly page = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.page : null;
  });
  protected readonly rangeText = computed(() => {
    const page = this.page();
    if (!page || page.total === 0) return '';
    const from = page.offset + 1;
    const to = page.offset + page.items.length;
    return $localize`:Users shown of total@@admin.users.range:${from}:from:–${to}:to: von ${page.total}:total: Konten`;
  });

  /** The account whose status is about to change (confirmation shown). */
  protected readonly pending = signal<UserSummary | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly actionError = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected search(): void {
    const { q, status } = this.filter.getRawValue();
    this.query.set({ q: q.trim(), status, offset: 0, limit: USERS_PAGE_SIZE });
    this.load();
  }

  protected turn(direction: 1 | -1): void {
    this.query.update((q) => ({ ...q, offset: Math.max(0, (q.offset ?? 0) + direction * USERS_PAGE_SIZE) }));
    this.load();
  }

  protected confirmText(user: UserSummary): { heading: string; text: string; label: string } {
    const name = user.displayName || user.email;
    return user.status === 'disabled'
      ? {
          heading: $localize`:Confirm heading@@admin.users.enable.heading:Konto von ${name}:name: wieder aktivieren?`,
          text: $localize`:@@admin.users.enable.text:${name}:name: kann sich danach wieder anmelden.`,
          label: $localize`:Confirm button@@admin.users.enable.confirm:Ja, aktivieren`,
        }
      : {
          heading: $localize`:Confirm heading@@admin.users.disable.heading:Konto von ${name}:name: deaktivieren?`,
          text: $localize`:@@admin.users.disable.text:${name}:name: kann sich danach nicht mehr anmelden. Laufende Sitzungen werden beendet. Sie können das Konto später wieder aktivieren.`,
          label: $localize`:Confirm button@@admin.users.disable.confirm:Ja, deaktivieren`,
        };
  }

  protected ask(user: UserSummary): void {
    this.notice.set('');
    this.actionError.set(null);
    this.pending.set(user);
  }

  protected changeStatus(user: UserSummary): void {
    const status = user.status === 'disabled' ? 'active' : 'disabled';
    this.busy.set(true);
    this.api.setStatus(user.id, status).subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.pending.set(null);
        this.state.update((s) =>
          s.kind === 'loaded'
            ? {
                kind: 'loaded',
                page: { ...s.page, items: s.page.items.map((u) => (u.id === updated.id ? updated : u)) },
              }
            : s,
        );
        const name = updated.displayName || updated.email;
        this.notice.set(
          updated.status === 'disabled'
            ? $localize`:Status message@@admin.users.disabled:Das Konto von ${name}:name: ist deaktiviert.`
            : $localize`:Status message@@admin.users.enabled:Das Konto von ${name}:name: ist aktiv.`,
        );
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.pending.set(null);
        this.actionError.set(describeError(error).message);
      },
    });
  }

  private load(): void {
    this.state.set({ kind: 'loading' });
    this.api.list(this.query()).subscribe({
      next: (page) => this.state.set({ kind: 'loaded', page }),
      error: (error: unknown) => this.state.set({ kind: 'failed', message: describeError(error).message }),
    });
  }
}
