import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { adminUser, analystUser, apiError, respondentUser, sessionOf } from '../testing/account-fixtures';
import { SessionStore } from './session.store';

const SESSION_URL = '/api/v1/auth/session';

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the session once, also when asked twice at the same time', async () => {
    expect(store.status()).toBe('idle');
    const first = store.load();
    const second = store.load();
    expect(store.status()).toBe('loading');
    http.expectOne({ method: 'GET', url: SESSION_URL }).flush(sessionOf(analystUser));
    await Promise.all([first, second]);
    expect(store.status()).toBe('loaded');
    expect(store.user()?.displayName).toBe('Lena Land');
    expect(store.roles()).toEqual(['STATE_ANALYST']);
    expect(store.isAdmin()).toBe(false);
    expect(store.canManage()).toBe(true);
    await store.load();
    http.expectNone(SESSION_URL);
  });

  it('knows admins, respondents and anonymous visitors', async () => {
    const load = store.load();
    http.expectOne(SESSION_URL).flush(sessionOf(null, true));
    await load;
    expect(store.signedIn()).toBe(false);
    expect(store.canManage()).toBe(false);
    expect(store.oidcEnabled()).toBe(true);
    expect(store.oidcLabel()).toBe('Landesportal RLP');

    store.set(sessionOf(adminUser));
    expect([store.isAdmin(), store.canManage(), store.hasRole('RESPONDENT')]).toEqual([true, true, false]);
    store.set(sessionOf(respondentUser));
    expect([store.isAdmin(), store.canManage(), store.hasRole('RESPONDENT')]).toEqual([false, false, true]);
  });

  it('resolves with no user when the API cannot be reached, and tries again on the next load', async () => {
    const load = store.load();
    http.expectOne(SESSION_URL).error(new ProgressEvent('error'), { status: 0 });
    await load;
    expect(store.status()).toBe('error');
    expect(store.user()).toBeNull();
    const again = store.load();
    http.expectOne(SESSION_URL).flush(sessionOf(null));
    await again;
    expect(store.status()).toBe('loaded');
  });

  it('signs in with email and password and keeps the returned session', () => {
    let name = '';
    store
      .login({ email: 'lena.land@mdi.rlp.de', password: 'geheim-geheim' })
      .subscribe((s) => (name = s.user?.displayName ?? ''));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(request.request.body).toEqual({ email: 'lena.land@mdi.rlp.de', password: 'geheim-geheim' });
    request.flush(sessionOf(analystUser));
    expect(name).toBe('Lena Land');
    expect(store.signedIn()).toBe(true);
  });

  it('keeps the visitor signed out when the login fails', () => {
    let status = 0;
    store.login({ email: 'x@example.org', password: 'falsch' }).subscribe({ error: (e) => (status = e.status) });
    http
      .expectOne('/api/v1/auth/login')
      .flush(apiError(401, 'INVALID_CREDENTIALS'), { status: 401, statusText: 'Unauthorized' });
    expect(status).toBe(401);
    expect(store.signedIn()).toBe(false);
  });

  it('signs out and reads the anonymous session (with a new CSRF token) again', () => {
    store.set(sessionOf(adminUser));
    let done = false;
    store.logout().subscribe(() => (done = true));
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(store.signedIn()).toBe(false);
    http.expectOne(SESSION_URL).flush({ ...sessionOf(null), csrfToken: 'csrf-token-2' });
    expect(done).toBe(true);
    expect(store.session()?.csrfToken).toBe('csrf-token-2');
  });
});
