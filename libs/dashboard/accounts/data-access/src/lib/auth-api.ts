import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  InvitationAcceptance,
  InvitationPreview,
  LoginRequest,
  PasswordResetCompletion,
  PasswordResetRequest,
  SessionInfo,
} from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';

export const AUTH_URL = '/api/v1/auth';
/** A plain link (full page load): the API redirects to the identity provider. */
export const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';

/** HTTP client for sign-in, sign-out, password reset and accepting invitations. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  session(): Observable<SessionInfo> {
    return this.http.get<SessionInfo>(`${AUTH_URL}/session`);
  }

  login(request: LoginRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${AUTH_URL}/login`, request);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${AUTH_URL}/logout`, null);
  }

  /** Always 202, whether an account with that address exists or not. */
  requestPasswordReset(request: PasswordResetRequest): Observable<void> {
    return this.http.post<void>(`${AUTH_URL}/password-reset`, request);
  }

  completePasswordReset(request: PasswordResetCompletion): Observable<void> {
    return this.http.post<void>(`${AUTH_URL}/password-reset/complete`, request);
  }

  inspectInvitation(token: string): Observable<InvitationPreview> {
    return this.http.post<InvitationPreview>('/api/v1/invitations/inspect', { token });
  }

  acceptInvitation(acceptance: InvitationAcceptance): Observable<SessionInfo> {
    return this.http.post<SessionInfo>('/api/v1/invitations/accept', acceptance);
  }
}
