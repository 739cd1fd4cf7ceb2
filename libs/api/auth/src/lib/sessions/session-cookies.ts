import type { AuthConfig } from '@digitalcheck/api-config';
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'dc_session';
/** Read by the dashboard (Angular's XSRF support) and echoed as X-XSRF-TOKEN. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

function secure(config: AuthConfig, request: Request): boolean {
  return config.cookieSecure === 'auto' ? request.secure : config.cookieSecure;
}

/** The session cookie: httpOnly, SameSite=Lax, Secure over https; lives as long as the session may. */
export function setSessionCookies(
  response: Response,
  request: Request,
  config: AuthConfig,
  token: string,
  csrfToken: string,
  absoluteExpiresAt: Date,
): void {
  const common: CookieOptions = {
    sameSite: 'lax',
    secure: secure(config, request),
    path: '/',
    expires: absoluteExpiresAt,
  };
  response.cookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  response.cookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(response: Response, request: Request, config: AuthConfig): void {
  const common: CookieOptions = { sameSite: 'lax', secure: secure(config, request), path: '/' };
  response.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  response.clearCookie(CSRF_COOKIE, common);
}
