import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BoundaryPackInfo,
  Page,
  RegionDetail,
  RegionImportReport,
  RegionLevel,
  RegionSummary,
} from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';
import type { BoundaryTopology } from './boundary-topology';

export const REGIONS_URL = '/api/v1/regions';
export const BOUNDARIES_URL = '/api/v1/boundaries';
export const REGION_IMPORT_URL = `${REGIONS_URL}/import`;

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

  /**
   * `POST /api/v1/regions/import` (ADMIN): the file's raw bytes as the body, so a Latin-1 CSV arrives byte-exact.
   * `dryRun` only reports; otherwise all rows are applied, or none when one is invalid.
   */
  importRegions(file: Blob, name: string, dryRun: boolean): Observable<RegionImportReport> {
    return this.http.post<RegionImportReport>(REGION_IMPORT_URL, file, {
      params: new HttpParams().set('file', name).set('dryRun', String(dryRun)),
      headers: new HttpHeaders({ 'Content-Type': regionImportContentType(name) }),
    });
  }
}

/** Content type of an import file by its extension: CSV, GeoJSON, else raw bytes (the server sniffs them). */
export function regionImportContentType(name: string): string {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'csv') return 'text/csv';
  if (extension === 'geojson' || extension === 'json') return 'application/geo+json';
  return 'application/octet-stream';
}

function toParams(query: RegionQuery | { land?: string }): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}
