import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, waitForAnimations, watchConsole } from './support/pages';

// Demo accounts (DEMO_DATA=true in the web server), all with this password.
const PASSWORD = 'demo-digitalcheck';

/** Signs the RLP analyst in on its own request context and opens a wave over Mayen-Koblenz (07137). */
async function openWave(request: APIRequestContext, title: string): Promise<void> {
  const anonymous = await (await request.get('/api/v1/auth/session')).json();
  const login = await request.post('/api/v1/auth/login', {
    data: { email: 'analyse.rlp@demo.example', password: PASSWORD },
    headers: { 'X-XSRF-TOKEN': anonymous.csrfToken },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = await login.json();
  const now = Date.now();
  const wave = await request.post('/api/v1/waves', {
    data: {
      title,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs: ['07137'],
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
    },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(wave.status()).toBe(201);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByTestId('account-toggle')).toBeVisible();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Gespeichert');
}

test.describe('Selbsteinschätzung', () => {
  test('eine Kommune beantwortet Fragen in zwei Sitzungen, prüft und sendet ab', async ({ page, request }) => {
    test.setTimeout(60_000);
    const problems = watchConsole(page);
    const title = `Digitalcheck E2E ${Date.now()}`;
    await openWave(request, title);

    await signIn(page, 'mayen-koblenz@demo.example');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Selbsteinschätzung' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Selbsteinschätzung');
    const wave = page.getByRole('region', { name: title });
    await expect(wave).toContainText('läuft');
    await waitForAnimations(page);
    await expectNoAxeViolations(page);

    // First sitting: Stammdaten and the first questions of Strategie & Steuerung.
    await wave.getByRole('button', { name: 'Beginnen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stammdaten');
    // S1 comes from the account, S3 from the reference data.
    await expect(page.getByLabel(/^S1 /)).toHaveValue('071370000000');
    await expect(page.getByLabel(/^S3 /)).toHaveValue('214.259');
    await page.getByRole('group', { name: /S2/ }).getByLabel('Landkreis/Kreis').check();
    await expectSaved(page);
    await page.getByRole('link', { name: 'Weiter', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategie & Steuerung');
    await page.getByLabel('liegt vor und wird umgesetzt').check();
    await page.getByRole('group', { name: /A3/ }).getByLabel('Ja').check();
    await page.getByLabel(/A4/).fill('2,5');
    await expectSaved(page);
    await waitForAnimations(page);
    await expectNoAxeViolations(page);

    // A reload shows the saved answers.
    await page.reload();
    await expect(page.getByLabel('liegt vor und wird umgesetzt')).toBeChecked();
    await expect(page.getByRole('group', { name: /A3/ }).getByLabel('Ja')).toBeChecked();
    await expect(page.getByLabel(/A4/)).toHaveValue('2,5');

    // Second sitting: "Fortsetzen" resumes where the last answer was given; the Stammdaten are kept.
    await page.goto('/selbsteinschaetzung');
    await expect(wave.getByTestId('progress')).toContainText('Stammdaten: 3 von 4 beantwortet');
    await wave.getByRole('link', { name: 'Fortsetzen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Strategie & Steuerung');
    await page.getByRole('link', { name: 'Zurück', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stammdaten');
    await expect(page.getByRole('group', { name: /S2/ }).getByLabel('Landkreis/Kreis')).toBeChecked();

    // The review lists the open required question; once answered, the response is submitted after confirmation.
    const responseId = new URL(page.url()).pathname.split('/')[2];
    await page.goto(`/selbsteinschaetzung/${responseId}/pruefen`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfen und absenden');
    await expect(page.getByTestId('open-questions')).toContainText('Noch eine Pflichtfrage offen');
    await page.getByRole('link', { name: /^S4 / }).click();
    await expect(page.getByLabel('Verwaltungsspitze')).toBeFocused();
    await page.getByLabel('IT-Leitung').check();
    await expectSaved(page);
    await page.reload();
    await expect(page.getByLabel('IT-Leitung')).toBeChecked();
    await page.goto(`/selbsteinschaetzung/${responseId}/pruefen`);
    await expect(page.getByTestId('complete')).toBeVisible();
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('button', { name: 'Ja, absenden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis der Selbsteinschätzung');
    await expect(page.getByTestId('fields-table')).toContainText('Strategie & Steuerung');
    // No field has a score yet (nor has the only other submission of the group): no chart would have a value to
    // draw, so the page shows the tables only (the charts are checked in full-questionnaire.spec.ts).
    await expect(
      page.getByTestId('comparison-table').getByRole('row').filter({ hasText: 'Gesamtindex' }).getByRole('cell'),
    ).toHaveText(['–', '–', '–']);
    await expect(page.locator('svg.ngx-charts')).toHaveCount(0);
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});
