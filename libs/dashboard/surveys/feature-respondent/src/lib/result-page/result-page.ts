import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { SurveysApi, describeSurveyError, type SurveyResult } from '@digitalcheck/dashboard-surveys-data-access';
import {
  type FieldStatus,
  type MaturityLevel,
  type QuestionnaireDefinition,
  maturityLevelName,
  roundScoreForDisplay,
} from '@digitalcheck/shared-scoring';
import { combineLatest, filter } from 'rxjs';
import { responseLoader, type LoadedResponse, type ResponseLoadState } from '../response-loader';
import { ScoreBars, type ScoreBar } from '../score-bars/score-bars';

type ResultState =
  | { kind: 'loading' }
  | { kind: 'loaded'; result: SurveyResult; loaded: LoadedResponse }
  | { kind: 'failed'; message: string };

/** German name of a field or index status without a score. */
export function fieldStatusLabel(status: FieldStatus): string {
  switch (status) {
    case 'scored':
      return $localize`:Field status@@surveys.result.scored:bewertet`;
    case 'incomplete':
      return $localize`:Field status@@surveys.result.incomplete:unvollständig`;
    case 'notAssessable':
      return $localize`:Field status@@surveys.result.notAssessable:nicht bewertbar`;
  }
}

/** "Reifegrad 4 – Fortgeschritten". */
export function maturityLabel(level: MaturityLevel | null): string {
  return level === null
    ? $localize`:No maturity level@@surveys.result.noLevel:kein Reifegrad`
    : $localize`:Maturity level with name@@surveys.result.level:Reifegrad ${level}:level: – ${maturityLevelName(level)}:name:`;
}

/** Derived indicators in words: "ohne Digitalstrategie: nein", a matrix lists the rows that apply. */
export function indicatorLines(
  definition: QuestionnaireDefinition,
  indicators: SurveyResult['score']['indicators'],
): { label: string; value: string }[] {
  const yes = $localize`:Indicator value@@surveys.result.yes:ja`;
  const no = $localize`:Indicator value@@surveys.result.no:nein`;
  const none = $localize`:Indicator value@@surveys.result.none:keine Angabe`;
  return definition.indicators.map((indicator) => {
    const value = indicators[indicator.code];
    if (value === true) return { label: indicator.label, value: yes };
    if (value === false) return { label: indicator.label, value: no };
    if (value === null || value === undefined) return { label: indicator.label, value: none };
    const question = definition.sections.flatMap((s) => s.questions).find((q) => q.code === indicator.question);
    const rows = question?.type === 'matrix' ? question.rows : [];
    const applying = Object.entries(value)
      .filter(([, applies]) => applies === true)
      .map(([row]) => rows.find((r) => r.code === row)?.label ?? row);
    return { label: indicator.label, value: applying.length > 0 ? applying.join(', ') : no };
  });
}

/** First version of the result: overall index and maturity level, scores per field (table and bars), indicators. */
@Component({
  selector: 'dc-result-page',
  imports: [DatePipe, DecimalPipe, RouterLink, ScoreBars],
  templateUrl: './result-page.html',
  styleUrl: './result-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultPage {
  private readonly api = inject(SurveysApi);
  protected readonly responseId = inject(ActivatedRoute).snapshot.paramMap.get('responseId') ?? '';
  protected readonly state = signal<ResultState>({ kind: 'loading' });
  protected readonly view = computed(() => {
    const state = this.state();
    if (state.kind !== 'loaded') return null;
    const { result, loaded } = state;
    const index = result.score.index;
    const fields = result.score.fields.map((field) => ({
      ...field,
      display: field.score === null ? null : roundScoreForDisplay(field.score),
      statusText: field.notRelevant
        ? $localize`:Field marked not relevant@@surveys.result.notRelevant:nicht relevant`
        : fieldStatusLabel(field.status),
      levelText: field.maturityLevel === null ? '–' : maturityLabel(field.maturityLevel),
    }));
    return {
      response: loaded.response,
      submittedAt: result.submittedAt,
      index: index.score === null ? null : roundScoreForDisplay(index.score),
      indexStatus: fieldStatusLabel(index.status),
      level: maturityLabel(index.gatedMaturityLevel),
      gateApplied: index.gateApplied,
      fields,
      bars: fields.map((f): ScoreBar => ({ label: f.title, value: f.display, note: f.statusText })),
      indicators: indicatorLines(loaded.definition, result.score.indicators),
    };
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });
  protected readonly chartLabel = $localize`:Name of the bar chart for screen readers@@surveys.result.chart:Balkendiagramm der Werte je Abschnitt von 0 bis 100; die Zahlen stehen in der Tabelle.`;

  constructor() {
    const loaded$ = responseLoader()(this.responseId).pipe(
      filter((state: ResponseLoadState) => state.kind !== 'loading'),
    );
    combineLatest([this.api.result(this.responseId), loaded$])
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ([result, loaded]) =>
          this.state.set(
            loaded.kind === 'loaded'
              ? { kind: 'loaded', result, loaded: loaded.value }
              : { kind: 'failed', message: loaded.kind === 'failed' ? loaded.message : '' },
          ),
        error: (error: unknown) => this.state.set({ kind: 'failed', message: describeSurveyError(error).message }),
      });
  }

  protected print(): void {
    window.print();
  }
}
