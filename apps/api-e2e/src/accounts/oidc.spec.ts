import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, AuditPage, SessionInfo } from '@digitalcheck/shared-contracts';
import { freePort, RunningApi, startApi } from '../support/running-api';
import { TestBrowser } from './support/oidc-browser';
import { startIdentityProvider, TestIdentityProvider } from './support/oidc-provider';

const CLIENT_ID = 'digitalcheck-e2e';
const ADMIN = { email: 'admin@kommune.example', password: 'lokales-admin-passwort-42' };

describe(`OpenID Connect sign-in (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let idp: TestIdentityProvider;
  /** The API as the browser sees it: PUBLIC_URL's default, http://localhost:PORT (the redirect URI's host). */
  let apiUrl: string;
  let annaId: string;
  let adminBrowser: TestBrowser;

  beforeAll(async () => {
    database = await createTestDatabase();
    const idpPort = await freePort();
    // The API discovers the provider at the first sign-in, so the provider may start after the API (whose
    // port, and thereby the redirect URI, is known only then).
    api = await startApi({
      DATABASE_URL: database.url,
      OIDC_ISSUER: `http://127.0.0.1:${idpPort}`,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_LABEL: 'Landesportal Test',
      OIDC_ROLE_MAP:
        'rlp-analysten=STATE_ANALYST:07; digitalcheck-admins=ADMIN; land-05=STATE_ANALYST:05; land-99=STATE_ANALYST:99',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    apiUrl = api.baseUrl.replace('127.0.0.1', 'localhost');
    idp = await startIdentityProvider(idpPort, {
      clientId: CLIENT_ID,
      redirectUri: `${apiUrl}/api/v1/auth/oidc/callback`,
    });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await idp?.stop();
    await database?.drop();
  });

  async function sessionOf(browser: TestBrowser): Promise<SessionInfo> {
    const response = await browser.request(`${apiUrl}/api/v1/auth/session`);
    expect(response.status).toBe(200);
    return (await response.json()) as SessionInfo;
  }

  it('offers the identity provider with its label', async () => {
    const session = await sessionOf(new TestBrowser());
    expect(session).toMatchObject({ user: null, oidcEnabled: true, oidcLabel: 'Landesportal Test' });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce in a short-lived httpOnly cookie', async () => {
    const response = await fetch(`${apiUrl}/api/v1/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location') ?? '');
    expect(target.origin).toBe(idp.issuer);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: `${apiUrl}/api/v1/auth/oidc/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const param of ['code_challenge', 'state', 'nonce']) {
      expect(target.searchParams.get(param)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith('dc_oidc='));
    expect(cookie).toMatch(/Max-Age=600/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth\/oidc\/callback/);
    expect(cookie).not.toContain(target.searchParams.get('code_challenge'));
  });

  it('creates an account at the first sign-in, with the scope its group maps to, and returns to `ziel`', async () => {
    idp.accounts.set('anna', {
      email: 'anna@rlp.example',
      email_verified: true,
      name: 'Anna Analystin',
      roles: ['rlp-analysten', 'irgendeine-gruppe'],
    });
    const browser = new TestBrowser();
    const result = await browser.signIn(apiUrl, 'anna', { ziel: '/auswertung?land=07' });
    expect(result.location).toBe('/auswertung?land=07');
    expect(browser.cookie('dc_oidc')).toBeUndefined(); // single use
    expect(browser.cookie('dc_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await sessionOf(browser);
    expect(session.user).toMatchObject({
      email: 'anna@rlp.example',
      displayName: 'Anna Analystin',
      scopes: [{ role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' }],
    });
    annaId = session.user?.id ?? '';
  });

  it('replaces the scopes from the provider at the next sign-in, ignoring unknown regions', async () => {
    idp.accounts.set('anna', {
      email: 'anna@rlp.example',
      email_verified: true,
      name: 'Anna Analystin',
      roles: ['land-05', 'land-99', 'STATE_ANALYST:06'], // unmapped values count for nothing
    });
    const browser = new TestBrowser();
    expect((await browser.signIn(apiUrl, 'anna', { ziel: '//evil.example/' })).location).toBe('/');
    const session = await sessionOf(browser);
    expect(session.user?.id).toBe(annaId);
    expect(session.user?.scopes).toEqual([
      { role: 'STATE_ANALYST', regionArs: '05', regionName: 'Nordrhein-Westfalen' },
    ]);
    expect(await api.waitForOutput('STATE_ANALYST:99')).toContain('STATE_ANALYST:99');
  });

  it('does not link an existing account by an unverified email', async () => {
    idp.accounts.set('mallory', { email: ADMIN.email, email_verified: false, roles: ['digitalcheck-admins'] });
    const browser = new TestBrowser();
    expect((await browser.signIn(apiUrl, 'mallory')).location).toBe('/anmelden?fehler=sso');
    expect((await sessionOf(browser)).user).toBeNull();
  });

  it('links a local account by verified email, keeps its local scopes and voids its local password', async () => {
    idp.accounts.set('admin-im-portal', {
      email: 'Admin@Kommune.example',
      email_verified: true,
      name: 'Administration',
      roles: ['rlp-analysten'],
    });
    adminBrowser = new TestBrowser();
    expect((await adminBrowser.signIn(apiUrl, 'admin-im-portal')).location).toBe('/');
    const session = await sessionOf(adminBrowser);
    expect(session.user?.email).toBe(ADMIN.email);
    expect(session.user?.scopes).toEqual([
      { role: 'ADMIN', regionArs: null, regionName: null },
      { role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' },
    ]);
    // The provider proved the mailbox; a password set by whoever held an invitation link must not live on.
    const local = await fetch(`${apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(local.status).toBe(401);
  });

  it('refuses a tampered state, a callback without its cookie and a replayed callback', async () => {
    const browser = new TestBrowser();
    const { callbackUrl } = await browser.signIn(apiUrl, 'anna', { stopAtCallback: true });
    const original = new URL(callbackUrl);
    expect(original.searchParams.get('code')).toBeTruthy();

    const tampered = new URL(original);
    tampered.searchParams.set('state', 'A'.repeat(43));
    const answer = await browser.request(tampered.href);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/anmelden?fehler=sso');
    expect((await sessionOf(browser)).user).toBeNull();

    // The cookie is gone after the first attempt: the genuine callback cannot be replayed either.
    const replayed = await browser.request(original.href);
    expect(replayed.headers.get('location')).toBe('/anmelden?fehler=sso');
    expect((await sessionOf(browser)).user).toBeNull();

    const other = new TestBrowser();
    const { callbackUrl: second } = await other.signIn(apiUrl, 'anna', { stopAtCallback: true });
    const stranger = new TestBrowser();
    expect((await stranger.request(second)).headers.get('location')).toBe('/anmelden?fehler=sso');
    expect((await sessionOf(stranger)).user).toBeNull();
  });

  it('refuses a person the provider grants no known role, and creates no account', async () => {
    idp.accounts.set('niemand', {
      email: 'niemand@rlp.example',
      email_verified: true,
      roles: ['unbekannte-gruppe', 'RESPONDENT:99999'],
    });
    const browser = new TestBrowser();
    expect((await browser.signIn(apiUrl, 'niemand')).location).toBe('/anmelden?fehler=keine-rolle');
    expect((await sessionOf(browser)).user).toBeNull();
    const users = await adminRequest('GET', '/api/v1/users?q=niemand');
    expect(((await users.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('refuses a disabled account', async () => {
    const disabled = await adminRequest('PATCH', `/api/v1/users/${annaId}/status`, { status: 'disabled' });
    expect(disabled.status).toBe(200);
    const browser = new TestBrowser();
    expect((await browser.signIn(apiUrl, 'anna')).location).toBe('/anmelden?fehler=deaktiviert');
    expect((await sessionOf(browser)).user).toBeNull();
  });

  it('audits OIDC sign-ins and refusals', async () => {
    const logins = (await (await adminRequest('GET', '/api/v1/audit?action=auth.login')).json()) as AuditPage;
    const oidcLogins = logins.items.filter((entry) => entry.details['method'] === 'oidc');
    expect(oidcLogins.map((entry) => entry.entityId)).toContain(annaId);
    expect(oidcLogins.length).toBeGreaterThanOrEqual(3);

    const failures = (await (await adminRequest('GET', '/api/v1/audit?action=auth.login_failed')).json()) as AuditPage;
    const reasons = failures.items.filter((e) => e.details['method'] === 'oidc').map((e) => e.details['reason']);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'email_not_verified',
        'state_mismatch',
        'login_cookie_missing',
        'no_role',
        'account_disabled',
      ]),
    );
    // Codes and tokens stay out of the log.
    expect(api.output()).not.toMatch(/id_token|access_token|eyJ[A-Za-z0-9_-]{20,}/);
  });

  it('answers 404 when OIDC is not configured, and fails softly when the provider cannot be reached', async () => {
    const plain = await startApi({ DATABASE_URL: database.url });
    try {
      const response = await fetch(`${plain.baseUrl}/api/v1/auth/oidc/login`, { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(((await response.json()) as ApiErrorBody).code).toBe('NOT_FOUND');
      const session = (await (await fetch(`${plain.baseUrl}/api/v1/auth/session`)).json()) as SessionInfo;
      expect(session).toMatchObject({ oidcEnabled: false, oidcLabel: null });
    } finally {
      await plain.stop();
    }
    const nowhere = await freePort();
    const lost = await startApi({
      DATABASE_URL: database.url,
      OIDC_ISSUER: `http://127.0.0.1:${nowhere}`,
      OIDC_CLIENT_ID: CLIENT_ID,
    });
    try {
      const response = await fetch(`${lost.baseUrl}/api/v1/auth/oidc/login`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/anmelden?fehler=sso');
      const unreachable = `cannot reach the identity provider at http://127.0.0.1:${nowhere}`;
      expect(await lost.waitForOutput(unreachable)).toContain(unreachable);
    } finally {
      await lost.stop();
    }
  }, 120_000);

  it('signs in as a confidential client (client_secret_basic)', async () => {
    const port = await freePort();
    const confidential = await startApi({
      DATABASE_URL: database.url,
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: 'digitalcheck-confidential',
      OIDC_CLIENT_SECRET: 'ein-geheimnis-fuer-den-test',
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: '/digitalcheck/rlp=STATE_ANALYST:07',
    });
    const url = confidential.baseUrl.replace('127.0.0.1', 'localhost');
    const provider = await startIdentityProvider(port, {
      clientId: 'digitalcheck-confidential',
      clientSecret: 'ein-geheimnis-fuer-den-test',
      redirectUri: `${url}/api/v1/auth/oidc/callback`,
      rolesClaim: 'groups',
    });
    try {
      provider.accounts.set('bernd', {
        email: 'bernd@rlp.example',
        email_verified: true,
        name: 'Bernd',
        groups: ['/digitalcheck/rlp', '/andere'],
      });
      const browser = new TestBrowser();
      expect((await browser.signIn(url, 'bernd')).location).toBe('/');
      const session = (await (await browser.request(`${url}/api/v1/auth/session`)).json()) as SessionInfo;
      expect(session.user?.scopes).toEqual([{ role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' }]);
    } finally {
      await confidential.stop();
      await provider.stop();
    }
  }, 120_000);

  async function adminRequest(method: string, path: string, body?: unknown): Promise<Response> {
    const { csrfToken } = await sessionOf(adminBrowser);
    return adminBrowser.request(`${apiUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-xsrf-token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
});
