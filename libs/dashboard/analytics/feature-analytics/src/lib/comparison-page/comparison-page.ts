import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AnalyticsApi, germanNumber, readRegionList } from '@digitalcheck/dashboard-analytics-data-access';
import { CHART_EXPORT_CONTEXT, GroupedBars, Radar } from '@digitalcheck/dashboard-ui-charts';
import type { AnalyticsHeatmap } from '@digitalcheck/shared-contracts';
import { of, switchMap } from 'rxjs';
import { AnalyticsNav } from '../analytics-nav/analytics-nav';
import { FilterBar } from '../filter-bar/filter-bar';
import { AnalyticsPageState } from '../page-state/analytics-page-state';
import { type Loaded, LOADING, loaded } from '../page-state/loaded';
import { MAX_COMPARED, MIN_COMPARED, comparisonChart, missingRegions } from './comparison-data';

const REGIONS_PARAM = 'regionen';

/**
 * Comparison of 2–6 regions (`/auswertung/vergleich?regionen=07131,07132,07133`): a table, grouped bars and a
 * radar chart of their index and field scores. The candidates are the submitted regions of the filtered selection.
 */
@Component({
  selector: 'dc-analytics-comparison-page',
  imports: [AnalyticsNav, FilterBar, GroupedBars, Radar, RouterLink],
  providers: [AnalyticsPageState, { provide: CHART_EXPORT_CONTEXT, useExisting: AnalyticsPageState }],
  templateUrl: './comparison-page.html',
  styleUrl: '../analytics-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparisonPage {
  protected readonly state = inject(AnalyticsPageState);
  private readonly api = inject(AnalyticsApi);

  protected readonly max = MAX_COMPARED;
  protected readonly min = MIN_COMPARED;
  protected readonly number = (value: number | null) => germanNumber(value);
  private readonly indexLabel = $localize`:Comparison group@@analytics.comparison.index:Gesamtindex`;

  protected readonly chosen = computed(() => readRegionList(this.state.params().get(REGIONS_PARAM), MAX_COMPARED));
  /** The candidate picked in the select, not yet added. */
  protected readonly candidate = signal('');

  /** Submitted regions of the filtered selection: what can be added. */
  protected readonly candidates = toSignal(
    toObservable(computed(() => ({ view: this.state.view(), filter: this.state.filter() }))).pipe(
      switchMap(({ view, filter }) => (view.waveId ? loaded(this.api.heatmap(view.waveId, filter)) : of(LOADING))),
    ),
    { initialValue: LOADING as Loaded<AnalyticsHeatmap> },
  );

  /** The chosen regions' scores, whatever the kind and size filters say (only the wave and the caller's Länder). */
  protected readonly compared = toSignal(
    toObservable(computed(() => ({ waveId: this.state.view().waveId, chosen: this.chosen() }))).pipe(
      switchMap(({ waveId, chosen }) =>
        waveId && chosen.length > 0 ? loaded(this.api.heatmap(waveId, { regionArs: chosen })) : of(LOADING),
      ),
    ),
    { initialValue: LOADING as Loaded<AnalyticsHeatmap> },
  );

  protected readonly options = computed(() => {
    const candidates = this.candidates();
    const chosen = new Set(this.chosen());
    return candidates.kind === 'loaded'
      ? candidates.value.rows.filter((row) => !chosen.has(row.ars)).sort((a, b) => a.name.localeCompare(b.name, 'de'))
      : [];
  });

  protected chart(heatmap: AnalyticsHeatmap) {
    return comparisonChart(heatmap, this.chosen(), this.indexLabel);
  }

  protected missing(heatmap: AnalyticsHeatmap): string[] {
    return missingRegions(heatmap, this.chosen());
  }

  protected pick(event: Event): void {
    this.candidate.set((event.target as HTMLSelectElement).value);
  }

  protected add(): void {
    const ars = this.candidate();
    if (!ars || this.chosen().length >= MAX_COMPARED) return;
    this.candidate.set('');
    this.setChosen([...this.chosen(), ars]);
  }

  protected remove(ars: string): void {
    this.setChosen(this.chosen().filter((key) => key !== ars));
  }

  protected nameOf(ars: string): string {
    const compared = this.compared();
    const candidates = this.candidates();
    const rows = [
      ...(compared.kind === 'loaded' ? compared.value.rows : []),
      ...(candidates.kind === 'loaded' ? candidates.value.rows : []),
    ];
    return rows.find((row) => row.ars === ars)?.name ?? ars;
  }

  protected openRegion(ars: string): void {
    this.state.openRegion(ars);
  }

  private setChosen(keys: string[]): void {
    this.state.setParams({ [REGIONS_PARAM]: keys.length > 0 ? keys.join(',') : null });
  }
}
