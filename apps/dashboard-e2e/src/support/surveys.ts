import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

/** Every demo account (DEMO_DATA=true in the web server) has this password. */
export const DEMO_PASSWORD = 'demo-digitalcheck';
export const STATE_ANALYST = 'analyse.rlp@demo.example';

/** Signs in on an API request context; answers the CSRF token for later writes. */
export async function signInByApi(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const anonymous = await (await request.get('/api/v1/auth/session')).json();
  const login = await request.post('/api/v1/auth/login', {
    data: { email, password },
    headers: { 'X-XSRF-TOKEN': anonymous.csrfToken },
  });
  expect(login.status()).toBe(200);
  return (await login.json()).csrfToken;
}

/** As a signed-in analyst: a wave of the default questionnaire over the given regions that runs now. */
export async function openWave(
  request: APIRequestContext,
  csrfToken: string,
  title: string,
  regionArs: string[],
): Promise<void> {
  const now = Date.now();
  const wave = await request.post('/api/v1/waves', {
    data: {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs,
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
    },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(wave.status()).toBe(201);
}

export interface NewRespondent {
  email: string;
  password: string;
  displayName: string;
  regionArs: string;
}

/**
 * As a signed-in analyst: invites a respondent for a region, who accepts on a request context of their own
 * (`invitee`, signed out) with the given password and name.
 */
export async function inviteRespondent(
  request: APIRequestContext,
  invitee: APIRequestContext,
  csrfToken: string,
  respondent: NewRespondent,
): Promise<void> {
  const invitation = await request.post('/api/v1/invitations', {
    data: { email: respondent.email, role: 'RESPONDENT', regionArs: respondent.regionArs },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(invitation.status()).toBe(201);
  const token = new URL((await invitation.json()).link).searchParams.get('token');
  expect(token).toBeTruthy();
  const accept = await invitee.post('/api/v1/invitations/accept', {
    data: { token, password: respondent.password, displayName: respondent.displayName },
  });
  expect(accept.status()).toBe(200);
}

/** Signs in through the sign-in page and waits for the account menu. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('button', { name: /^Konto: / })).toBeVisible();
}

/** Signs out through the account menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Konto: / }).click();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible();
}

/** The save state of a section page (a live region) reads "Gespeichert". */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
}

/** The path segment after /selbsteinschaetzung/ of the current page. */
export function responseIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split('/')[2];
  expect(id).toBeTruthy();
  return id;
}

/**
 * Presses Tab (or Shift+Tab) until the focus is inside `target`, and fails if it does not get there within
 * `maxPresses`: proves that the target is reachable with the keyboard from where the focus is now.
 */
export async function tabInto(page: Page, target: Locator, options: { backwards?: boolean; maxPresses?: number } = {}) {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.maxPresses ?? 60;
  await target.waitFor();
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((element) => element.contains(document.activeElement))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} did not reach ${target} within ${max} presses`);
}
