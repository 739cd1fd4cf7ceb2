import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import {
  SurveysApi,
  describeSurveyError,
  responseStatusLabel,
  waveStatusLabel,
  type SurveyResponse,
} from '@digitalcheck/dashboard-surveys-data-access';
import type { WaveSummary } from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { type Observable, catchError, forkJoin, map, of, switchMap } from 'rxjs';
import { resumeSection } from '../answer-text';

interface RegionEntry {
  ars: string;
  name: string;
  response: SurveyResponse | null;
  statusText: string;
  /** Where "Fortsetzen" leads: where the response was left off (resumeSection), or the review page. */
  resumeLink: string[] | null;
  sections: { code: string; title: string; answered: number; visible: number }[];
}

interface WaveCard {
  wave: WaveSummary;
  /** The last day answers are taken (`endsAt` is exclusive). */
  deadline: Date;
  statusText: string;
  definition: QuestionnaireDefinition | null;
  regions: RegionEntry[];
}

type StartState = { kind: 'loading' } | { kind: 'loaded'; waves: WaveCard[] } | { kind: 'failed'; message: string };

/** "Selbsteinschätzung": the respondent's waves with deadline and status, per region the progress per section. */
@Component({
  selector: 'dc-start-page',
  imports: [RouterLink, DatePipe],
  templateUrl: './start-page.html',
  styleUrl: './start-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  private readonly api = inject(SurveysApi);
  private readonly questionnaires = inject(QuestionnairesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly state = signal<StartState>({ kind: 'loading' });
  protected readonly waves = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.waves : [];
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });
  /** The region being opened ("Beginnen"), and what went wrong. */
  protected readonly opening = signal<string | null>(null);
  protected readonly openError = signal<string | null>(null);

  constructor() {
    this.api
      .waves()
      .pipe(
        map((waves) => waves.filter((wave) => wave.myRegions.length > 0)),
        switchMap((waves) => (waves.length === 0 ? of([]) : forkJoin(waves.map((wave) => this.card(wave))))),
      )
      .subscribe({
        next: (waves) => this.state.set({ kind: 'loaded', waves }),
        error: (error: unknown) => this.state.set({ kind: 'failed', message: describeSurveyError(error).message }),
      });
  }

  /** "Beginnen": get-or-create the response, then its first section. */
  protected begin(card: WaveCard, region: RegionEntry): void {
    const key = `${card.wave.id}/${region.ars}`;
    this.opening.set(key);
    this.openError.set(null);
    this.api.open(card.wave.id, region.ars).subscribe({
      next: (response) => {
        this.opening.set(null);
        const first = card.definition?.sections[0]?.code;
        void this.router.navigate(
          first
            ? ['/selbsteinschaetzung', response.id, 'abschnitt', first]
            : ['/selbsteinschaetzung', response.id, 'pruefen'],
        );
      },
      error: (error: unknown) => {
        this.opening.set(null);
        this.openError.set(describeSurveyError(error).message);
      },
    });
  }

  private card(wave: WaveSummary): Observable<WaveCard> {
    const definition$ = this.questionnaires.version(wave.questionnaireId, wave.questionnaireVersion).pipe(
      map((version): QuestionnaireDefinition | null => version.definition),
      catchError(() => of(null)),
    );
    return forkJoin([this.api.mine(wave.id), definition$]).pipe(
      switchMap(([mine, definition]) => {
        const responses$ = mine.map((entry) => (entry.responseId ? this.api.response(entry.responseId) : of(null)));
        return (responses$.length > 0 ? forkJoin(responses$) : of([])).pipe(
          map((responses) => ({
            wave,
            deadline: new Date(Date.parse(wave.endsAt) - 1),
            statusText: waveStatusLabel(wave.status),
            definition,
            regions: mine.map((entry, i) => this.region(entry.regionArs, responses[i] ?? null, definition)),
          })),
        );
      }),
    );
  }

  private region(
    ars: string,
    response: SurveyResponse | null,
    definition: QuestionnaireDefinition | null,
  ): RegionEntry {
    const scopeName = this.session.scopes().find((scope) => scope.regionArs === ars)?.regionName;
    const sections = (definition?.sections ?? []).map((section) => {
      const progress = response?.progress.sections.find((p) => p.section === section.code);
      return {
        code: section.code,
        title: section.title,
        answered: progress?.answered ?? 0,
        visible: progress?.visible ?? section.questions.length,
      };
    });
    let resumeLink: string[] | null = null;
    if (response && definition) {
      const next = resumeSection(definition, response.progress.sections, response.answers);
      resumeLink =
        next === null && response.editable
          ? ['/selbsteinschaetzung', response.id, 'pruefen']
          : ['/selbsteinschaetzung', response.id, 'abschnitt', next ?? definition.sections[0]?.code ?? ''];
    }
    return {
      ars,
      name: scopeName ?? response?.regionName ?? ars,
      response,
      statusText: responseStatusLabel(response?.status ?? null),
      resumeLink,
      sections,
    };
  }
}
