import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { participationStateLabel } from '@digitalcheck/dashboard-surveys-data-access';
import type { WaveParticipation } from '@digitalcheck/shared-contracts';
import { type ParticipationRow, downloadText, reminderCsv, reminderNames } from '../reminder-list';

export type ParticipationFilter = 'all' | 'notStarted' | 'notSubmitted';

/**
 * Every invited region with its state and answered questions, filterable to the reminder lists ("nicht begonnen",
 * "nicht abgesendet"), which can be copied as names or downloaded as CSV. Per submitted response: reopen and
 * publish (the host asks first); submitted and published ones link to their result.
 */
@Component({
  selector: 'dc-participation-table',
  imports: [RouterLink],
  templateUrl: './participation-table.html',
  styleUrl: './participation-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipationTable {
  private readonly document = inject(DOCUMENT);

  readonly participation = input.required<WaveParticipation>();
  /** Reopening needs an open wave; publishing works also after the close. */
  readonly canReopen = input(false);
  readonly canPublish = input(false);
  readonly reopen = output<ParticipationRow>();
  readonly publish = output<ParticipationRow>();

  protected readonly stateLabel = participationStateLabel;
  protected readonly filter = signal<ParticipationFilter>('all');
  protected readonly filters = computed(() => {
    const p = this.participation();
    return [
      { value: 'all' as const, label: $localize`:Participation filter@@waves.filter.all:Alle`, count: p.invited },
      {
        value: 'notStarted' as const,
        label: $localize`:Participation filter@@waves.filter.notStarted:Nicht begonnen`,
        count: p.notStarted.length,
      },
      {
        value: 'notSubmitted' as const,
        label: $localize`:Participation filter@@waves.filter.notSubmitted:Nicht abgesendet`,
        count: p.notSubmitted.length,
      },
    ];
  });
  protected readonly rows = computed<ParticipationRow[]>(() => {
    const p = this.participation();
    const filter = this.filter();
    if (filter === 'all') return p.regions;
    const keys = new Set(filter === 'notStarted' ? p.notStarted : p.notSubmitted);
    return p.regions.filter((r) => keys.has(r.ars));
  });
  protected readonly shownText = computed(() => {
    const count = this.rows().length;
    return count === 1
      ? $localize`:Rows shown@@waves.table.shownOne:1 Region angezeigt`
      : $localize`:Rows shown@@waves.table.shown:${count}:count: Regionen angezeigt`;
  });
  /** What the copy button did, for the live region. */
  protected readonly copied = signal('');

  protected choose(filter: ParticipationFilter): void {
    this.filter.set(filter);
    this.copied.set('');
  }

  protected copyNames(): void {
    const rows = this.rows();
    const manual = $localize`:@@waves.reminder.copyManually:Bitte markieren und kopieren Sie die Namen in der Tabelle selbst.`;
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.copied.set(manual);
      return;
    }
    const count = rows.length;
    clipboard.writeText(reminderNames(rows)).then(
      () =>
        this.copied.set(
          count === 1
            ? $localize`:@@waves.reminder.copiedOne:1 Name kopiert.`
            : $localize`:@@waves.reminder.copied:${count}:count: Namen kopiert.`,
        ),
      () => this.copied.set(manual),
    );
  }

  protected downloadCsv(): void {
    const name =
      this.filter() === 'notStarted'
        ? $localize`:CSV file name@@waves.reminder.fileNotStarted:nicht-begonnen`
        : $localize`:CSV file name@@waves.reminder.fileNotSubmitted:nicht-abgesendet`;
    downloadText(this.document, `${name}.csv`, reminderCsv(this.rows()), 'text/csv;charset=utf-8');
  }
}
