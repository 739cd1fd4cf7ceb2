import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, waitForAnimations, watchConsole } from './support/pages';

// Demo accounts (DEMO_DATA=true in the web server), all with this password.
const PASSWORD = 'demo-digitalcheck';
const DAY = 24 * 3600_000;

/** A day as the form takes it (TT.MM.JJJJ), in the browser's time zone (Europe/Berlin, playwright.config). */
function germanDate(time: number): string {
  return new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(time));
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByTestId('account-toggle')).toBeVisible();
}

/** Signs in on a request context of its own; returns the CSRF token its writes must send. */
async function signInByApi(request: APIRequestContext, email: string): Promise<string> {
  const anonymous = await (await request.get('/api/v1/auth/session')).json();
  const login = await request.post('/api/v1/auth/login', {
    data: { email, password: PASSWORD },
    headers: { 'X-XSRF-TOKEN': anonymous.csrfToken },
  });
  expect(login.status()).toBe(200);
  return (await login.json()).csrfToken;
}

/** Mayen-Koblenz (07137) opens its response in the wave; returns its id. */
async function openResponse(request: APIRequestContext, csrfToken: string, waveId: string): Promise<string> {
  const opened = await request.post(`/api/v1/waves/${waveId}/regions/07137/response`, {
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(opened.status()).toBe(200);
  return (await opened.json()).id;
}

async function saveAnswer(
  request: APIRequestContext,
  csrfToken: string,
  responseId: string,
  code: string,
  value: unknown,
): Promise<void> {
  const saved = await request.put(`/api/v1/responses/${responseId}/answers/${code}`, {
    data: { value, baseVersion: 0, operationId: randomUUID() },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(saved.status()).toBe(200);
}

async function submitResponse(request: APIRequestContext, csrfToken: string, responseId: string): Promise<void> {
  const submitted = await request.post(`/api/v1/responses/${responseId}/submit`, {
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(submitted.status()).toBe(200);
}

/** The Mayen-Koblenz respondent, on its own request context, opens its response and saves one answer. */
async function answerOneQuestion(request: APIRequestContext, waveId: string): Promise<void> {
  const csrfToken = await signInByApi(request, 'mayen-koblenz@demo.example');
  const responseId = await openResponse(request, csrfToken, waveId);
  await saveAnswer(request, csrfToken, responseId, 'S2', 'landkreis');
}

async function settled(page: Page): Promise<void> {
  await expect(page.locator('[role="status"]', { hasText: 'geladen …' })).toHaveCount(0);
  await waitForAnimations(page);
}

test.describe('Befragungen verwalten', () => {
  test('das Land legt eine Befragung aller Kreise an, verfolgt die Teilnahme, verlängert und schließt sie', async ({
    page,
    request,
    context,
    baseURL,
  }) => {
    // One long journey with eight axe checks of a few seconds each on a shared machine.
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    // Other journeys and demo data add waves too: this one is found by its title only.
    const title = `Befragung E2E ${Date.now()}`;
    const now = Date.now();

    await signIn(page, 'analyse.rlp@demo.example');
    await page.getByTestId('account-toggle').click();
    await page.getByTestId('account-panel').getByRole('link', { name: 'Befragungen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Befragungen');
    await settled(page);
    await expectNoAxeViolations(page);

    // The form: checks first, with the error summary taking the focus and its links leading to the fields.
    await page.getByRole('link', { name: 'Neue Befragung' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neue Befragung');
    const kreise = page.getByLabel('alle Kreise in Rheinland-Pfalz (36)');
    await expect(kreise).toBeVisible();
    await expect(page.getByLabel('Fragebogen')).toHaveValue('digitale-kommune@1');
    await settled(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Befragung anlegen' }).click();
    const summary = page.getByTestId('error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Bitte prüfen Sie Ihre Eingaben.');
    await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Titel')).toBeFocused();

    // Keyboard only: title, all Kreise (Space), dates, Enter submits.
    await page.keyboard.type(title);
    await kreise.focus();
    await page.keyboard.press('Space');
    await expect(kreise).toBeChecked();
    await page.getByLabel('Beginn (erster Tag)').focus();
    await page.keyboard.type(germanDate(now));
    await page.keyboard.press('Tab');
    await page.keyboard.type(germanDate(now + 30 * DAY));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('wave-notice')).toHaveText('Die Befragung ist angelegt.');
    await expect(page.getByTestId('wave-status')).toHaveText('läuft');
    await expect(page.getByTestId('submitted')).toHaveText('0 von 36 abgesendet');
    await expect(page.getByTestId('started')).toHaveText('0 von 36 begonnen');
    await expect(page.getByTestId('participation-table').locator('tbody tr')).toHaveCount(36);
    await settled(page);
    await expectNoAxeViolations(page);
    const waveId = new URL(page.url()).pathname.split('/').pop() as string;

    // Mayen-Koblenz saves one answer; the analyst sees it after a reload.
    await answerOneQuestion(request, waveId);
    await page.reload();
    await expect(page.getByTestId('started')).toHaveText('1 von 36 begonnen');
    await expect(page.getByTestId('submitted')).toHaveText('0 von 36 abgesendet');
    await expect(page.getByTestId('region-07137')).toContainText('in Bearbeitung');

    // The reminder list: arrow keys move between the filters.
    await page.getByLabel('Alle (36)').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel('Nicht begonnen (35)')).toBeChecked();
    await expect(page.getByTestId('rows-shown')).toHaveText('35 Regionen angezeigt');
    await expect(page.getByTestId('region-07137')).toHaveCount(0);
    await expect(page.getByTestId('region-07135')).toContainText('nicht begonnen');
    await page.getByRole('button', { name: 'Namen kopieren' }).click();
    await expect(page.getByTestId('copy-status')).toHaveText('35 Namen kopiert.');
    const names = await page.evaluate(() => navigator.clipboard.readText());
    expect(names.split('\n')).toHaveLength(35);
    expect(names).toContain('Cochem-Zell');
    expect(names).not.toContain('Mayen-Koblenz');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Liste als CSV herunterladen' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('nicht-begonnen.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFRegionalschlüssel;Region;Stand;Beantwortete Fragen\r\n')).toBe(true);
    expect(csv).toContain('07135;Cochem-Zell;nicht begonnen;0');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(36);
    await page.getByLabel('Nicht abgesendet (36)').check();
    await expect(page.getByTestId('region-07137')).toContainText('in Bearbeitung');
    await waitForAnimations(page);
    await expectNoAxeViolations(page);

    // Extend (keyboard): the field takes the focus, Enter sends.
    const newLastDay = germanDate(now + 60 * DAY);
    await page.getByRole('button', { name: 'Verlängern' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Neues Ende (letzter Tag)')).toBeFocused();
    await page.keyboard.type(germanDate(now + 10 * DAY));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('extend-form')).toContainText(
      'Das neue Ende muss nach dem bisherigen Ende und nach heute liegen.',
    );
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await page.getByLabel('Neues Ende (letzter Tag)').fill(newLastDay);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('wave-notice')).toHaveText(
      `Die Befragung ist verlängert bis einschließlich ${newLastDay}.`,
    );
    await expect(page.getByTestId('wave-period')).toHaveText(`${germanDate(now)} bis ${newLastDay}`);

    // Close (keyboard): the confirmation takes the focus, Tab reaches "Ja, schließen".
    await page.getByRole('button', { name: 'Schließen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('confirm-panel')).toBeFocused();
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ja, schließen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('wave-notice')).toHaveText('Die Befragung ist geschlossen.');
    await expect(page.getByTestId('wave-status')).toHaveText('geschlossen');
    await expect(page.getByRole('button', { name: 'Verlängern' })).toHaveCount(0);

    // The list shows the closed wave with its participation.
    await page.getByRole('link', { name: 'Alle Befragungen' }).click();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText('geschlossen');
    await expect(row).toContainText('0 von 36 abgesendet');
    await expect(row).toContainText('1 von 36 begonnen');
    await settled(page);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('das Land öffnet eine abgesendete Selbsteinschätzung mit Grund wieder und veröffentlicht sie', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    const title = `Befragung E2E Status ${Date.now()}`;
    const reason = `Einwohnerzahl wird korrigiert (${Date.now()})`;

    // The analyst opens a small wave over the API; Mayen-Koblenz answers everything and submits.
    const analyst = await playwright.request.newContext({ baseURL });
    const analystToken = await signInByApi(analyst, 'analyse.rlp@demo.example');
    const now = Date.now();
    const created = await analyst.post('/api/v1/waves', {
      data: {
        title,
        questionnaireId: 'digitale-kommune',
        questionnaireVersion: 1,
        regionArs: ['07135', '07137'],
        startsAt: new Date(now - 60_000).toISOString(),
        endsAt: new Date(now + 30 * DAY).toISOString(),
      },
      headers: { 'X-XSRF-TOKEN': analystToken },
    });
    expect(created.status()).toBe(201);
    const waveId = (await created.json()).id as string;
    await analyst.dispose();
    const mayen = await playwright.request.newContext({ baseURL });
    const mayenToken = await signInByApi(mayen, 'mayen-koblenz@demo.example');
    const responseId = await openResponse(mayen, mayenToken, waveId);
    for (const [code, value] of Object.entries(VERBANDSGEMEINDE_EXAMPLE)) {
      await saveAnswer(mayen, mayenToken, responseId, code, value);
    }
    await submitResponse(mayen, mayenToken, responseId);

    await signIn(page, 'analyse.rlp@demo.example');
    await page.goto('/verwaltung/befragungen');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('submitted')).toHaveText('1 von 2 abgesendet');
    await expect(page.getByTestId('region-07137')).toContainText('abgesendet');

    // Reopen, keyboard only (the region in the button's name is for screen readers, hence " : "): Escape cancels and returns the focus; an empty reason is refused at the field.
    const reopen = page.getByRole('button', { name: /^Wieder öffnen ?: Mayen-Koblenz$/ });
    await reopen.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Selbsteinschätzung von Mayen-Koblenz wieder öffnen?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Grund (Pflichtangabe)')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(reopen).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Grund (Pflichtangabe)')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Wieder öffnen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toContainText('Bitte geben Sie einen Grund an (höchstens 1.000 Zeichen).');
    await expect(dialog.getByLabel('Grund (Pflichtangabe)')).toBeFocused();
    await expect(dialog.getByLabel('Grund (Pflichtangabe)')).toHaveAttribute('aria-invalid', 'true');
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await page.keyboard.type(reason);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('wave-notice')).toHaveText(
      'Die Selbsteinschätzung von Mayen-Koblenz ist wieder geöffnet.',
    );
    await expect(page.getByTestId('region-07137')).toContainText('wieder geöffnet');
    await expect(page.getByTestId('submitted')).toHaveText('0 von 2 abgesendet');
    const audit = await (await page.request.get('/api/v1/audit?action=response.reopened')).json();
    const entry = (audit.items as Array<{ entityId: string; details: { reason?: string } }>).find(
      (item) => item.entityId === responseId,
    );
    expect(entry?.details.reason).toBe(reason);

    // Submitted again, then published after confirmation; the result page is one link away.
    await submitResponse(mayen, mayenToken, responseId);
    await mayen.dispose();
    await page.reload();
    await expect(page.getByTestId('region-07137')).toContainText('abgesendet');
    await page.getByRole('button', { name: /^Veröffentlichen ?: Mayen-Koblenz$/ }).click();
    await expect(page.getByTestId('confirm-panel')).toContainText(
      'Selbsteinschätzung von Mayen-Koblenz veröffentlichen?',
    );
    await page.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
    await expect(page.getByTestId('wave-notice')).toHaveText(
      'Die Selbsteinschätzung von Mayen-Koblenz ist veröffentlicht.',
    );
    await expect(page.getByTestId('region-07137')).toContainText('veröffentlicht');
    await expect(page.getByTestId('submitted')).toHaveText('1 von 2 abgesendet');
    await expect(page.getByRole('button', { name: /^Wieder öffnen ?: Mayen-Koblenz$/ })).toHaveCount(0);
    await page.getByRole('link', { name: /^Ergebnis ?: Mayen-Koblenz$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis der Selbsteinschätzung');
    expect(problems).toEqual([]);
  });

  test('die Verwaltung der Befragungen bleibt Kommunen verschlossen', async ({ page }) => {
    await signIn(page, 'mayen-koblenz@demo.example');
    await page.goto('/verwaltung/befragungen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    await page.goto('/verwaltung/befragungen/neu');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
  });
});
