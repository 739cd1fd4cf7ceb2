import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, waitForAnimations, watchConsole } from './support/pages';

// Demo accounts (DEMO_DATA=true in the web server), all with this password.
const PASSWORD = 'demo-digitalcheck';
const ANALYST = 'analyse.rlp@demo.example';
// Cochem-Zell (07135): self-assessment.spec.ts uses Mayen-Koblenz (07137), so the two specs do not share a response.
const REGION = '07135';
const COLLEAGUE_A = { email: 'cochem-zell@demo.example', name: 'Demo Landkreis Cochem-Zell' };
const COLLEAGUE_B_PASSWORD = 'kollegin-passwort-2026';
const COLLEAGUE_B_NAME = 'Kollegin Cochem-Zell';

/** "Gespeichert von <Name> am 11.03.2026, 09:30 Uhr" (a regular expression matches the untrimmed text). */
const savedBy = (name: string) =>
  new RegExp(`^\\s*Gespeichert von ${name} am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d Uhr\\s*$`);

interface AuditEntry {
  actorEmail: string | null;
  entityId: string;
  details: { questionCode: string; oldValue: unknown; newValue: unknown; version: number };
}

/** Signs the RLP analyst in on `request`; answers the CSRF token for later writes. */
async function signInAnalyst(request: APIRequestContext): Promise<string> {
  const anonymous = await (await request.get('/api/v1/auth/session')).json();
  const login = await request.post('/api/v1/auth/login', {
    data: { email: ANALYST, password: PASSWORD },
    headers: { 'X-XSRF-TOKEN': anonymous.csrfToken },
  });
  expect(login.status()).toBe(200);
  return (await login.json()).csrfToken;
}

