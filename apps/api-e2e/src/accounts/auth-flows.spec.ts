import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, Page, SessionInfo, UserSummary } from '@digitalcheck/shared-contracts';
import type { RunningApi } from '../support/running-api';
import {
  DEMO,
  DEMO_PASSWORD,
  inviteAndAccept,
  linkInMail,
  mailsIn,
  startAccountsApi,
  TEST_PASSWORD,
  tokenOf,
} from './support/accounts-fixtures';
import { SessionClient } from './support/session-client';

/** Sign-in, sessions, CSRF and password reset against the built API (demo accounts, LogMailer). */
describe(`accounts: auth flows (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  let database: TestDatabase;
  let api: RunningApi;
  let admin: SessionClient;

  const anonymous = () => new SessionClient(api.baseUrl);
  const signIn = (email: string, password = DEMO_PASSWORD) => SessionClient.signIn(api.baseUrl, email, password);

  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startAccountsApi(database.url);
    admin = await signIn(DEMO.admin);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
  });

  describe('sign-in', () => {
    it('signs in and the session names the user, its scopes with region names and the CSRF token', async () => {
      const client = anonymous();
      const login = await client.login(DEMO.analystRlp, DEMO_PASSWORD);
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({
        email: DEMO.analystRlp,
        scopes: [{ role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' }],
      });
      expect(login.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(client.cookie('XSRF-TOKEN')).toBe(login.body.csrfToken);

      const session = await client.get<SessionInfo>('auth/session');
      expect(session.status).toBe(200);
      expect(session.body.user).toMatchObject({ id: login.body.user?.id, email: DEMO.analystRlp });
      expect(session.body.user?.scopes).toEqual([
        { role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' },
      ]);
      expect(session.body.csrfToken).toBe(login.body.csrfToken);
      expect(Date.parse(session.body.user?.expiresAt ?? '')).toBeGreaterThan(Date.now());

      const respondent = await anonymous().login(DEMO.mayenKoblenz, DEMO_PASSWORD);
      expect(respondent.body.user?.scopes).toEqual([
        { role: 'RESPONDENT', regionArs: '07137', regionName: 'Landkreis Mayen-Koblenz' },
      ]);
    });

    it('answers nobody signed in with user null and no token', async () => {
      const session = await anonymous().get<SessionInfo>('auth/session');
      expect(session.status).toBe(200);
      expect(session.body).toMatchObject({ user: null, csrfToken: '' });
    });

    it('sets dc_session HttpOnly and SameSite=Lax, not Secure over http; XSRF-TOKEN readable by scripts', async () => {
      const login = await anonymous().login(DEMO.analystRlp, DEMO_PASSWORD);
      const cookies = login.headers.getSetCookie();
      const session = cookies.find((cookie) => cookie.startsWith('dc_session='));
      const xsrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='));
      expect(session).toMatch(/;\s*HttpOnly/i);
      expect(session).toMatch(/;\s*SameSite=Lax/i);
      expect(session).toMatch(/;\s*Path=\//i);
      expect(session).not.toMatch(/;\s*Secure/i);
      expect(xsrf).toMatch(/;\s*SameSite=Lax/i);
      expect(xsrf).not.toMatch(/HttpOnly/i);
      expect(xsrf).not.toMatch(/;\s*Secure/i);
    });

    it('refuses a wrong password and an unknown email alike: 401 INVALID_CREDENTIALS, same message', async () => {
      const wrong = await anonymous().login(DEMO.mayenKoblenz, 'not-the-password');
      const unknown = await anonymous().login('nobody@test.example', 'not-the-password');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const { code, message } = wrong.body as unknown as ApiErrorBody;
      expect(code).toBe('INVALID_CREDENTIALS');
      expect(unknown.body).toMatchObject({ code, message });
      expect(wrong.headers.getSetCookie().some((cookie) => cookie.startsWith('dc_session='))).toBe(false);
    });

    it('locks an account after 5 wrong passwords: the right one then gets 429 LOGIN_THROTTLED with Retry-After', async () => {
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await anonymous().login(DEMO.cochemZell, `wrong-${attempt}`)).status).toBe(401);
      }
      const locked = await anonymous().login(DEMO.cochemZell, DEMO_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ code: 'LOGIN_THROTTLED' });
      const retryAfter = Number(locked.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      // Only that account is locked, not everyone behind the same address.
      expect((await anonymous().login(DEMO.mayenKoblenz, DEMO_PASSWORD)).status).toBe(200);
    });

    it('answers 400 with the field for a malformed email', async () => {
      for (const path of ['auth/login', 'auth/password-reset']) {
        const response = await anonymous().post<ApiErrorBody>(path, { email: 'not-an-email', password: 'x' });
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.errors?.map((error) => error.field)).toContain('email');
      }
    });
  });

  describe('disabling an account', () => {
    it('refuses the right password with 403 ACCOUNT_DISABLED and ends the open sessions', async () => {
      const { client: person, session } = await inviteAndAccept(
        admin,
        'disable.me@test.example',
        'RESPONDENT',
        '07140',
      );
      const id = session.user?.id as string;
      const second = await signIn('disable.me@test.example', TEST_PASSWORD);
      expect((await person.get<SessionInfo>('auth/session')).body.user?.id).toBe(id);

      const disabled = await admin.patch<UserSummary>(`users/${id}/status`, { status: 'disabled' });
      expect(disabled.status).toBe(200);
      expect(disabled.body.status).toBe('disabled');

      for (const client of [person, second]) {
        expect((await client.get<SessionInfo>('auth/session')).body.user).toBeNull();
        expect((await client.get('users')).status).toBe(401);
        expect((await client.post('auth/logout')).status).toBe(204); // public: only clears the cookies
      }
      const refused = await anonymous().login('disable.me@test.example', TEST_PASSWORD);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'ACCOUNT_DISABLED' });
      // A wrong password does not tell that the account exists and is disabled.
      const wrong = await anonymous().login('disable.me@test.example', 'wrong-password');
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      // Nor does a password reset mail go out for it.
      expect((await anonymous().post('auth/password-reset', { email: 'disable.me@test.example' })).status).toBe(202);

      expect((await admin.patch(`users/${id}/status`, { status: 'active' })).status).toBe(200);
      expect((await anonymous().login('disable.me@test.example', TEST_PASSWORD)).status).toBe(200);
      expect(mailsIn(api.output()).filter((mail) => mail.text.includes('passwort-zuruecksetzen'))).not.toContainEqual(
        expect.objectContaining({ to: 'disable.me@test.example' }),
      );
    });

    it('does not let an admin disable their own account', async () => {
      const me = (await admin.get<SessionInfo>('auth/session')).body.user?.id;
      expect((await admin.patch(`users/${me}/status`, { status: 'disabled' })).status).toBe(409);
    });
  });

  describe('logout', () => {
    it('answers 204, clears the cookies, and the old cookie no longer works', async () => {
      const client = await signIn(DEMO.analystRlp);
      const stolen = client.clone();
      expect((await stolen.get<Page<UserSummary>>('users')).status).toBe(200);

      const logout = await client.post('auth/logout');
      expect(logout.status).toBe(204);
      const cleared = logout.headers.getSetCookie();
      expect(cleared).toContainEqual(expect.stringMatching(/^dc_session=;.*Expires=Thu, 01 Jan 1970/));
      expect(cleared).toContainEqual(expect.stringMatching(/^XSRF-TOKEN=;/));
      expect(client.cookie('dc_session')).toBeUndefined();

      expect((await stolen.get('users')).status).toBe(401);
      expect((await stolen.get<SessionInfo>('auth/session')).body.user).toBeNull();
      expect((await stolen.post('auth/logout')).status).toBe(204); // nothing left to end
    });

    it('answers 204 to a logout without a session (an expired session can still clear its cookies)', async () => {
      expect((await anonymous().post('auth/logout')).status).toBe(204);
    });
  });

  describe('CSRF', () => {
    const invitation = { email: 'csrf@test.example', role: 'RESPONDENT', regionArs: '07141' };

    it('refuses a signed-in write without X-XSRF-TOKEN with 403 CSRF_TOKEN_INVALID', async () => {
      const response = await admin.post<ApiErrorBody>('invitations', invitation, { csrf: false });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('CSRF_TOKEN_INVALID');
      const patch = await admin.patch<ApiErrorBody>(
        `users/00000000-0000-4000-8000-000000000000/status`,
        { status: 'active' },
        { csrf: false },
      );
      expect(patch).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
      const logout = await admin.post<ApiErrorBody>('auth/logout', undefined, { csrf: false });
      expect(logout).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
    });

    it('refuses a wrong token and another session’s token', async () => {
      const wrong = await admin.post<ApiErrorBody>('invitations', invitation, {
        csrf: false,
        headers: { 'X-XSRF-TOKEN': 'x'.repeat(43) },
      });
      expect(wrong).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
      const other = await signIn(DEMO.analystRlp);
      const foreign = await admin.post<ApiErrorBody>('invitations', invitation, {
        csrf: false,
        headers: { 'X-XSRF-TOKEN': other.csrfToken as string },
      });
      expect(foreign).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
      // Nothing was created by the refused requests.
      const list = await admin.get<Page<{ email: string }>>('invitations?limit=200');
      expect(list.body.items.map((item) => item.email)).not.toContain('csrf@test.example');
    });

    it('accepts the write with the token', async () => {
      expect((await admin.post('invitations', invitation)).status).toBe(201);
    });

    it('refuses an anonymous write from a foreign Origin, allows it from our own', async () => {
      const body = { email: DEMO.analystRlp, password: DEMO_PASSWORD };
      const evil = await anonymous().post<ApiErrorBody>('auth/login', body, {
        headers: { Origin: 'https://evil.example' },
      });
      expect(evil.status).toBe(403);
      expect(evil.body.code).toBe('CSRF_TOKEN_INVALID');
      expect(evil.headers.getSetCookie()).toEqual([]);
      const reset = await anonymous().post(
        'auth/password-reset',
        { email: DEMO.analystRlp },
        {
          headers: { Origin: 'https://evil.example' },
        },
      );
      expect(reset.status).toBe(403);
      const own = await anonymous().post('auth/login', body, { headers: { Origin: api.baseUrl } });
      expect(own.status).toBe(200);
    });
  });

  describe('password reset', () => {
    const email = 'reset.me@test.example';
    const newPassword = 'a-brand-new-password';
    let person: SessionClient;

    beforeAll(async () => {
      person = (await inviteAndAccept(admin, email, 'RESPONDENT', '07143')).client;
    });

    it('answers 202 for an unknown and for a known email; only the known one gets a mail with a link', async () => {
      const unknown = await anonymous().post('auth/password-reset', { email: 'nobody@test.example' });
      const known = await anonymous().post('auth/password-reset', { email: email.toUpperCase() });
      expect(unknown.status).toBe(202);
      expect(known.status).toBe(202);
      expect(unknown.body).toEqual(known.body);
      const link = await linkInMail(api, email, '/passwort-zuruecksetzen?token=');
      expect(link).toMatch(/^http:\/\/localhost:\d+\/passwort-zuruecksetzen\?token=[A-Za-z0-9_-]{43}$/);
      expect(mailsIn(api.output()).map((mail) => mail.to)).not.toContain('nobody@test.example');
    });

    it('sets the new password with the link, ends every session, and the link works only once', async () => {
      const second = await signIn(email, TEST_PASSWORD);
      const token = tokenOf(await linkInMail(api, email, '/passwort-zuruecksetzen?token='));

      const short = await anonymous().post<ApiErrorBody>('auth/password-reset/complete', { token, password: 'short' });
      expect(short.status).toBe(400);
      expect(short.body.errors?.map((error) => error.field)).toEqual(['password']);

      const done = await anonymous().post('auth/password-reset/complete', { token, password: newPassword });
      expect(done.status).toBe(204);

      for (const client of [person, second]) {
        expect((await client.get<SessionInfo>('auth/session')).body.user).toBeNull();
      }
      expect((await anonymous().login(email, TEST_PASSWORD)).status).toBe(401);
      expect((await anonymous().login(email, newPassword)).status).toBe(200);

      const again = await anonymous().post<ApiErrorBody>('auth/password-reset/complete', {
        token,
        password: 'yet-another-password',
      });
      expect(again.status).toBe(400);
      expect(again.body.code).toBe('RESET_TOKEN_INVALID');
      expect((await anonymous().login(email, newPassword)).status).toBe(200);
    });

    it('refuses an unknown token with 400 RESET_TOKEN_INVALID', async () => {
      const response = await anonymous().post<ApiErrorBody>('auth/password-reset/complete', {
        token: 'A'.repeat(43),
        password: 'a-long-enough-password',
      });
      expect(response).toMatchObject({ status: 400, body: { code: 'RESET_TOKEN_INVALID' } });
    });

    it('a completed reset also voids the other links the account was sent', async () => {
      await anonymous().post('auth/password-reset', { email });
      const first = await linkInMail(api, email, '/passwort-zuruecksetzen?token=', 2);
      await anonymous().post('auth/password-reset', { email });
      const second = await linkInMail(api, email, '/passwort-zuruecksetzen?token=', 3);
      expect(second).not.toBe(first);
      const done = await anonymous().post('auth/password-reset/complete', {
        token: tokenOf(second),
        password: 'the-third-password',
      });
      expect(done.status).toBe(204);
      const stale = await anonymous().post<ApiErrorBody>('auth/password-reset/complete', {
        token: tokenOf(first),
        password: 'the-fourth-password',
      });
      expect(stale).toMatchObject({ status: 400, body: { code: 'RESET_TOKEN_INVALID' } });
    });

    it('records the reset in the audit log', async () => {
      const events = await admin.get<{ items: Array<{ action: string; details: Record<string, unknown> }> }>(
        'audit?action=auth.password_reset',
      );
      expect(events.status).toBe(200);
      expect(events.body.items.length).toBeGreaterThanOrEqual(2);
      expect(events.body.items.some((event) => Number(event.details['sessionsEnded']) >= 2)).toBe(true);
    });
  });
});
