import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Measure, MeasureInput } from '@digitalcheck/shared-contracts';
import type { Observable } from 'rxjs';

export const MEASURES_URL = '/api/v1/measures';

/** `PUT /api/v1/measures/{id}`: the measure and the version it was edited from. */
export type MeasureUpdate = MeasureInput & { baseVersion: number };

/** HTTP client for the catalogue of measures (reading: signed in; writing: ADMIN). */
@Injectable({ providedIn: 'root' })
export class MeasuresApi {
  private readonly http = inject(HttpClient);

  /** The catalogue; archived measures only with `includeArchived` (the admin page). */
  list(includeArchived = false): Observable<Measure[]> {
    const params = includeArchived ? new HttpParams().set('includeArchived', 'true') : new HttpParams();
    return this.http.get<Measure[]>(MEASURES_URL, { params });
  }

  create(input: MeasureInput): Observable<Measure> {
    return this.http.post<Measure>(MEASURES_URL, input);
  }

  /** 409 MEASURE_CONFLICT when someone saved the measure since `baseVersion`. */
  update(id: string, update: MeasureUpdate): Observable<Measure> {
    return this.http.put<Measure>(`${MEASURES_URL}/${encodeURIComponent(id)}`, update);
  }
}
