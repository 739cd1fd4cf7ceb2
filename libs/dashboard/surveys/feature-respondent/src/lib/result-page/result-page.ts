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
import type { ResponseComparison } from '@digitalcheck/shared-contracts';
import {
  BarChart,
  type BarDatum,
  CHART_EXPORT_CONTEXT,
  type ChartExportContext,
  type ChartExportContextSource,
  PriorityMatrixSection,
} from '@digitalcheck/dashboard-ui-charts';
import { catchError, combineLatest, filter, map, of } from 'rxjs';
import { ComparisonSection } from '../comparison/comparison-section';
import { responseLoader, type LoadedResponse, type ResponseLoadState } from '../response-loader';

/** The comparison is optional: the own result shows even when it cannot be loaded. */
type ComparisonState = { kind: 'loaded'; comparison: ResponseComparison } | { kind: 'failed'; message: string };

type ResultState =
  | { kind: 'loading' }
  | { kind: 'loaded'; result: SurveyResult; loaded: LoadedResponse; comparison: ComparisonState }
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

/**
 * The own result: overall index and maturity level, scores per field (table and bar chart), the comparison with the
 * peer group and the Land (table, grouped bars, radar), the priority × maturity matrix and the derived indicators.
 * The charts come from `@digitalcheck/dashboard-ui-charts` (ngx-charts in a frame with a table toggle).
 */
@Component({
  selector: 'dc-result-page',
  imports: [DatePipe, DecimalPipe, RouterLink, BarChart, ComparisonSection, PriorityMatrixSection],
  providers: [{ provide: CHART_EXPORT_CONTEXT, useExisting: ResultPage }],
  templateUrl: './result-page.html',
  styleUrl: './result-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultPage implements ChartExportContextSource {
  private readonly api = inject(SurveysApi);
  protected readonly responseId = inject(ActivatedRoute).snapshot.paramMap.get('responseId') ?? '';
  protected readonly state = signal<ResultState>({ kind: 'loading' });
  protected readonly view = computed(() => {
    const state = this.state();
    if (state.kind !== 'loaded') return null;
    const { result, loaded, comparison } = state;
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
      /** Without any field score the bar chart would be an empty axis: only the table is shown. */
      hasScores: fields.some((f) => f.display !== null),
      bars: fields.map((f): BarDatum => ({ key: f.section, label: f.title, value: f.display, level: f.maturityLevel })),
      indicators: indicatorLines(loaded.definition, result.score.indicators),
      comparison,
      scoredFields: result.score.fields,
      fieldsOfAction: result.score.fields.filter((f) => f.fieldOfAction).map((f) => f.section),
    };
  });
  /** Under every chart's title: the wave and the region; the source line names both. */
  protected readonly chartTexts = computed(() => {
    const response = this.view()?.response;
    if (!response) return { subtitle: '', source: '' };
    return {
      subtitle: `${response.waveTitle} · ${response.regionName}`,
      source: $localize`:Source line under the respondent's charts@@surveys.result.source:Quelle: Digitalcheck Kommune, Befragung „${response.waveTitle}:wave:“; Selbsteinschätzung ${response.regionName}:region:`,
    };
  });

  /** Chart exports are named after the region and carry the wave (file name, metadata, audit log). */
  exportContext(): ChartExportContext {
    const response = this.view()?.response;
    const year = this.view()?.submittedAt?.slice(0, 4);
    return {
      fileNameParts: response ? [response.regionName, ...(year ? [year] : [])] : [],
      waveId: response?.waveId ?? null,
      waveTitle: response?.waveTitle ?? null,
      filters: response
        ? { [$localize`:Export metadata, region@@surveys.result.exportRegion:Region`]: response.regionName }
        : {},
    };
  }

  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });
  protected readonly chart = {
    heading: $localize`:Heading of the bar chart of the field scores@@surveys.result.chartHeading:Ihre Werte je Abschnitt (0 bis 100 Punkte)`,
    description: $localize`:Description of the bar chart for screen readers@@surveys.result.chart:Balkendiagramm der Werte je Abschnitt von 0 bis 100, gefärbt nach Reifegrad; die Zahlen stehen auch in der Tabelle.`,
    valueLabel: $localize`:Value axis of the bar chart@@surveys.result.chartValue:Wert (Punkte)`,
    labelHeader: $localize`:Label column of the bar chart table@@surveys.result.chartSection:Abschnitt`,
  };

  constructor() {
    const loaded$ = responseLoader()(this.responseId).pipe(
      filter((state: ResponseLoadState) => state.kind !== 'loading'),
    );
    const comparison$ = this.api.comparison(this.responseId).pipe(
      map((comparison): ComparisonState => ({ kind: 'loaded', comparison })),
      catchError((error: unknown) =>
        of<ComparisonState>({ kind: 'failed', message: describeSurveyError(error).message }),
      ),
    );
    combineLatest([this.api.result(this.responseId), loaded$, comparison$])
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ([result, loaded, comparison]) =>
          this.state.set(
            loaded.kind === 'loaded'
              ? { kind: 'loaded', result, loaded: loaded.value, comparison }
              : { kind: 'failed', message: loaded.kind === 'failed' ? loaded.message : '' },
          ),
        error: (error: unknown) => this.state.set({ kind: 'failed', message: describeSurveyError(error).message }),
      });
  }

  protected print(): void {
    window.print();
  }
}
