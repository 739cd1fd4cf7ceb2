import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import {
  WavesApi,
  describeWaveError,
  managedWaveStatusLabel,
  startedText,
  submittedText,
} from '@digitalcheck/dashboard-surveys-data-access';
import type { QuestionnaireSummary, WaveSummary } from '@digitalcheck/shared-contracts';
import { catchError, from, map, mergeMap, of } from 'rxjs';
import { lastDay } from '../german-date';
import { questionnaireLabel } from '../questionnaire-label';

/** Participation requests at once; a Land has a handful of waves, an admin may see more. */
const CONCURRENT_REQUESTS = 3;

type ListState = { kind: 'loading' } | { kind: 'loaded'; waves: WaveSummary[] } | { kind: 'failed'; message: string };

/** What the list shows in the participation column of one wave. */
type ParticipationCell =
  | { kind: 'loading' }
  | { kind: 'loaded'; submitted: string; started: string }
  | { kind: 'failed' }
  | { kind: 'none' };

/** "Befragungen": every wave with its questionnaire, period, status and "n von N" participation. */
@Component({
  selector: 'dc-waves-page',
  imports: [RouterLink, DatePipe],
  templateUrl: './waves-page.html',
  styleUrl: './waves-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WavesPage {
  private readonly api = inject(WavesApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statusLabel = managedWaveStatusLabel;
  protected readonly lastDay = lastDay;
  protected readonly state = signal<ListState>({ kind: 'loading' });
  private readonly questionnaires = signal<QuestionnaireSummary[]>([]);
  protected readonly participation = signal<Record<string, ParticipationCell>>({});

  constructor() {
    inject(QuestionnairesApi)
      .list()
      .pipe(
        catchError(() => of([])),
        takeUntilDestroyed(),
      )
      .subscribe((list) => this.questionnaires.set(list));
    this.api
      .list()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (waves) => {
          this.state.set({ kind: 'loaded', waves });
          this.loadParticipation(waves);
        },
        error: (error: unknown) => this.state.set({ kind: 'failed', message: describeWaveError(error).message }),
      });
  }

  protected questionnaire(wave: WaveSummary): string {
    return questionnaireLabel(this.questionnaires(), wave.questionnaireId, wave.questionnaireVersion);
  }

  protected cell(wave: WaveSummary): ParticipationCell {
    return this.participation()[wave.id] ?? { kind: 'none' };
  }

  /** Participation is only for waves the caller manages; the others show a dash. */
  private loadParticipation(waves: WaveSummary[]): void {
    const managed = waves.filter((wave) => wave.manageable);
    this.participation.set(Object.fromEntries(managed.map((wave) => [wave.id, { kind: 'loading' }])));
    from(managed)
      .pipe(
        mergeMap(
          (wave) =>
            this.api.participation(wave.id).pipe(
              map(
                (p): ParticipationCell => ({
                  kind: 'loaded',
                  submitted: submittedText(p.submitted, p.invited),
                  started: startedText(p.started, p.invited),
                }),
              ),
              catchError(() => of<ParticipationCell>({ kind: 'failed' })),
              map((cell) => [wave.id, cell] as const),
            ),
          CONCURRENT_REQUESTS,
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(([id, cell]) => this.participation.update((all) => ({ ...all, [id]: cell })));
  }
}
