import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AnalyticsApi, germanNumber, germanPercent, levelLabel } from '@digitalcheck/dashboard-analytics-data-access';
import { RegionsApi } from '@digitalcheck/dashboard-regions-data-access';
import { ReportPdfButton } from '@digitalcheck/dashboard-reports-feature-reports';
import {
  BarChart,
  CHART_EXPORT_CONTEXT,
  type BarDatum,
  Heatmap,
  Histogram,
  KpiTile,
  RegionMap,
  type RegionTopology,
} from '@digitalcheck/dashboard-ui-charts';
import {
  type AnalyticsHeatmap,
  type AnalyticsOverview,
  type AnalyticsRanking,
  landReportUrl,
} from '@digitalcheck/shared-contracts';
import { forkJoin, of, switchMap } from 'rxjs';
import { AnalyticsNav } from '../analytics-nav/analytics-nav';
import { FilterBar } from '../filter-bar/filter-bar';
import { RawDataLinks } from '../raw-data-links/raw-data-links';
import { AnalyticsPageState } from '../page-state/analytics-page-state';
import { type Loaded, loaded } from '../page-state/loaded';
import { KPI_CATEGORIES, mapIndicatorOf, mapIndicators, mapValues } from './overview-data';

/** URL parameters of this page besides the shared filters. */
const MAP_PARAM = 'karte';
const RANKING_PARAM = 'rangfolge';

/**
 * The Land overview (`/auswertung`): participation, KPI tiles with n and base, the choropleth with an indicator
 * picker, the ranking, the index distribution, the heatmap and the obstacles, for the filters in the URL.
 */
