import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditPage, AuditQuery } from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';
import { toParams } from './http-params';

export const AUDIT_URL = '/api/v1/audit';
export const AUDIT_EXPORT_URL = '/api/v1/audit/export';

/** HTTP client for the audit log (newest first, paged with `before`). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery = {}): Observable<AuditPage> {
    return this.http.get<AuditPage>(AUDIT_URL, { params: toParams(query) });
  }
}

/** Address of the CSV export with the same filters (no paging), for a plain download link. */
export function auditExportUrl(query: AuditQuery): string {
  const { action, regionArs, actorEmail, from, to } = query;
  const params = toParams({ action, regionArs, actorEmail, from, to }).toString();
  return params ? `${AUDIT_EXPORT_URL}?${params}` : AUDIT_EXPORT_URL;
}
