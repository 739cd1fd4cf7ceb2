import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { StrategyDocument } from '@digitalcheck/shared-contracts';
import type { Observable } from 'rxjs';

/** `GET /api/v1/responses/{id}/strategy/document`: the draft laid out as a Digitalstrategie (what the DOCX shows). */
@Injectable({ providedIn: 'root' })
export class StrategyDocumentApi {
  private readonly http = inject(HttpClient);

  document(responseId: string): Observable<StrategyDocument> {
    return this.http.get<StrategyDocument>(`/api/v1/responses/${encodeURIComponent(responseId)}/strategy/document`);
  }
}