@Component({
  selector: 'dc-analytics-overview-page',
  imports: [
    AnalyticsNav,
    FilterBar,
    KpiTile,
    RegionMap,
    BarChart,
    Histogram,
    Heatmap,
    ReportPdfButton,
    RouterLink,
    RawDataLinks,
  ],
  providers: [AnalyticsPageState, { provide: CHART_EXPORT_CONTEXT, useExisting: AnalyticsPageState }],
  templateUrl: './overview-page.html',
  styleUrl: '../analytics-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  protected readonly state = inject(AnalyticsPageState);
  private readonly api = inject(AnalyticsApi);
  private readonly regions = inject(RegionsApi);

  protected readonly percent = (share: number | null) => germanPercent(share);
  protected readonly number = germanNumber;

  private readonly mapKey = computed(() => this.state.params().get(MAP_PARAM));
  protected readonly rankingBy = computed(() => this.state.params().get(RANKING_PARAM) ?? 'index');

  /** Overview and heatmap of the view (one request each, again when a filter changes). */
  protected readonly data = toSignal(
    toObservable(computed(() => ({ view: this.state.view(), filter: this.state.filter() }))).pipe(
      switchMap(({ view, filter }) =>
        view.waveId
          ? loaded(
              forkJoin({
                overview: this.api.overview(view.waveId, filter),
                heatmap: this.api.heatmap(view.waveId, filter),
              }),
            )
          : of<Loaded<{ overview: AnalyticsOverview; heatmap: AnalyticsHeatmap }>>({ kind: 'loading' }),
      ),
    ),
    { initialValue: { kind: 'loading' } as Loaded<{ overview: AnalyticsOverview; heatmap: AnalyticsHeatmap }> },
  );

  protected readonly ranking = toSignal(
    toObservable(computed(() => ({ view: this.state.view(), filter: this.state.filter(), by: this.rankingBy() }))).pipe(
      switchMap(({ view, filter, by }) =>
        view.waveId
          ? loaded(this.api.ranking(view.waveId, filter, by))
          : of<Loaded<AnalyticsRanking>>({ kind: 'loading' }),
      ),
    ),
    { initialValue: { kind: 'loading' } as Loaded<AnalyticsRanking> },
  );

  /** Boundaries of the level in the Land (or Germany); a missing boundary pack only hides the map. */
  protected readonly topology = toSignal(
    toObservable(computed(() => `${this.state.view().level ?? 'KREIS'}|${this.state.view().landArs ?? ''}`)).pipe(
      switchMap((key) => {
        const [level, land] = key.split('|');
        return loaded(this.regions.boundaries(level as 'KREIS', land || undefined));
      }),
    ),
    { initialValue: { kind: 'loading' } as Loaded<RegionTopology> },
  );

  protected readonly heading = computed(() => {
    const land = this.state.landName();
    return land
      ? $localize`:Analytics overview heading@@analytics.overview.headingLand:Auswertung ${land}:land:`
      : $localize`:Analytics overview heading@@analytics.overview.heading:Auswertung Deutschland`;
  });

  /** The Land report (PDF) of the wave and Land in view; none for Germany as a whole. */
  protected readonly reportUrl = computed(() => {
    const { waveId, landArs } = this.state.view();
    return waveId && landArs ? landReportUrl(waveId, landArs) : null;
  });

  protected readonly levelText = computed(() => levelLabel(this.state.view().level ?? 'KREIS'));

  protected readonly indicators = computed(() => {
    const data = this.data();
    return data.kind === 'loaded' ? mapIndicators(data.value.overview) : [];
  });
  protected readonly mapIndicator = computed(() => {
    const all = this.indicators();
    return all.length > 0 ? mapIndicatorOf(all, this.mapKey()) : null;
  });
  protected readonly mapValues = computed(() => {
    const data = this.data();
    const indicator = this.mapIndicator();
    return data.kind === 'loaded' && indicator ? mapValues(data.value.heatmap, indicator) : {};
  });
  protected readonly mapCategories = computed(() => (this.mapIndicator()?.kind === 'kpi' ? KPI_CATEGORIES : null));
  protected readonly mapValueLabel = computed(() => {
    const indicator = this.mapIndicator();
    if (!indicator) return '';
    return indicator.kind === 'kpi' ? indicator.label : `${indicator.label} (Punkte)`;
  });

  protected readonly rankingOptions = computed(() => this.indicators().filter((option) => option.kind === 'score'));
  protected readonly rankingTitle = computed(
    () => this.rankingOptions().find((option) => option.key === this.rankingBy())?.label ?? '',
  );

  protected readonly rankingBars = computed<BarDatum[]>(() => {
    const ranking = this.ranking();
    return ranking.kind === 'loaded'
      ? ranking.value.entries.map((entry) => ({
          key: entry.ars,
          label: `${entry.rank}. ${entry.name}`,
          value: entry.score,
          level: entry.maturityLevel,
        }))
      : [];
  });

  protected obstacleBars(overview: AnalyticsOverview): BarDatum[] {
    return overview.obstacles.map((obstacle) => ({
      key: obstacle.row ?? obstacle.code,
      label: obstacle.label.replace(/^großes Hemmnis: /, ''),
      value: obstacle.share === null ? null : obstacle.share * 100,
      level: null,
    }));
  }

  protected obstacleDescription(overview: AnalyticsOverview): string {
    return overview.obstacles
      .map((o) =>
        o.suppressed || o.n === null
          ? `${o.label}: nicht ausgewiesen`
          : `${o.label}: ${germanPercent(o.share)} (${o.n} von ${o.base})`,
      )
      .join('; ');
  }

  protected heatmapColumns(heatmap: AnalyticsHeatmap) {
    return [
      { key: 'index', label: $localize`:Heatmap column@@analytics.heatmap.index:Gesamtindex` },
      ...heatmap.fields.map((field) => ({ key: field.section, label: field.title })),
    ];
  }

  protected heatmapRows(heatmap: AnalyticsHeatmap) {
    return heatmap.rows.map((row) => ({ key: row.ars, label: row.name, values: [row.index, ...row.scores] }));
  }

  protected chooseMapIndicator(event: Event): void {
    this.state.setParams({ [MAP_PARAM]: (event.target as HTMLSelectElement).value });
  }

  protected chooseRanking(event: Event): void {
    this.state.setParams({ [RANKING_PARAM]: (event.target as HTMLSelectElement).value });
  }

  protected openRegion(ars: string): void {
    this.state.openRegion(ars);
  }
}