/** As the analyst: a wave over Cochem-Zell that runs now. */
async function openWave(request: APIRequestContext, csrfToken: string, title: string): Promise<void> {
  const now = Date.now();
  const wave = await request.post('/api/v1/waves', {
    data: {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs: [REGION],
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
    },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(wave.status()).toBe(201);
}

/** As the analyst: invites a second person for Cochem-Zell, who accepts with a password of their own. */
async function inviteColleague(
  request: APIRequestContext,
  invitee: APIRequestContext,
  csrfToken: string,
  email: string,
): Promise<void> {
  const invitation = await request.post('/api/v1/invitations', {
    data: { email, role: 'RESPONDENT', regionArs: REGION },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(invitation.status()).toBe(201);
  const token = new URL((await invitation.json()).link).searchParams.get('token');
  expect(token).toBeTruthy();
  const inspect = await invitee.post('/api/v1/invitations/inspect', { data: { token } });
  expect(inspect.status()).toBe(200);
  expect(JSON.stringify(await inspect.json())).toContain('Cochem-Zell');
  const accept = await invitee.post('/api/v1/invitations/accept', {
    data: { token, password: COLLEAGUE_B_PASSWORD, displayName: COLLEAGUE_B_NAME },
  });
  expect(accept.status()).toBe(200);
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByTestId('account-toggle')).toBeVisible();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
}

/** A1 (single choice) and A3 (yes/no) of "Strategie & Steuerung". */
const a1 = (page: Page, label: string) => page.getByRole('group', { name: /^A1 / }).getByLabel(label, { exact: true });
const a3 = (page: Page, label: string) => page.getByRole('group', { name: /^A3 / }).getByLabel(label, { exact: true });

test.describe('Gleichzeitige Bearbeitung', () => {
  let contextB: BrowserContext | undefined;

  test.afterEach(async () => {
    await contextB?.close();
  });

  test('zwei Personen eines Kreises ändern dieselbe Antwort: der Konflikt wird erkannt, gelöst und kein Wert geht verloren', async ({
    page: pageA,
    browser,
    request,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    const title = `Konflikt E2E ${stamp}`;
    const emailB = `kollegin-${stamp}@kreis-cochem-zell.example`;

    // The analyst opens a wave over Cochem-Zell and invites a second person for the Kreis.
    const csrfToken = await signInAnalyst(request);
    await openWave(request, csrfToken, title);
    const invitee = await playwright.request.newContext({ baseURL });
    await inviteColleague(request, invitee, csrfToken, emailB);
    await invitee.dispose();

    // Colleague A starts the response and gives first answers.
    const problemsA = watchConsole(pageA);
    await signIn(pageA, COLLEAGUE_A.email, PASSWORD);
    await pageA.goto('/selbsteinschaetzung');
    await pageA.getByRole('region', { name: title }).getByRole('button', { name: 'Beginnen' }).click();
    await expect(pageA.getByRole('heading', { level: 1 })).toHaveText('Stammdaten');
    const responseId = new URL(pageA.url()).pathname.split('/')[2];
    const sectionUrl = `/selbsteinschaetzung/${responseId}/abschnitt/A`;
    await pageA.goto(sectionUrl);
    await expect(pageA.getByRole('heading', { level: 1 })).toHaveText('Strategie & Steuerung');
    await a1(pageA, 'liegt vor und wird umgesetzt').check();
    await a3(pageA, 'Ja').check();
    await expectSaved(pageA);

    // Colleague B, in a browser of their own, opens the same section and sees the same answers.
    contextB = await browser.newContext({ baseURL });
    const pageB = await contextB.newPage();
    const problemsB = watchConsole(pageB);
    const sentByB: string[] = [];
    pageB.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes(`/api/v1/responses/${responseId}/answers/`)) {
        sentByB.push(r.url().split('/').pop() ?? '');
      }
    });
    await signIn(pageB, emailB, COLLEAGUE_B_PASSWORD);
    await pageB.goto(sectionUrl);
    await expect(pageB.getByRole('heading', { level: 1 })).toHaveText('Strategie & Steuerung');
    for (const page of [pageA, pageB]) {
      await expect(a1(page, 'liegt vor und wird umgesetzt')).toBeChecked();
      await expect(a3(page, 'Ja')).toBeChecked();
    }
    await expectSaved(pageB);

    // A changes both answers and has them saved; B's page still shows the old version.
    await a1(pageA, 'beschlossen, Umsetzung beginnt').check();
    await a3(pageA, 'Nein').check();
    await expectSaved(pageA);
    await expect(a1(pageB, 'liegt vor und wird umgesetzt')).toBeChecked();

    // B changes them too: nothing is overwritten, B sees both values and who saved the other one.
    await a1(pageB, 'wird derzeit erarbeitet').check();
    await a3(pageB, 'Weiß nicht').check();
    await expect(pageB.getByTestId('save-state')).toHaveText(
      'Nicht gespeichert – eine Antwort wurde inzwischen von jemand anderem geändert.',
    );
    const conflictA1 = pageB.getByRole('region', { name: 'Frage A1: Diese Antwort wurde inzwischen geändert' });
    const conflictA3 = pageB.getByRole('region', { name: 'Frage A3: Diese Antwort wurde inzwischen geändert' });
    await expect(conflictA1).toBeVisible();
    await expect(conflictA3).toBeVisible();
    await expect(conflictA1.getByTestId('conflict-mine')).toHaveText('wird derzeit erarbeitet');
    await expect(conflictA1.getByTestId('conflict-theirs')).toHaveText('beschlossen, Umsetzung beginnt');
    await expect(conflictA1.locator('dt')).toHaveText(['Ihre Antwort', savedBy(COLLEAGUE_A.name)]);
    await expect(conflictA3.getByTestId('conflict-mine')).toHaveText('Weiß nicht');
    await expect(conflictA3.getByTestId('conflict-theirs')).toHaveText('Nein');
    await expect(conflictA3.locator('dt')).toHaveText(['Ihre Antwort', savedBy(COLLEAGUE_A.name)]);
    await waitForAnimations(pageB);
    await expectNoAxeViolations(pageB);

    // A1: B keeps their own answer; it is saved on top of A's version.
    const savedA1 = pageB.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith(`/answers/A1`) && r.status() === 200,
    );
    await conflictA1.getByRole('button', { name: 'Meine Antwort speichern' }).click();
    await savedA1;
    await expect(conflictA1).toHaveCount(0);
    await expect(a1(pageB, 'wird derzeit erarbeitet')).toBeChecked();

    // A3: B takes over A's answer; only B's form changes.
    await conflictA3.getByRole('button', { name: 'Gespeicherte Antwort übernehmen' }).click();
    await expect(conflictA3).toHaveCount(0);
    await expect(a3(pageB, 'Nein')).toBeChecked();
    await expectSaved(pageB);

    // A reloads and sees B's answer to A1 and their own to A3.
    await pageA.reload();
    await expect(a1(pageA, 'wird derzeit erarbeitet')).toBeChecked();
    await expect(a3(pageA, 'Nein')).toBeChecked();
    await expectSaved(pageA);

    // The stored answers and their versions.
    const response = await pageA.request.get(`/api/v1/responses/${responseId}`);
    expect(response.status()).toBe(200);
    const { answers } = await response.json();
    expect(answers['A1']).toMatchObject({ value: 'c', version: 3, savedBy: COLLEAGUE_B_NAME });
    expect(answers['A3']).toMatchObject({ value: 'nein', version: 2, savedBy: COLLEAGUE_A.name });

    // No value lost: every save is in the audit log with its old and new value, A's and B's.
    const audit = await request.get(`/api/v1/audit?action=response.answer_changed&regionArs=${REGION}&limit=500`);
    expect(audit.status()).toBe(200);
    const changes = ((await audit.json()).items as AuditEntry[])
      .filter((entry) => entry.entityId === responseId)
      .map(({ actorEmail, details }) => ({
        actorEmail,
        questionCode: details.questionCode,
        oldValue: details.oldValue,
        newValue: details.newValue,
        version: details.version,
      }))
      .sort((x, y) => x.questionCode.localeCompare(y.questionCode) || x.version - y.version);
    expect(changes).toEqual([
      { actorEmail: COLLEAGUE_A.email, questionCode: 'A1', oldValue: null, newValue: 'a', version: 1 },
      { actorEmail: COLLEAGUE_A.email, questionCode: 'A1', oldValue: 'a', newValue: 'b', version: 2 },
      { actorEmail: emailB, questionCode: 'A1', oldValue: 'b', newValue: 'c', version: 3 },
      { actorEmail: COLLEAGUE_A.email, questionCode: 'A3', oldValue: null, newValue: 'ja', version: 1 },
      { actorEmail: COLLEAGUE_A.email, questionCode: 'A3', oldValue: 'ja', newValue: 'nein', version: 2 },
    ]);

    // B sent each answer once (both refused with 409) and A1 once more after the choice; A3 was not sent again.
    expect(sentByB.sort()).toEqual(['A1', 'A1', 'A3']);
    expect(problemsA).toEqual([]);
    // The browser logs the two expected 409 answers of the refused saves as failed resources.
    expect(problemsB.filter((text) => !text.includes('status of 409'))).toEqual([]);
  });
});
