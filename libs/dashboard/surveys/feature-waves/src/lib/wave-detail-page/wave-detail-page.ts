import { DatePipe, Location } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ErrorDescription } from '@digitalcheck/dashboard-accounts-data-access';
import { ConfirmPanel } from '@digitalcheck/dashboard-accounts-ui-forms';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import {
  WavesApi,
  describeWaveError,
  managedWaveStatusLabel,
  startedText,
  submittedText,
} from '@digitalcheck/dashboard-surveys-data-access';
import type { QuestionnaireSummary, WaveDetail, WaveParticipation } from '@digitalcheck/shared-contracts';
import { catchError, of } from 'rxjs';
import { ExtendForm } from '../extend-form/extend-form';
import { formatGermanDate, lastDay } from '../german-date';
import { ParticipationTable } from '../participation-table/participation-table';
import { questionnaireLabel } from '../questionnaire-label';
import type { ParticipationRow } from '../reminder-list';
import { ReopenDialog } from '../reopen-dialog/reopen-dialog';

type PageState = { kind: 'loading' } | { kind: 'loaded' } | { kind: 'failed'; message: string; notFound: boolean };

/** The wave form hands this over in the navigation state. */
interface DetailNavigationState {
  notice?: 'created' | 'updated';
}

/**
 * One wave: questionnaire, period and status; participation as "n von N"; every region's state with the reminder
 * filters; close (after confirmation), extend, and per submitted response reopen (with a reason) and publish.
 */
