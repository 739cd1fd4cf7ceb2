import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BoundaryPackInfo, Page, RegionDetail, RegionLevel, RegionSummary } from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';
import type { BoundaryTopology } from './boundary-topology';

export const REGIONS_URL = '/api/v1/regions';
export const BOUNDARIES_URL = '/api/v1/boundaries';

/** Filters of `GET /api/v1/regions`; unset ones are not sent. */
export interface RegionQuery {
  level?: RegionLevel;
  /** 2-digit Land key. */
  land?: string;
  kind?: string;
  parent?: string;
  /** Name search or key prefix. */
  q?: string;
  offset?: number;
  limit?: number;
}

/** HTTP client for the regions and boundaries endpoints. */
@Injectable({ providedIn: 'root' })
export class RegionsApi {
  private readonly http = inject(HttpClient);

  list(query: RegionQuery = {}): Observable<Page<RegionSummary>> {
    return this.http.get<Page<RegionSummary>>(REGIONS_URL, { params: toParams(query) });
  }

  get(ars: string): Observable<RegionDetail> {
    return this.http.get<RegionDetail>(`${REGIONS_URL}/${encodeURIComponent(ars)}`);
  }

  boundaryPacks(): Observable<BoundaryPackInfo[]> {
    return this.http.get<BoundaryPackInfo[]>(BOUNDARIES_URL);
  }

  /** TopoJSON of one level, optionally one Land only. */
  boundaries(level: RegionLevel, land?: string): Observable<BoundaryTopology> {
    return this.http.get<BoundaryTopology>(`${BOUNDARIES_URL}/${level}`, { params: toParams({ land }) });
  }
}

function toParams(query: RegionQuery | { land?: string }): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}
