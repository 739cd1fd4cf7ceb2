import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AuditApi, auditExportUrl, describeError } from '@digitalcheck/dashboard-accounts-data-access';
import type { AuditEntry, AuditQuery } from '@digitalcheck/shared-contracts';

export const AUDIT_PAGE_SIZE = 50;

/** The day after an ISO date (`2026-03-31` → `2026-04-01`): the API's `to` is exclusive, the form's "bis" inclusive. */
export function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

/** "Protokoll": who changed what and when, newest first, with filters, "Ältere laden" and CSV export. */
@Component({
  selector: 'dc-audit-page',
  imports: [ReactiveFormsModule, DatePipe],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly api = inject(AuditApi);

  protected readonly filter = inject(NonNullableFormBuilder).group({
    action: [''],
    regionArs: [''],
    actorEmail: [''],
    from: [''],
    to: [''],
  });
  private readonly query = signal<AuditQuery>({});
  protected readonly exportUrl = computed(() => auditExportUrl(this.query()));
  protected readonly entries = signal<AuditEntry[]>([]);
  protected readonly nextBefore = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load(false);
  }

  protected applyFilter(): void {
    const { action, regionArs, actorEmail, from, to } = this.filter.getRawValue();
    this.query.set({
      action: action.trim() || undefined,
      regionArs: regionArs.trim() || undefined,
      actorEmail: actorEmail.trim() || undefined,
      from: from || undefined,
      to: to ? dayAfter(to) : undefined,
    });
    this.load(false);
  }

  protected loadOlder(): void {
    this.load(true);
  }

  protected details(entry: AuditEntry): string {
    return Object.keys(entry.details ?? {}).length ? JSON.stringify(entry.details) : '';
  }

  private load(older: boolean): void {
    const before = older ? (this.nextBefore() ?? undefined) : undefined;
    if (!older) {
      this.entries.set([]);
      this.loaded.set(false);
    }
    this.loading.set(true);
    this.error.set(null);
    this.api.list({ ...this.query(), before, limit: AUDIT_PAGE_SIZE }).subscribe({
      next: (page) => {
        this.loading.set(false);
        this.loaded.set(true);
        this.entries.update((entries) => (older ? [...entries, ...page.items] : page.items));
        this.nextBefore.set(page.nextBefore);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.error.set(describeError(error).message);
      },
    });
  }
}
