import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Page, UserStatus, UserStatusChange, UserSummary } from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';
import { toParams } from './http-params';

export const USERS_URL = '/api/v1/users';

/** Filters of `GET /api/v1/users`; unset ones are not sent. */
export interface UserQuery {
  /** Name or email contains. */
  q?: string;
  status?: UserStatus | '';
  offset?: number;
  limit?: number;
}

/** HTTP client for the user list (ADMIN and STATE_ANALYST only). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery = {}): Observable<Page<UserSummary>> {
    return this.http.get<Page<UserSummary>>(USERS_URL, { params: toParams(query) });
  }

  setStatus(id: string, status: UserStatusChange['status']): Observable<UserSummary> {
    const change: UserStatusChange = { status };
    return this.http.patch<UserSummary>(`${USERS_URL}/${encodeURIComponent(id)}/status`, change);
  }
}
