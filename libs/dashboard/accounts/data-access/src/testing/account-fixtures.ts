import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type {
  ApiErrorBody,
  InvitationSummary,
  IssuedInvitation,
  Page,
  SessionInfo,
  SessionUser,
  UserSummary,
} from '@digitalcheck/shared-contracts';

export const adminUser: SessionUser = {
  id: 'u-admin',
  email: 'admin@example.org',
  displayName: 'Ada Admin',
  scopes: [{ role: 'ADMIN', regionArs: null, regionName: null }],
  expiresAt: '2026-05-01T12:00:00.000Z',
};

export const analystUser: SessionUser = {
  id: 'u-analyst',
  email: 'lena.land@mdi.rlp.de',
  displayName: 'Lena Land',
  scopes: [{ role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' }],
  expiresAt: '2026-05-01T12:00:00.000Z',
};

export const respondentUser: SessionUser = {
  id: 'u-resp',
  email: 'kai.kreis@kreis-ahrweiler.de',
  displayName: 'Kai Kreis',
  scopes: [{ role: 'RESPONDENT', regionArs: '07131', regionName: 'Landkreis Ahrweiler' }],
  expiresAt: '2026-05-01T12:00:00.000Z',
};

export function sessionOf(user: SessionUser | null, oidc = false): SessionInfo {
  return {
    user,
    csrfToken: 'csrf-token-1',
    oidcEnabled: oidc,
    oidcLabel: oidc ? 'Landesportal RLP' : null,
  };
}

export const userSummary: UserSummary = {
  id: 'u-resp',
  email: 'kai.kreis@kreis-ahrweiler.de',
  displayName: 'Kai Kreis',
  status: 'active',
  scopes: [{ role: 'RESPONDENT', regionArs: '07131', regionName: 'Landkreis Ahrweiler' }],
  lastLoginAt: '2026-03-02T09:15:00.000Z',
  createdAt: '2026-01-10T08:00:00.000Z',
  external: false,
};

export const pendingInvitation: InvitationSummary = {
  id: 'inv-1',
  email: 'neu@vg-altenahr.de',
  role: 'RESPONDENT',
  regionArs: '071315001',
  regionName: 'Verbandsgemeinde Altenahr',
  status: 'pending',
  expiresAt: '2026-04-01T00:00:00.000Z',
  createdAt: '2026-03-18T10:00:00.000Z',
  invitedBy: 'lena.land@mdi.rlp.de',
  acceptedAt: null,
};

export function issued(invitation: InvitationSummary, token = 'tok-1'): IssuedInvitation {
  return { ...invitation, link: `https://digitalcheck.example/einladung?token=${token}`, mailSent: true };
}

export function pageOf<T>(items: T[], total = items.length): Page<T> {
  return { items, total, offset: 0, limit: 50 };
}

/** An `ApiErrorBody` as the API sends it, for `TestRequest.flush(body, { status, statusText })`. */
export function apiError(
  statusCode: number,
  code: ApiErrorBody['code'],
  errors?: ApiErrorBody['errors'],
): ApiErrorBody {
  return { statusCode, code, message: code, ...(errors ? { errors } : {}) };
}

/** An `HttpErrorResponse` with an API error body, for unit tests of the error mapping. */
export function httpError(
  statusCode: number,
  code: ApiErrorBody['code'],
  options: { errors?: ApiErrorBody['errors']; headers?: Record<string, string> } = {},
): HttpErrorResponse {
  return new HttpErrorResponse({
    status: statusCode,
    error: apiError(statusCode, code, options.errors),
    headers: new HttpHeaders(options.headers ?? {}),
  });
}
