import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { HealthReport, SystemInfo } from '@digitalcheck/shared-contracts';
import { Observable, catchError, of, throwError } from 'rxjs';

/** Relative paths: the API serves the dashboard, and `nx serve dashboard` proxies `/api`. */
export const HEALTH_URL = '/api/health';
export const SYSTEM_INFO_URL = '/api/v1/info';

/** HTTP client for the API's system endpoints (health and product info). */
@Injectable({ providedIn: 'root' })
export class SystemApi {
  private readonly http = inject(HttpClient);

  /**
   * Terminus answers 503 with a full report when an indicator is down; that is a result
   * ("eingeschränkt"), not a transport failure, so it is returned like a 200.
   */
  health(): Observable<HealthReport> {
    return this.http
      .get<HealthReport>(HEALTH_URL)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 503 && isHealthReport(error.error)
            ? of(error.error)
            : throwError(() => error),
        ),
      );
  }

  info(): Observable<SystemInfo> {
    return this.http.get<SystemInfo>(SYSTEM_INFO_URL);
  }
}

export function isHealthReport(value: unknown): value is HealthReport {
  if (typeof value !== 'object' || value === null) return false;
  const status = (value as { status?: unknown }).status;
  return status === 'ok' || status === 'error' || status === 'shutting_down';
}
