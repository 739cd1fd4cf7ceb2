import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { AnalyticsApi, sourceLine } from '@digitalcheck/dashboard-analytics-data-access';
import { RegionsApi } from '@digitalcheck/dashboard-regions-data-access';
import {
  BarChart,
  Histogram,
  MATURITY_COLOURS,
  RegionMap,
  type RegionTopology,
  maturityColourOf,
} from '@digitalcheck/dashboard-ui-charts';
import {
  type AnalyticsFilter,
  type AnalyticsHeatmap,
  type AnalyticsOverview,
  type AnalyticsRanking,
  REPORT_LAND_PARAM,
  REPORT_WAVE_PARAM,
} from '@digitalcheck/shared-contracts';
import { combineLatest, map, of, switchMap } from 'rxjs';
import { ReportFrame } from '../report-frame/report-frame';
import { levelText, percent, points, reportDay, shareCount } from '../report-format';
import { PART_LOADING, type ReportPart, part } from '../report-loading';
import {
  distributionRows,
  heatmapColumns,
  heatmapRows,
  indexByRegion,
  obstacleBars,
  obstacleName,
  rankingBars,
} from './land-report-data';

interface LandReportData {
  landName: string;
  overview: AnalyticsOverview;
  ranking: AnalyticsRanking;
  heatmap: AnalyticsHeatmap;
  /** Null when no boundaries of the Land's Kreise are loaded: the report goes without the map. */
  topology: RegionTopology | null;
}

/**
 * The Land report (`/bericht/land?befragung=…&land=07`), printed to PDF by the API: participation, KPIs with n
 * and base, the map of the overall index, the ranking, the distributions of the index and the fields, and the
 * obstacles, over the Kreise and kreisfreie Städte of the Land; each chart with its figures in a table beside it.
 */
@Component({
  selector: 'dc-land-report',
  imports: [ReportFrame, RegionMap, BarChart, Histogram],
  templateUrl: './land-report.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LandReport {
  private readonly analytics = inject(AnalyticsApi);
  private readonly regions = inject(RegionsApi);

  protected readonly points = points;
  protected readonly percent = percent;
  protected readonly levelText = levelText;
  protected readonly shareCount = shareCount;
  protected readonly obstacleName = obstacleName;
  protected readonly distributionRows = distributionRows;
  protected readonly day = reportDay(new Date());

  private readonly params = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => ({ waveId: params.get(REPORT_WAVE_PARAM) ?? '', land: params.get(REPORT_LAND_PARAM) ?? '' })),
    ),
    { requireSync: true },
  );

  protected readonly data = toSignal(
    of(this.params()).pipe(
      switchMap(({ waveId, land }) => {
        const filter: Partial<AnalyticsFilter> = { landArs: land, level: 'KREIS' };
        return combineLatest({
          landName: part(this.regions.get(land).pipe(map((region) => region.name))),
          overview: part(this.analytics.overview(waveId, filter)),
          ranking: part(this.analytics.ranking(waveId, filter, 'index')),
          heatmap: part(this.analytics.heatmap(waveId, filter)),
          topology: part<RegionTopology>(this.regions.boundaries('KREIS', land)),
        });
      }),
      map((parts): ReportPart<LandReportData> => {
        const all = [parts.landName, parts.overview, parts.ranking, parts.heatmap];
        const failed = all.find((p) => p.kind === 'failed');
        if (failed?.kind === 'failed') return failed;
        if (
          parts.landName.kind !== 'loaded' ||
          parts.overview.kind !== 'loaded' ||
          parts.ranking.kind !== 'loaded' ||
          parts.heatmap.kind !== 'loaded' ||
          // The map may be missing (no boundaries loaded), but the report waits for the answer.
          parts.topology.kind === 'loading'
        )
          return PART_LOADING;
        return {
          kind: 'loaded',
          value: {
            landName: parts.landName.value,
            overview: parts.overview.value,
            ranking: parts.ranking.value,
            heatmap: parts.heatmap.value,
            topology: parts.topology.kind === 'loaded' ? parts.topology.value : null,
          },
        };
      }),
    ),
    { initialValue: PART_LOADING as ReportPart<LandReportData> },
  );

  protected readonly loaded = computed(() => this.data().kind === 'loaded');
  protected readonly failed = computed(() => {
    const data = this.data();
    return data.kind === 'failed' ? data.message : null;
  });
  protected readonly report = computed(() => {
    const data = this.data();
    return data.kind === 'loaded' ? data.value : null;
  });

  protected readonly heading = computed(() => {
    const name = this.report()?.landName;
    return name
      ? $localize`:Land report title@@reports.land.title:Landesbericht ${name}:land:`
      : $localize`:Land report title while loading@@reports.land.titleLoading:Landesbericht`;
  });

  protected readonly lead = computed(() => {
    const report = this.report();
    const level = $localize`:Land report level@@reports.land.level:Kreise und kreisfreie Städte`;
    const wave = report ? report.overview.scope.waveTitle : '';
    return [wave, level, $localize`:Report date@@reports.date:Stand: ${this.day}:date:`].filter(Boolean).join(' · ');
  });

  protected readonly source = computed(() => sourceLine(this.report()?.overview.scope.waveTitle ?? null));

  protected subtitle(report: LandReportData, n: number): string {
    return `${report.overview.scope.waveTitle} · ${report.landName} · n = ${n}`;
  }

  protected readonly rankingBars = rankingBars;
  protected readonly obstacleBars = obstacleBars;
  protected readonly indexByRegion = indexByRegion;
  protected readonly heatmapColumns = heatmapColumns;
  protected readonly heatmapRows = heatmapRows;
  protected readonly colourOf = maturityColourOf;
  protected readonly maturityColours = MATURITY_COLOURS;
}
