import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, Role, SessionInfo } from '@digitalcheck/shared-contracts';
import { Observable, firstValueFrom, map, switchMap, tap } from 'rxjs';
import { AuthApi } from './auth-api';

export type SessionStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * Who is signed in, for the whole app. `load()` runs once at start (app initializer) so the XSRF cookie is set
 * before the first POST and guards know the user; `login()`, `logout()` and `set()` keep it current.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<{ status: SessionStatus; session: SessionInfo | null }>({
    status: 'idle',
    session: null,
  });
  private pending: Promise<void> | null = null;

  readonly status = computed(() => this.state().status);
  readonly session = computed(() => this.state().session);
  readonly user = computed(() => this.session()?.user ?? null);
  readonly signedIn = computed(() => this.user() !== null);
  readonly scopes = computed(() => this.user()?.scopes ?? []);
  readonly roles = computed(() => [...new Set(this.scopes().map((scope) => scope.role))]);
  readonly isAdmin = computed(() => this.roles().includes('ADMIN'));
  /** May manage accounts, invitations and read the audit log. */
  readonly canManage = computed(() => this.hasRole('ADMIN', 'STATE_ANALYST'));
  readonly oidcEnabled = computed(() => this.session()?.oidcEnabled ?? false);
  readonly oidcLabel = computed(() => this.session()?.oidcLabel ?? null);

  /** Reads the session once; resolves (never rejects) when it is known or failed. */
  load(): Promise<void> {
    if (this.state().status === 'loaded') return Promise.resolve();
    return this.pending ?? this.refresh();
  }

  /** Reads the session again (e.g. after logout, for the new CSRF token). */
  refresh(): Promise<void> {
    this.state.update((s) => ({ ...s, status: 'loading' }));
    this.pending = firstValueFrom(this.api.session())
      .then(
        (session) => this.state.set({ status: 'loaded', session }),
        () => this.state.set({ status: 'error', session: null }),
      )
      .finally(() => (this.pending = null));
    return this.pending;
  }

  hasRole(...roles: Role[]): boolean {
    return this.roles().some((role) => roles.includes(role));
  }

  login(request: LoginRequest): Observable<SessionInfo> {
    return this.api.login(request).pipe(tap((session) => this.set(session)));
  }

  /** Signs out and reads the (anonymous) session again, which brings a fresh CSRF token. */
  logout(): Observable<void> {
    return this.api.logout().pipe(
      tap(() => this.state.update((s) => ({ ...s, session: s.session ? { ...s.session, user: null } : null }))),
      switchMap(() => this.api.session()),
      tap((session) => this.set(session)),
      map(() => undefined),
    );
  }

  /** A session the API returned elsewhere (accepting an invitation signs in). */
  set(session: SessionInfo): void {
    this.state.set({ status: 'loaded', session });
  }
}
