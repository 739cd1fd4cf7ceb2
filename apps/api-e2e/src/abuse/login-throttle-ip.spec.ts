import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import type { ApiErrorBody, AuditPage } from '@digitalcheck/shared-contracts';
import { DEMO, DEMO_PASSWORD, startAccountsApi } from '../accounts/support/accounts-fixtures';
import { type ApiResponse, SessionClient } from '../accounts/support/session-client';
import type { RunningApi } from '../support/running-api';

/**
 * Password guessing from one address across many accounts: after 30 failed sign-ins from an IP within 15 minutes
 * every further sign-in from it gets 429 LOGIN_THROTTLED with Retry-After, even with the right password, while
 * other addresses still sign in. The per-account limit (5) is proved in accounts/auth-flows.spec.ts. Behind a
 * trusted proxy (TRUST_PROXY=loopback) the client address comes from X-Forwarded-For; without one, a forged
 * X-Forwarded-For does not give an attacker a fresh address.
 */
const IP_LIMIT = 30;

const signInFrom = (api: RunningApi, forwardedFor: string, email: string, password: string) =>
  new SessionClient(api.baseUrl).post(
    'auth/login',
    { email, password },
    { headers: { 'X-Forwarded-For': forwardedFor } },
  );

/** One wrong password for each of `count` different unknown accounts (so no account reaches its own limit). */
async function guessAcrossAccounts(
  api: RunningApi,
  count: number,
  forwardedFor: (attempt: number) => string,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= count; attempt++) {
    const response = await signInFrom(api, forwardedFor(attempt), `guess-${attempt}@test.example`, 'wrong-password');
    statuses.push(response.status);
  }
  return statuses;
}

function expectThrottled(response: ApiResponse): void {
  expect(response.status).toBe(429);
  expect((response.body as ApiErrorBody).code).toBe('LOGIN_THROTTLED');
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
}

describe(`abuse: sign-in throttled per IP address (${process.env['TEST_DATABASE_URL'] ? 'postgres' : 'embedded'})`, () => {
  describe('behind a trusted proxy (TRUST_PROXY=loopback)', () => {
    let database: TestDatabase;
    let api: RunningApi;

    beforeAll(async () => {
      database = await createTestDatabase();
      api = await startAccountsApi(database.url, { TRUST_PROXY: 'loopback' });
    });

    afterAll(async () => {
      await api?.stop();
      await database?.drop();
    });

    it('30 failures from 203.0.113.7 across 30 accounts: the next sign-in from there is 429, even with the right password', async () => {
      expect(await guessAcrossAccounts(api, IP_LIMIT, () => '203.0.113.7')).toEqual(Array(IP_LIMIT).fill(401));
      expectThrottled(await signInFrom(api, '203.0.113.7', DEMO.mayenKoblenz, DEMO_PASSWORD));
      expectThrottled(await signInFrom(api, '203.0.113.7', DEMO.cochemZell, DEMO_PASSWORD));
    });

    it('another address still signs in the same account', async () => {
      const response = await signInFrom(api, '198.51.100.9', DEMO.mayenKoblenz, DEMO_PASSWORD);
      expect(response.status).toBe(200);
    });

    it('the lock of the address is audited once, with the address', async () => {
      const admin = new SessionClient(api.baseUrl);
      const login = await admin.post(
        'auth/login',
        { email: DEMO.admin, password: DEMO_PASSWORD },
        {
          headers: { 'X-Forwarded-For': '198.51.100.10' },
        },
      );
      expect(login.status).toBe(200);
      const audit = await admin.get<AuditPage>('audit?action=auth.login_locked&limit=50', {
        headers: { 'X-Forwarded-For': '198.51.100.10' },
      });
      expect(audit.status).toBe(200);
      expect(audit.body.items.map((item) => item.details['ip'])).toEqual(['203.0.113.7']);
      const failures = await admin.get<AuditPage>('audit?action=auth.login_failed&limit=100', {
        headers: { 'X-Forwarded-For': '198.51.100.10' },
      });
      expect(failures.body.items.length).toBe(IP_LIMIT);
    });
  });

  describe('without a trusted proxy (the default)', () => {
    let database: TestDatabase;
    let api: RunningApi;

    beforeAll(async () => {
      database = await createTestDatabase();
      api = await startAccountsApi(database.url);
    });

    afterAll(async () => {
      await api?.stop();
      await database?.drop();
    });

    it('a different forged X-Forwarded-For on each guess does not escape the limit of the real address', async () => {
      const forged = (attempt: number) => `10.0.${attempt}.${attempt}`;
      expect(await guessAcrossAccounts(api, IP_LIMIT, forged)).toEqual(Array(IP_LIMIT).fill(401));
      expectThrottled(await signInFrom(api, '192.0.2.200', DEMO.mayenKoblenz, DEMO_PASSWORD));
    });
  });
});
