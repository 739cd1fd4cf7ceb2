import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import type { Role } from '@digitalcheck/shared-contracts';
import { SessionStore } from './session.store';

export const LOGIN_PATH = '/anmelden';
export const FORBIDDEN_PATH = '/kein-zugriff';

/** Signed out: to `/anmelden?ziel=<url>`, so the login page can return to the page asked for. */
export const requireSignedIn: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  await store.load();
  return store.signedIn() ? true : loginRedirect(router, state.url);
};

/** Signed out: to the login page; signed in without one of `roles`: to `/kein-zugriff`. */
export function requireRole(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const store = inject(SessionStore);
    const router = inject(Router);
    await store.load();
    if (!store.signedIn()) return loginRedirect(router, state.url);
    return store.hasRole(...roles) ? true : router.parseUrl(FORBIDDEN_PATH);
  };
}

function loginRedirect(router: Router, url: string): UrlTree {
  return router.createUrlTree([LOGIN_PATH], { queryParams: { ziel: url } });
}

/**
 * Where to go after signing in: the `ziel` from the query if it is a path of this app, else `/`.
 * Anything else (`//evil.example`, `https://…`) is ignored so the link cannot redirect elsewhere.
 */
export function safeReturnUrl(ziel: string | null | undefined): string {
  if (!ziel || !ziel.startsWith('/') || ziel.startsWith('//') || ziel.startsWith('/\\')) return '/';
  if (ziel.startsWith(LOGIN_PATH)) return '/';
  return ziel;
}