@Component({
  selector: 'dc-wave-detail-page',
  imports: [DatePipe, RouterLink, ConfirmPanel, ExtendForm, ParticipationTable, ReopenDialog],
  templateUrl: './wave-detail-page.html',
  styleUrl: './wave-detail-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WaveDetailPage {
  private readonly api = inject(WavesApi);
  private readonly injector = inject(Injector);
  private readonly waveId = inject(ActivatedRoute).snapshot.paramMap.get('waveId') ?? '';

  protected readonly statusLabel = managedWaveStatusLabel;
  protected readonly lastDay = lastDay;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly wave = signal<WaveDetail | null>(null);
  protected readonly participation = signal<WaveParticipation | null>(null);
  protected readonly participationError = signal<string | null>(null);
  private readonly questionnaires = signal<QuestionnaireSummary[]>([]);
  protected readonly questionnaire = computed(() => {
    const wave = this.wave();
    return wave ? questionnaireLabel(this.questionnaires(), wave.questionnaireId, wave.questionnaireVersion) : '';
  });
  protected readonly submitted = computed(() => {
    const p = this.participation();
    return p ? submittedText(p.submitted, p.invited) : '';
  });
  protected readonly started = computed(() => {
    const p = this.participation();
    return p ? startedText(p.started, p.invited) : '';
  });

  protected readonly canEdit = computed(() => this.wave()?.manageable === true && this.wave()?.status === 'scheduled');
  protected readonly canClose = computed(() => this.wave()?.manageable === true && this.wave()?.status !== 'closed');
  /** Extending also revives a wave past its end date, but not one closed by hand. */
  protected readonly canExtend = computed(() => this.wave()?.manageable === true && this.wave()?.closedAt === null);
  protected readonly canReopen = computed(() => this.wave()?.manageable === true && this.wave()?.status === 'open');

  protected readonly notice = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly confirmingClose = signal(false);
  protected readonly extending = signal(false);
  protected readonly publishing = signal<ParticipationRow | null>(null);
  protected readonly reopening = signal<ParticipationRow | null>(null);
  protected readonly reopenError = signal<ErrorDescription | null>(null);
  protected readonly busy = signal(false);
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');

  constructor() {
    const navigation = inject(Location).getState() as DetailNavigationState | null;
    if (navigation?.notice === 'created') {
      this.notice.set($localize`:Status message@@waves.detail.created:Die Befragung ist angelegt.`);
    } else if (navigation?.notice === 'updated') {
      this.notice.set($localize`:Status message@@waves.detail.updated:Die Änderungen sind gespeichert.`);
    }
    inject(QuestionnairesApi)
      .list()
      .pipe(
        catchError(() => of([])),
        takeUntilDestroyed(),
      )
      .subscribe((list) => this.questionnaires.set(list));
    this.api
      .get(this.waveId)
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (wave) => {
          this.wave.set(wave);
          this.state.set({ kind: 'loaded' });
          if (wave.manageable) this.loadParticipation();
        },
        error: (error: unknown) =>
          this.state.set({
            kind: 'failed',
            message: describeWaveError(error).message,
            notFound: error instanceof HttpErrorResponse && error.status === 404,
          }),
      });
  }

  protected askClose(): void {
    this.clearMessages();
    this.extending.set(false);
    this.confirmingClose.set(true);
  }

  protected close(): void {
    this.busy.set(true);
    this.api.close(this.waveId).subscribe({
      next: (wave) => {
        this.busy.set(false);
        this.confirmingClose.set(false);
        this.wave.set(wave);
        this.announce($localize`:Status message@@waves.detail.closed:Die Befragung ist geschlossen.`);
      },
      error: (error: unknown) => this.failed(error, () => this.confirmingClose.set(false)),
    });
  }

  protected startExtend(): void {
    this.clearMessages();
    this.confirmingClose.set(false);
    this.extending.set(true);
  }

  protected onExtended(wave: WaveDetail): void {
    this.wave.set(wave);
    this.extending.set(false);
    const day = formatGermanDate(lastDay(wave.endsAt));
    this.announce(
      $localize`:Status message@@waves.detail.extended:Die Befragung ist verlängert bis einschließlich ${day}:day:.`,
    );
  }

  protected askReopen(row: ParticipationRow): void {
    this.clearMessages();
    this.reopenError.set(null);
    this.reopening.set(row);
  }

  protected reopen(row: ParticipationRow, reason: string): void {
    if (!row.responseId) return;
    this.busy.set(true);
    this.reopenError.set(null);
    this.api.reopen(row.responseId, reason).subscribe({
      next: () => {
        this.busy.set(false);
        this.reopening.set(null);
        this.announce(
          $localize`:Status message@@waves.detail.reopened:Die Selbsteinschätzung von ${row.name}:name: ist wieder geöffnet.`,
        );
        this.loadParticipation();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.reopenError.set(describeWaveError(error));
      },
    });
  }

  protected askPublish(row: ParticipationRow): void {
    this.clearMessages();
    this.publishing.set(row);
  }

  protected publishHeading(row: ParticipationRow): string {
    return $localize`:Confirm heading@@waves.publish.heading:Selbsteinschätzung von ${row.name}:name: veröffentlichen?`;
  }

  protected readonly publishText = $localize`:@@waves.publish.text:Danach kann sie nicht mehr wieder geöffnet werden.`;
  protected readonly publishLabel = $localize`:Confirm button@@waves.publish.confirm:Ja, veröffentlichen`;
  protected readonly closeText = $localize`:@@waves.close.text:Danach können die Kommunen keine Antworten mehr ändern oder absenden. Eine geschlossene Befragung kann nicht verlängert werden.`;
  protected readonly closeLabel = $localize`:Confirm button@@waves.close.confirm:Ja, schließen`;

  protected closeHeading(wave: WaveDetail): string {
    return $localize`:Confirm heading@@waves.close.heading:Befragung „${wave.title}:title:“ jetzt schließen?`;
  }

  protected publish(row: ParticipationRow): void {
    if (!row.responseId) return;
    this.busy.set(true);
    this.api.publish(row.responseId).subscribe({
      next: () => {
        this.busy.set(false);
        this.publishing.set(null);
        this.announce(
          $localize`:Status message@@waves.detail.published:Die Selbsteinschätzung von ${row.name}:name: ist veröffentlicht.`,
        );
        this.loadParticipation();
      },
      error: (error: unknown) => this.failed(error, () => this.publishing.set(null)),
    });
  }

  private loadParticipation(): void {
    this.api.participation(this.waveId).subscribe({
      next: (participation) => {
        this.participation.set(participation);
        this.participationError.set(null);
      },
      error: (error: unknown) => this.participationError.set(describeWaveError(error).message),
    });
  }

  /** A success message in the status box, which takes the focus (the button that was used may be gone). */
  private announce(message: string): void {
    this.notice.set(message);
    afterNextRender(() => this.noticeBox()?.nativeElement.focus(), { injector: this.injector });
  }

  private failed(error: unknown, reset: () => void): void {
    this.busy.set(false);
    reset();
    this.actionError.set(describeWaveError(error).message);
  }

  private clearMessages(): void {
    this.notice.set('');
    this.actionError.set(null);
    this.publishing.set(null);
  }
}
