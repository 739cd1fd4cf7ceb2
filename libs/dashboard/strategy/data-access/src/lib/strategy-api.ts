import { HttpClient, HttpParams, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Recommendations,
  SaveStrategyRequest,
  StrategyDraft,
  StrategyPlans,
  StrategyVersionSummary,
} from '@digitalcheck/shared-contracts';
import type { Observable } from 'rxjs';

export const STRATEGY_RESPONSES_URL = '/api/v1/responses';
export const STRATEGY_ANALYTICS_URL = '/api/v1/analytics/waves';

/** The two export formats of the draft. */
export type StrategyExportFormat = 'docx' | 'pdf';

/** `/api/v1/responses/{id}/strategy.docx` or `….pdf`. */
export function strategyExportUrl(responseId: string, format: StrategyExportFormat): string {
  return `${STRATEGY_RESPONSES_URL}/${encodeURIComponent(responseId)}/strategy.${format}`;
}

/** HTTP client for the recommendations, the region's strategy draft, its exports and the Land's view of plans. */
@Injectable({ providedIn: 'root' })
export class StrategyApi {
  private readonly http = inject(HttpClient);

  /** 409 RESPONSE_NOT_SUBMITTED before the submit. */
  recommendations(responseId: string): Observable<Recommendations> {
    return this.http.get<Recommendations>(`${responseUrl(responseId)}/recommendations`);
  }

  draft(responseId: string): Observable<StrategyDraft> {
    return this.http.get<StrategyDraft>(`${responseUrl(responseId)}/strategy`);
  }

  /** 409 STRATEGY_CONFLICT when `baseVersion` is not the stored version any more. */
  save(responseId: string, request: SaveStrategyRequest): Observable<StrategyDraft> {
    return this.http.put<StrategyDraft>(`${responseUrl(responseId)}/strategy`, request);
  }

  /** Newest first. */
  versions(responseId: string): Observable<StrategyVersionSummary[]> {
    return this.http.get<StrategyVersionSummary[]>(`${responseUrl(responseId)}/strategy/versions`);
  }

  /** The DOCX or PDF, with its headers (file name in `Content-Disposition`). */
  exportFile(responseId: string, format: StrategyExportFormat): Observable<HttpResponse<Blob>> {
    return this.http.get(strategyExportUrl(responseId, format), { responseType: 'blob', observe: 'response' });
  }

  /** ADMIN, STATE_ANALYST: what the drafts of a wave plan, optionally in one Land. */
  plans(waveId: string, landArs: string | null): Observable<StrategyPlans> {
    const params = landArs ? new HttpParams().set('landArs', landArs) : new HttpParams();
    return this.http.get<StrategyPlans>(`${STRATEGY_ANALYTICS_URL}/${encodeURIComponent(waveId)}/strategy-plans`, {
      params,
    });
  }
}

function responseUrl(responseId: string): string {
  return `${STRATEGY_RESPONSES_URL}/${encodeURIComponent(responseId)}`;
}
