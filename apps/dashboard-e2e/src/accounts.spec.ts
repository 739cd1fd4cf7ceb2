import { expect, type Page, test } from '@playwright/test';
import { attachScreenshot, expectNoAxeViolations, waitForAnimations, watchConsole } from './support/pages';

// Demo accounts (DEMO_DATA=true in the web server), all with this password.
const PASSWORD = 'demo-digitalcheck';

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('account-toggle').click();
  await page.getByTestId('logout').click();
  await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible();
}

test.describe('Konten, Einladungen und Mandantentrennung', () => {
  test('das Land lädt einen Kreis ein; die eingeladene Person legt ihr Passwort fest und sieht nur ihren Kreis', async ({
    page,
  }, testInfo) => {
    const problems = watchConsole(page);
    await signIn(page, 'analyse.rlp@demo.example');
    await page.getByTestId('account-toggle').click();
    await expect(page.getByTestId('account-panel')).toContainText('Landesebene · Rheinland-Pfalz');
    await page.getByTestId('account-panel').getByRole('link', { name: 'Einladungen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladungen');

    const email = `digitalisierung-${Date.now()}@kreis-ahrweiler.example`;
    await page.getByLabel('E-Mail-Adresse').first().fill(email);
    const search = page.getByRole('combobox', { name: 'Region suchen' }).first();
    await search.fill('Ahrweiler');
    await page
      .getByRole('option', { name: /Ahrweiler/ })
      .first()
      .click();
    await expect(page.getByTestId('chosen-region')).toContainText('Ahrweiler (07131)');
    await page.getByRole('button', { name: 'Einladung anlegen' }).click();
    const issued = page.getByTestId('issued-link');
    await expect(issued).toContainText(`Einladung für ${email} angelegt`);
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    const link = new URL(await page.getByLabel('Einladungslink').inputValue());
    expect(link.pathname).toBe('/einladung');
    await signOut(page);

    await page.goto(`${link.pathname}${link.search}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladung annehmen');
    await expect(page.getByText('Landkreis Ahrweiler')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Ihr Name').fill('Frau Beispiel');
    await page.getByLabel('Passwort festlegen').fill('kurz');
    await page.getByLabel('Passwort wiederholen').fill('kurz');
    await page.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expect(page.getByRole('alert')).toContainText('Das Passwort muss mindestens 12 Zeichen lang sein.');
    await page.getByLabel('Passwort festlegen').fill('ein-sicheres-passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein-sicheres-passwort');
    await page.getByRole('button', { name: 'Einladung annehmen' }).click();

    await page.getByTestId('account-toggle').click();
    await expect(page.getByTestId('account-toggle')).toContainText('Frau Beispiel');
    await expect(page.getByTestId('account-panel')).toContainText('Kommune · Landkreis Ahrweiler');
    await expect(page.getByTestId('account-panel').getByRole('link', { name: 'Benutzerkonten' })).toHaveCount(0);
    await attachScreenshot(page, testInfo, 'konto-nach-einladung');

    // Management pages and their API stay closed to a respondent, by URL and by API.
    await page.goto('/verwaltung/benutzer');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    expect((await page.request.get('/api/v1/users')).status()).toBe(403);
    expect((await page.request.get('/api/v1/invitations')).status()).toBe(403);

    expect(problems).toEqual([]);

    // The link is single-use.
    await signOut(page);
    await page.goto(`${link.pathname}${link.search}`);
    await expect(page.getByRole('alert')).toContainText('Diese Einladung wurde bereits angenommen.');
  });

  test('eine Kommune erreicht die Konten einer anderen weder über die Oberfläche noch über die API', async ({
    page,
  }) => {
    await signIn(page, 'analyse.rlp@demo.example');
    await expect(page.getByTestId('account-toggle')).toBeVisible();
    const users = await (await page.request.get('/api/v1/users?q=mayen-koblenz')).json();
    const mayenKoblenz = users.items[0].id as string;
    await signOut(page);

    await signIn(page, 'cochem-zell@demo.example');
    await expect(page.getByTestId('account-toggle')).toContainText('Cochem-Zell');
    for (const path of ['/api/v1/users', `/api/v1/users/${mayenKoblenz}`, '/api/v1/audit']) {
      expect((await page.request.get(path)).status()).toBe(403);
    }
    await page.goto('/verwaltung/einladungen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
    await page.goto('/verwaltung/protokoll');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kein Zugriff');
  });

  test('Anmeldefehler haben klare deutsche Meldungen und die Seite hat keine axe-Verstöße', async ({ page }) => {
    await page.goto('/anmelden');
    await expect(page).toHaveTitle('Anmelden – Digitalcheck Kommune');
    await expectNoAxeViolations(page);
    // Unknown email and wrong password read the same.
    await signIn(page, 'niemand@demo.example', 'irgendein-passwort');
    await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
    await expectNoAxeViolations(page);
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, 'vg-cochem@demo.example', `falsch-${attempt}-passwort`);
      await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
    }
    await signIn(page, 'vg-cochem@demo.example');
    await expect(page.getByRole('alert')).toContainText(
      'Zu viele Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen Sie es dann erneut.',
    );
  });

  test('„Passwort vergessen“ verrät nicht, ob es ein Konto gibt', async ({ page }) => {
    await page.goto('/passwort-vergessen');
    await expectNoAxeViolations(page);
    await page.getByLabel('E-Mail-Adresse').fill('gibt-es-nicht@demo.example');
    await page.getByRole('button', { name: /Link anfordern|senden/ }).click();
    await expect(page.getByRole('status')).toContainText(
      'Wenn ein Konto zu dieser Adresse besteht, haben wir eine E-Mail mit einem Link zum Zurücksetzen gesendet.',
    );
  });

  test('die Verwaltungsseiten des Landes haben keine axe-Verstöße', async ({ page }) => {
    await signIn(page, 'analyse.rlp@demo.example');
    await expect(page.getByTestId('account-toggle')).toBeVisible();
    for (const [path, h1] of [
      ['/verwaltung/benutzer', 'Benutzerkonten'],
      ['/verwaltung/einladungen', 'Einladungen'],
      ['/verwaltung/protokoll', 'Protokoll'],
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await waitForAnimations(page);
      await expectNoAxeViolations(page);
    }
    // The analyst sees Rheinland-Pfalz only.
    const users = await (await page.request.get('/api/v1/users?limit=200')).json();
    const emails = (users.items as Array<{ email: string }>).map((user) => user.email);
    expect(emails).toContain('mayen-koblenz@demo.example');
    expect(emails).not.toContain('admin@demo.example');
  });
});
