import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AnalyticsNav, AnalyticsPageState } from '@digitalcheck/dashboard-analytics-feature-analytics';
import { StrategyApi, describeStrategyError } from '@digitalcheck/dashboard-strategy-data-access';
import {
  BarChart,
  type BarDatum,
  CHART_EXPORT_CONTEXT,
  type ChartExportContext,
  type ChartExportContextSource,
} from '@digitalcheck/dashboard-ui-charts';
import type { StrategyPlans } from '@digitalcheck/shared-contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

type PlansState = { kind: 'loading' } | { kind: 'loaded'; plans: StrategyPlans } | { kind: 'failed'; message: string };

/**
 * What the strategy drafts of a wave plan (`/auswertung/strategien`): how many drafts, which focus fields and which
 * measures with counts, for the wave and Land in the URL (the analytics filters `befragung` and `land`), so that
 * support programmes can be planned. Tables and a bar chart with the chart exports.
 */
@Component({
  selector: 'dc-strategy-plans-page',
  imports: [AnalyticsNav, BarChart],
  providers: [AnalyticsPageState, { provide: CHART_EXPORT_CONTEXT, useExisting: StrategyPlansPage }],
  templateUrl: './strategy-plans-page.html',
  styleUrl: './strategy-plans-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StrategyPlansPage implements ChartExportContextSource {
  protected readonly state = inject(AnalyticsPageState);
  private readonly api = inject(StrategyApi);

  protected readonly data = toSignal(
    toObservable(computed(() => `${this.state.view().waveId ?? ''}|${this.state.view().landArs ?? ''}`)).pipe(
      switchMap((key) => {
        const [waveId, landArs] = key.split('|');
        if (!waveId) return of<PlansState>({ kind: 'loading' });
        return this.api.plans(waveId, landArs || null).pipe(
          map((plans): PlansState => ({ kind: 'loaded', plans })),
          startWith<PlansState>({ kind: 'loading' }),
          catchError((error: unknown) =>
            of<PlansState>({ kind: 'failed', message: describeStrategyError(error).message }),
          ),
        );
      }),
    ),
    { initialValue: { kind: 'loading' } as PlansState },
  );

  protected readonly plans = computed(() => {
    const data = this.data();
    return data.kind === 'loaded' ? data.plans : null;
  });
  protected readonly failure = computed(() => {
    const data = this.data();
    return data.kind === 'failed' ? data.message : '';
  });

  protected readonly heading = computed(() => {
    const land = this.state.landName();
    return land
      ? $localize`:Strategy plans heading@@strategy.plans.headingLand:Geplante Maßnahmen in ${land}:land:`
      : $localize`:Strategy plans heading@@strategy.plans.heading:Geplante Maßnahmen in Deutschland`;
  });

  /** Only wave and Land select the drafts: "Befragung: … · Rheinland-Pfalz". */
  protected readonly filtersText = computed(() => {
    const wave = this.state.wave()?.title;
    const land =
      this.state.landName() ?? $localize`:Current filters, all Länder@@strategy.plans.allLaender:alle Länder`;
    return wave
      ? $localize`:Current filters of the plans@@strategy.plans.filtersText:Befragung: ${wave}:wave: · ${land}:land:`
      : land;
  });
  protected readonly subtitle = computed(() => `${this.filtersText()} · n = ${this.plans()?.drafts ?? 0}`);
  protected readonly source = computed(() => {
    const wave = this.state.wave()?.title ?? '';
    return $localize`:Source line under the plans charts@@strategy.plans.source:Quelle: Digitalcheck Kommune, Befragung „${wave}:wave:“; Strategieentwürfe der Kommunen`;
  });

  /** Chart exports: file name, wave and the two filters that apply (metadata, audit log). */
  exportContext(): ChartExportContext {
    const base = this.state.exportContext();
    const [wave, land] = Object.entries(base.filters);
    return { ...base, filters: Object.fromEntries([wave, land].filter((entry) => entry !== undefined)) };
  }

  protected readonly fieldBars = computed<BarDatum[]>(() =>
    (this.plans()?.fields ?? []).map((field) => ({ key: field.field, label: field.title, value: field.count })),
  );
  protected readonly measureBars = computed<BarDatum[]>(() =>
    (this.plans()?.measures ?? []).map((measure) => ({
      key: measure.measureId,
      label: measure.title,
      value: measure.count,
    })),
  );
  /** The bars run up to the number of drafts (every draft could choose a field), at least 10 for whole ticks. */
  protected readonly max = computed(() => Math.max(10, this.plans()?.drafts ?? 0));
  /** "1 Strategieentwurf mit Fokusfeldern", "3 Strategieentwürfe mit Fokusfeldern". */
  protected readonly draftsText = computed(() => {
    const drafts = this.plans()?.drafts ?? 0;
    return drafts === 1
      ? $localize`:Number of drafts, one@@strategy.plans.draftsOne:1 Strategieentwurf mit Fokusfeldern`
      : $localize`:Number of drafts@@strategy.plans.draftsMany:${drafts}:count: Strategieentwürfe mit Fokusfeldern`;
  });
  protected readonly fieldTitles = computed(
    () => new Map((this.plans()?.fields ?? []).map((field) => [field.field, field.title])),
  );

  protected readonly texts = {
    fieldsHeading: $localize`:Chart heading@@strategy.plans.fieldsChart:Fokusfelder der Strategieentwürfe`,
    fieldsDescription: $localize`:Chart description@@strategy.plans.fieldsChartDescription:Balkendiagramm: wie viele Strategieentwürfe ein Handlungsfeld als Fokusfeld gewählt haben; die Zahlen stehen auch in der Tabelle.`,
    measuresHeading: $localize`:Chart heading@@strategy.plans.measuresChart:Geplante Maßnahmen`,
    measuresDescription: $localize`:Chart description@@strategy.plans.measuresChartDescription:Balkendiagramm: wie viele Strategieentwürfe eine Maßnahme gewählt haben; die Zahlen stehen auch in der Tabelle.`,
    valueLabel: $localize`:Chart value@@strategy.plans.valueLabel:Entwürfe`,
    fieldHeader: $localize`:Table column@@strategy.plans.fieldHeader:Handlungsfeld`,
    measureHeader: $localize`:Table column@@strategy.plans.measureHeader:Maßnahme`,
  };

  protected chooseWave(event: Event): void {
    this.state.update({ waveId: (event.target as HTMLSelectElement).value || null });
  }

  protected chooseLand(event: Event): void {
    this.state.update({ landArs: (event.target as HTMLSelectElement).value || null });
  }
}
