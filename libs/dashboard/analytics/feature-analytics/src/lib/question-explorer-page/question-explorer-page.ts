import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AnalyticsApi, sourceLine, splitLabel } from '@digitalcheck/dashboard-analytics-data-access';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import { CHART_EXPORT_CONTEXT, StackedBars } from '@digitalcheck/dashboard-ui-charts';
import {
  ANALYTICS_SPLITS,
  type AnalyticsQuestionDistribution,
  type AnalyticsQuestionTrend,
  type AnalyticsSplit,
} from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { map, of, switchMap } from 'rxjs';
import { AnalyticsNav } from '../analytics-nav/analytics-nav';
import { FilterBar } from '../filter-bar/filter-bar';
import { AnalyticsPageState } from '../page-state/analytics-page-state';
import { type Loaded, LOADING, loaded } from '../page-state/loaded';
import { categoriesOf, countableQuestions, stackedGroups, trendGroups, trendNotes } from './explorer-data';

const QUESTION_PARAM = 'frage';
const SPLIT_PARAM = 'aufteilung';
/** The API compares at most ten waves. */
const MAX_TREND_WAVES = 10;

/**
 * The question explorer (`/auswertung/fragen?frage=A1&aufteilung=kind`): the answer distribution of any choice,
 * status or matrix question, optionally split by kind or size class, and its development across the waves in
 * which the question is unchanged.
 */
@Component({
  selector: 'dc-analytics-question-explorer-page',
  imports: [AnalyticsNav, FilterBar, StackedBars],
  providers: [AnalyticsPageState, { provide: CHART_EXPORT_CONTEXT, useExisting: AnalyticsPageState }],
  templateUrl: './question-explorer-page.html',
  styleUrl: '../analytics-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionExplorerPage {
  protected readonly state = inject(AnalyticsPageState);
  private readonly api = inject(AnalyticsApi);
  private readonly questionnaires = inject(QuestionnairesApi);

  protected readonly splits = ANALYTICS_SPLITS.map((split) => ({ split, label: splitLabel(split) }));
  protected readonly split = computed<AnalyticsSplit | null>(() => {
    const value = this.state.params().get(SPLIT_PARAM);
    return (ANALYTICS_SPLITS as readonly string[]).includes(value ?? '') ? (value as AnalyticsSplit) : null;
  });

  /** The questionnaire version of the chosen wave. */
  private readonly definition = toSignal(
    toObservable(this.state.wave).pipe(
      switchMap((wave) =>
        wave
          ? loaded(
              this.questionnaires
                .version(wave.questionnaireId, wave.questionnaireVersion)
                .pipe(map((version) => version.definition as QuestionnaireDefinition)),
            )
          : of(LOADING),
      ),
    ),
    { initialValue: LOADING as Loaded<QuestionnaireDefinition> },
  );

  protected readonly questions = computed(() => {
    const definition = this.definition();
    return definition.kind === 'loaded' ? countableQuestions(definition.value) : [];
  });
  protected readonly sections = computed(() => [...new Set(this.questions().map((q) => q.section))]);
  protected readonly questionCode = computed(() => {
    const asked = this.state.params().get(QUESTION_PARAM);
    const all = this.questions();
    return all.find((q) => q.code === asked)?.code ?? all[0]?.code ?? null;
  });

  protected readonly distribution = toSignal(
    toObservable(
      computed(() => ({
        waveId: this.state.view().waveId,
        filter: this.state.filter(),
        code: this.questionCode(),
        split: this.split(),
      })),
    ).pipe(
      switchMap(({ waveId, filter, code, split }) =>
        waveId && code ? loaded(this.api.distribution(waveId, filter, code, split)) : of(LOADING),
      ),
    ),
    { initialValue: LOADING as Loaded<AnalyticsQuestionDistribution> },
  );

  /** The started waves of the same questionnaire, oldest first (at most ten, the newest). */
  private readonly trendWaves = computed(() => {
    const waves = this.state.waves();
    const wave = this.state.wave();
    if (waves.status !== 'loaded' || !wave) return [];
    return waves.value
      .filter((w) => w.status !== 'scheduled' && w.questionnaireId === wave.questionnaireId)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .slice(-MAX_TREND_WAVES)
      .map((w) => w.id);
  });

  protected readonly trend = toSignal(
    toObservable(
      computed(() => ({ waves: this.trendWaves(), filter: this.state.filter(), code: this.questionCode() })),
    ).pipe(
      switchMap(({ waves, filter, code }) =>
        code && waves.length >= 2 ? loaded(this.api.questionTrend(code, waves, filter)) : of(null),
      ),
    ),
    { initialValue: null as Loaded<AnalyticsQuestionTrend> | null },
  );

  protected readonly totalLabel = $localize`:Stacked bar of all regions@@analytics.explorer.total:Alle`;
  protected readonly categories = categoriesOf;
  protected readonly trendNotes = trendNotes;

  protected readonly trendSource = sourceLine(null);

  /** The trend's subtitle: the waves it spans and the filters other than the wave. */
  protected trendSubtitle(trend: AnalyticsQuestionTrend): string {
    const years = trend.waves.map((wave) => wave.startsAt.slice(0, 4));
    const span = $localize`:Trend subtitle, the waves it spans@@analytics.explorer.trendSpan:Befragungen ${years[0]}:from: bis ${years[years.length - 1]}:to:`;
    return [span, ...this.state.filtersText().split(' · ').slice(1)].join(' · ');
  }

  protected groups(distribution: AnalyticsQuestionDistribution, rowIndex: number) {
    return stackedGroups(distribution, rowIndex, this.totalLabel);
  }

  protected trendGroups(trend: AnalyticsQuestionTrend, rowIndex: number) {
    return trendGroups(trend, rowIndex);
  }

  protected chooseQuestion(event: Event): void {
    this.state.setParams({ [QUESTION_PARAM]: (event.target as HTMLSelectElement).value });
  }

  protected chooseSplit(event: Event): void {
    this.state.setParams({ [SPLIT_PARAM]: (event.target as HTMLSelectElement).value || null });
  }
}
