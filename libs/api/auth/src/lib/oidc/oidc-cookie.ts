import type { AuthConfig, OidcConfig } from '@digitalcheck/api-config';
import type { CookieOptions, Request, Response } from 'express';

/** Holds one pending sign-in at the identity provider (PKCE verifier, state, nonce, return path). */
export const OIDC_COOKIE = 'dc_oidc';
/** A sign-in must come back from the identity provider within this time. */
export const OIDC_COOKIE_MINUTES = 10;

/**
 * The secrets of one sign-in attempt. They never leave the browser's httpOnly cookie and our server: the
 * identity provider only sees the state, the nonce and the hash of the verifier. They are single-use (the
 * code exchange checks them and the callback deletes the cookie), so the cookie needs no server-side copy.
 */
export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go after signing in: a path on this site. */
  returnTo: string;
}

function options(config: AuthConfig, oidc: OidcConfig, request: Request): CookieOptions {
  return {
    httpOnly: true,
    // Lax: sent along when the identity provider redirects the browser back (a top-level GET).
    sameSite: 'lax',
    secure: config.cookieSecure === 'auto' ? request.secure : config.cookieSecure,
    // Only the callback needs it.
    path: new URL(oidc.redirectUri).pathname,
  };
}

export function setOidcCookie(
  response: Response,
  request: Request,
  config: AuthConfig,
  oidc: OidcConfig,
  pending: PendingOidcLogin,
): void {
  const value = Buffer.from(
    JSON.stringify({ s: pending.state, n: pending.nonce, v: pending.codeVerifier, z: pending.returnTo }),
    'utf8',
  ).toString('base64url');
  response.cookie(OIDC_COOKIE, value, { ...options(config, oidc, request), maxAge: OIDC_COOKIE_MINUTES * 60_000 });
}

export function clearOidcCookie(response: Response, request: Request, config: AuthConfig, oidc: OidcConfig): void {
  response.clearCookie(OIDC_COOKIE, options(config, oidc, request));
}

/** The pending sign-in from the cookie, or null if there is none or it is malformed. */
export function readOidcCookie(request: Request): PendingOidcLogin | null {
  const raw = (request.cookies as Record<string, unknown> | undefined)?.[OIDC_COOKIE];
  if (typeof raw !== 'string' || raw.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { s, n, v, z } = parsed as Record<string, unknown>;
    const token = (value: unknown): value is string =>
      typeof value === 'string' && /^[A-Za-z0-9_-]{32,128}$/.test(value);
    if (!token(s) || !token(n) || !token(v) || typeof z !== 'string') return null;
    return { state: s, nonce: n, codeVerifier: v, returnTo: z };
  } catch {
    return null;
  }
}
