import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AnalyticsFilter,
  AnalyticsHeatmap,
  AnalyticsOverview,
  AnalyticsQuestionDistribution,
  AnalyticsQuestionTrend,
  AnalyticsRanking,
  AnalyticsRegionProfile,
  AnalyticsRegionTrend,
  AnalyticsSplit,
} from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';

export const ANALYTICS_URL = '/api/v1/analytics';

/** The API's query parameters for a selection of regions (only the given filters). */
export function filterParams(filter: Partial<AnalyticsFilter>, params = new HttpParams()): HttpParams {
  let result = params;
  if (filter.landArs) result = result.set('landArs', filter.landArs);
  if (filter.level) result = result.set('level', filter.level);
  if (filter.kind) result = result.set('kind', filter.kind);
  if (filter.sizeClass) result = result.set('sizeClass', filter.sizeClass);
  for (const ars of filter.regionArs ?? []) result = result.append('regionArs', ars);
  return result;
}

const waveUrl = (waveId: string) => `${ANALYTICS_URL}/waves/${encodeURIComponent(waveId)}`;

/** HTTP client for the analytics endpoints (ADMIN and STATE_ANALYST; the API restricts to the caller's Länder). */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  /** Participation, KPI tiles with n and base, obstacles, index and field distributions. */
  overview(waveId: string, filter: Partial<AnalyticsFilter>): Observable<AnalyticsOverview> {
    return this.http.get<AnalyticsOverview>(`${waveUrl(waveId)}/overview`, { params: filterParams(filter) });
  }

  /** Regions ranked by the index (`by` = `index`) or a field's section code. */
  ranking(waveId: string, filter: Partial<AnalyticsFilter>, by: string): Observable<AnalyticsRanking> {
    return this.http.get<AnalyticsRanking>(`${waveUrl(waveId)}/ranking`, {
      params: filterParams(filter).set('by', by),
    });
  }

  /** Every submitted region's index, field scores and single-question indicators. */
  heatmap(waveId: string, filter: Partial<AnalyticsFilter>): Observable<AnalyticsHeatmap> {
    return this.http.get<AnalyticsHeatmap>(`${waveUrl(waveId)}/heatmap`, { params: filterParams(filter) });
  }

  /** The answer distribution of a choice, status or matrix question; 404 unknown, 422 not countable. */
  distribution(
    waveId: string,
    filter: Partial<AnalyticsFilter>,
    questionCode: string,
    splitBy: AnalyticsSplit | null,
  ): Observable<AnalyticsQuestionDistribution> {
    let params = filterParams(filter);
    if (splitBy) params = params.set('splitBy', splitBy);
    return this.http.get<AnalyticsQuestionDistribution>(
      `${waveUrl(waveId)}/questions/${encodeURIComponent(questionCode)}/distribution`,
      { params },
    );
  }

  /** One region in one wave: scores against its peers and its Land, rank, indicators. */
  profile(waveId: string, ars: string): Observable<AnalyticsRegionProfile> {
    return this.http.get<AnalyticsRegionProfile>(`${waveUrl(waveId)}/regions/${encodeURIComponent(ars)}`);
  }

  /** The region's index and field scores across every wave that invited it, oldest first. */
  regionTrend(ars: string): Observable<AnalyticsRegionTrend> {
    return this.http.get<AnalyticsRegionTrend>(`${ANALYTICS_URL}/regions/${encodeURIComponent(ars)}/trend`);
  }

  /** A question's distribution across 2–10 waves, each marked comparable with the previous one or not. */
  questionTrend(
    questionCode: string,
    waveIds: readonly string[],
    filter: Partial<AnalyticsFilter>,
  ): Observable<AnalyticsQuestionTrend> {
    let params = filterParams(filter);
    for (const id of waveIds) params = params.append('waveId', id);
    return this.http.get<AnalyticsQuestionTrend>(
      `${ANALYTICS_URL}/questions/${encodeURIComponent(questionCode)}/trend`,
      { params },
    );
  }
}
