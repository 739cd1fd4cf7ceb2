import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BulkInvitationReport,
  BulkInvitationRequest,
  InvitationRequest,
  InvitationStatus,
  InvitationSummary,
  IssuedInvitation,
  Page,
} from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';
import { toParams } from './http-params';

export const INVITATIONS_URL = '/api/v1/invitations';

export interface InvitationQuery {
  status?: InvitationStatus | '';
  offset?: number;
  limit?: number;
}

/** HTTP client for issuing and managing invitations (ADMIN and STATE_ANALYST only). */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly http = inject(HttpClient);

  list(query: InvitationQuery = {}): Observable<Page<InvitationSummary>> {
    return this.http.get<Page<InvitationSummary>>(INVITATIONS_URL, { params: toParams(query) });
  }

  /** The answer carries the link, shown once. */
  create(request: InvitationRequest): Observable<IssuedInvitation> {
    return this.http.post<IssuedInvitation>(INVITATIONS_URL, request);
  }

  bulk(request: BulkInvitationRequest): Observable<BulkInvitationReport> {
    return this.http.post<BulkInvitationReport>(`${INVITATIONS_URL}/bulk`, request);
  }

  resend(id: string): Observable<IssuedInvitation> {
    return this.http.post<IssuedInvitation>(`${INVITATIONS_URL}/${encodeURIComponent(id)}/resend`, null);
  }

  revoke(id: string): Observable<InvitationSummary> {
    return this.http.post<InvitationSummary>(`${INVITATIONS_URL}/${encodeURIComponent(id)}/revoke`, null);
  }
}
