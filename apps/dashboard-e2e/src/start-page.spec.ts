import { expect, test } from '@playwright/test';
import { attachScreenshot, waitForSystemStatus, watchConsole } from './support/pages';

test.describe('Startseite', () => {
  test('lädt auf Deutsch mit Überschrift, Navigation und Landmarken', async ({ page }, testInfo) => {
    const problems = watchConsole(page);
    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Start – Digitalcheck Kommune');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie digital ist Ihre Kommune?');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    await expect(page.getByRole('banner')).toContainText('Digitalcheck Kommune');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav.getByRole('link')).toHaveText(['Start', 'Regionen', 'Fragebogen', 'Datenquellen und Lizenzen']);
    await expect(nav.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main')).toHaveAttribute('id', 'main');
    await expect(page.getByRole('contentinfo')).toBeVisible();

    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Kommunen', 'Landesebene', 'Administration']);

    await waitForSystemStatus(page);
    await attachScreenshot(page, testInfo, 'startseite');
    expect(problems).toEqual([]);
  });

  test('zeigt die API als betriebsbereit mit Version und Datenbankmodus', async ({ page, request }) => {
    const info = await (await request.get('/api/v1/info')).json();
    expect(info).toMatchObject({
      product: 'Digitalcheck Kommune',
      database: 'embedded',
    });

    await page.goto('/');
    await waitForSystemStatus(page);

    const status = page.getByTestId('system-status');
    await expect(status).toContainText('Betriebsbereit');
    await expect(page.getByTestId('system-version')).toHaveText(info.version);
    await expect(status).toContainText('eingebettet (PGlite)');
    await expect(page.getByTestId('footer-system')).toHaveText(
      `Version ${info.version} · Datenbank: eingebettet (PGlite)`,
    );
  });

  test('zeigt eine deutsche Fehlermeldung, wenn die API nicht erreichbar ist', async ({ page }) => {
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto('/');

    const alert = page.getByTestId('system-status').getByRole('alert');
    await expect(alert).toContainText('Server nicht erreichbar');
    await expect(page.getByTestId('footer-system')).toHaveText('Server nicht erreichbar');

    await page.unroute('**/api/**');
    await page.getByRole('button', { name: 'Erneut prüfen' }).click();
    await expect(page.getByTestId('system-status')).toContainText('Betriebsbereit');
  });
});
