import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AnalyticsApi, germanNumber, germanPercent, sourceLine } from '@digitalcheck/dashboard-analytics-data-access';
import { CHART_EXPORT_CONTEXT, GroupedBars, TrendLine } from '@digitalcheck/dashboard-ui-charts';
import { ReportPdfButton } from '@digitalcheck/dashboard-reports-feature-reports';
import { MATURITY_LEVELS } from '@digitalcheck/shared-scoring';
import {
  type AnalyticsBenchmark,
  type AnalyticsRegionProfile,
  type AnalyticsRegionTrend,
  regionReportUrl,
} from '@digitalcheck/shared-contracts';
import { map, of, switchMap } from 'rxjs';
import { AnalyticsNav } from '../analytics-nav/analytics-nav';
import { AnalyticsPageState } from '../page-state/analytics-page-state';
import { type Loaded, LOADING, loaded } from '../page-state/loaded';
import { benchmarkText, comparisonSeries, profileRows, trendChart } from './profile-data';

/**
 * A region's profile (`/auswertung/regionen/:ars?befragung=…`): its results in the wave against its peers and its
 * Land, its indicators, and its trend across the waves that invited it.
 */
@Component({
  selector: 'dc-analytics-region-profile-page',
  imports: [AnalyticsNav, GroupedBars, TrendLine, RouterLink, ReportPdfButton],
  providers: [AnalyticsPageState, { provide: CHART_EXPORT_CONTEXT, useExisting: AnalyticsPageState }],
  templateUrl: './region-profile-page.html',
  styleUrl: '../analytics-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionProfilePage {
  protected readonly state = inject(AnalyticsPageState);
  private readonly api = inject(AnalyticsApi);

  protected readonly ars = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('ars') ?? '')), {
    requireSync: true,
  });

  protected readonly profile = toSignal(
    toObservable(computed(() => ({ waveId: this.state.view().waveId, ars: this.ars() }))).pipe(
      switchMap(({ waveId, ars }) => (waveId ? loaded(this.api.profile(waveId, ars)) : of(LOADING))),
    ),
    { initialValue: LOADING as Loaded<AnalyticsRegionProfile> },
  );

  protected readonly trend = toSignal(
    toObservable(this.ars).pipe(switchMap((ars) => loaded(this.api.regionTrend(ars)))),
    { initialValue: LOADING as Loaded<AnalyticsRegionTrend> },
  );

  constructor() {
    effect(() => {
      const profile = this.profile();
      if (profile.kind === 'loaded') this.state.exportRegion.set(profile.value.region);
    });
  }

  protected readonly number = (value: number | null) => germanNumber(value);
  protected readonly percent = (share: number | null) => germanPercent(share);
  protected readonly levelName = (level: number | null) =>
    level === null ? '–' : (MATURITY_LEVELS.find((info) => info.level === level)?.name ?? '–');
  protected readonly rows = profileRows;
  protected readonly trendSource = sourceLine(null);
  protected readonly trendChart = trendChart;
  protected benchmark(value: AnalyticsBenchmark): string {
    return benchmarkText(value, this.number);
  }

  protected readonly peerLabel = $localize`:Series name in the profile chart@@analytics.profile.peers:Vergleichsgruppe (Median)`;
  protected readonly landLabel = $localize`:Series name in the profile chart@@analytics.profile.land:Land (Median)`;

  /** "Digitalcheck RLP 2026 · Landkreis, 100.000 bis unter 150.000 Einwohner · n = 12 (Vergleichsgruppe), 24 (Land)" */
  protected chartSubtitle(profile: AnalyticsRegionProfile): string {
    const group = profile.peerGroup?.label;
    const n = $localize`:Profile chart subtitle, sizes of the peer group and the Land@@analytics.profile.chartN:n = ${this.number(profile.index.peers.n)}:peers: (Vergleichsgruppe), ${this.number(profile.index.land.n)}:land: (Land)`;
    return [profile.waveTitle, group, n].filter(Boolean).join(' · ');
  }

  protected chart(profile: AnalyticsRegionProfile) {
    return comparisonSeries(profile, this.peerLabel, this.landLabel);
  }

  protected statusText(profile: AnalyticsRegionProfile): string {
    switch (profile.status) {
      case 'submitted':
        return $localize`:Response status@@analytics.status.submitted:abgesendet`;
      case 'published':
        return $localize`:Response status@@analytics.status.published:veröffentlicht`;
      case 'draft':
        return $localize`:Response status@@analytics.status.draft:in Bearbeitung (zählt noch nicht)`;
      case 'reopened':
        return $localize`:Response status@@analytics.status.reopened:wieder geöffnet (zählt nicht)`;
      default:
        return $localize`:Response status@@analytics.status.none:noch nicht begonnen`;
    }
  }

  protected indicatorValue(value: boolean | null): string {
    if (value === null) return $localize`:Indicator value@@analytics.indicator.none:nicht beantwortet`;
    return value
      ? $localize`:Indicator value@@analytics.indicator.yes:ja`
      : $localize`:Indicator value@@analytics.indicator.no:nein`;
  }

  /** The region report (PDF) for a council. */
  protected readonly reportUrl = regionReportUrl;

  protected compareParams(ars: string) {
    return { ...this.state.linkParams(), regionen: ars };
  }
}
