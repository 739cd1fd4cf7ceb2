import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { AnalyticsApi, sourceLine } from '@digitalcheck/dashboard-analytics-data-access';
import { GroupedBars, PriorityMatrixSection } from '@digitalcheck/dashboard-ui-charts';
import { type AnalyticsRegionProfile, REPORT_WAVE_PARAM } from '@digitalcheck/shared-contracts';
import { of, switchMap } from 'rxjs';
import { ReportFrame } from '../report-frame/report-frame';
import { benchmarkText, levelText, percent, points, reportDay, shareCount } from '../report-format';
import { PART_LOADING, type ReportPart, part } from '../report-loading';
import { comparisonChart, priorityFields, resultRows } from './region-report-data';

/**
 * The region report for a council (`/bericht/region/:ars?befragung=…`), printed to PDF by the API: the region's
 * index, maturity level and field scores against its peer group and its Land (median, Q1–Q3, n), the priority
 * × maturity matrix from its P1 answers, and its derived indicators against the Land's shares.
 */
@Component({
  selector: 'dc-region-report',
  imports: [ReportFrame, GroupedBars, PriorityMatrixSection],
  templateUrl: './region-report.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionReport {
  private readonly analytics = inject(AnalyticsApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly points = points;
  protected readonly percent = percent;
  protected readonly levelText = levelText;
  protected readonly shareCount = shareCount;
  protected readonly benchmark = benchmarkText;
  protected readonly rows = resultRows;
  protected readonly priorityFields = priorityFields;
  protected readonly day = reportDay(new Date());

  private readonly request = {
    ars: this.route.snapshot.paramMap.get('ars') ?? '',
    waveId: this.route.snapshot.queryParamMap.get(REPORT_WAVE_PARAM) ?? '',
  };

  protected readonly data = toSignal(
    of(this.request).pipe(switchMap(({ waveId, ars }) => part(this.analytics.profile(waveId, ars)))),
    { initialValue: PART_LOADING as ReportPart<AnalyticsRegionProfile> },
  );

  protected readonly loaded = computed(() => this.data().kind === 'loaded');
  protected readonly failed = computed(() => {
    const data = this.data();
    return data.kind === 'failed' ? data.message : null;
  });
  protected readonly profile = computed(() => {
    const data = this.data();
    return data.kind === 'loaded' ? data.value : null;
  });

  protected readonly heading = computed(() => {
    const name = this.profile()?.region.name;
    return name
      ? $localize`:Region report title@@reports.region.title:Regionsbericht ${name}:region:`
      : $localize`:Region report title while loading@@reports.region.titleLoading:Regionsbericht`;
  });

  protected readonly lead = computed(() => {
    const profile = this.profile();
    return [
      profile?.waveTitle ?? '',
      profile ? `${profile.region.kind}, ${profile.region.landName}` : '',
      $localize`:Report date@@reports.date:Stand: ${this.day}:date:`,
    ]
      .filter(Boolean)
      .join(' · ');
  });

  protected readonly source = computed(() => sourceLine(this.profile()?.waveTitle ?? null));

  protected readonly peerLabel = $localize`:Series name in the report chart@@reports.region.peers:Vergleichsgruppe (Median)`;
  protected readonly landLabel = $localize`:Series name in the report chart@@reports.region.land:Land (Median)`;

  protected chart(profile: AnalyticsRegionProfile) {
    return comparisonChart(profile, this.peerLabel, this.landLabel);
  }

  protected statusText(profile: AnalyticsRegionProfile): string {
    switch (profile.status) {
      case 'submitted':
        return $localize`:Response status@@reports.status.submitted:abgesendet`;
      case 'published':
        return $localize`:Response status@@reports.status.published:veröffentlicht`;
      case 'draft':
        return $localize`:Response status@@reports.status.draft:in Bearbeitung (zählt noch nicht)`;
      case 'reopened':
        return $localize`:Response status@@reports.status.reopened:wieder geöffnet (zählt nicht)`;
      default:
        return $localize`:Response status@@reports.status.none:noch nicht begonnen`;
    }
  }

  protected indicatorValue(value: boolean | null): string {
    if (value === null) return $localize`:Indicator value@@reports.indicator.none:nicht beantwortet`;
    return value
      ? $localize`:Indicator value@@reports.indicator.yes:ja`
      : $localize`:Indicator value@@reports.indicator.no:nein`;
  }
}
