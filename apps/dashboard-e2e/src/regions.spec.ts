import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './support/pages';

/**
 * The Regionen journey against the real regions API (demo data: 16 Länder, 400 Kreise, RLP Gemeindeverbände,
 * BKG boundaries imported at start-up from ../shared/data/geo).
 */
test.describe('Regionen', () => {
  test('Länder, die 36 Kreise in Rheinland-Pfalz und die Suche bis zur Detailseite', async ({ page, request }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Regionen' }).click();
    await expect(page).toHaveURL(/\/regionen$/);
    await expect(page).toHaveTitle('Regionen – Digitalcheck Kommune');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionen');

    const laender = page.getByTestId('laender');
    await expect(laender.locator('tbody tr')).toHaveCount(16);
    await laender.getByRole('link', { name: 'Rheinland-Pfalz' }).click();
    await expect(page).toHaveURL(/\/regionen\?land=07$/);

    const kreise = page.getByTestId('kreise');
    await expect(kreise.getByRole('heading', { level: 2 })).toHaveText('Kreise in Rheinland-Pfalz');
    await expect(kreise.locator('tbody tr')).toHaveCount(36);
    await expect(page.getByTestId('kreise-summary')).toContainText('36 Kreise');
    await expect(page.getByTestId('kreise-summary')).toContainText('24 Landkreis');
    await expect(page.getByTestId('kreise-summary')).toContainText('12 Kreisfreie Stadt');
    await expect(kreise.getByRole('row', { name: /^07131 Ahrweiler Landkreis [\d.]+/ })).toBeVisible();
    await expectNoAxeViolations(page);

    const search = page.getByRole('combobox', { name: 'Region suchen' });
    await search.fill('Ahrw');
    const option = page.getByRole('option', { name: /Ahrweiler/ }).first();
    await expect(option).toBeVisible();
    await expect(page.getByTestId('picker-status')).toContainText(/gefunden|angezeigt/);
    await search.press('ArrowDown');
    await expect(search).toHaveAttribute('aria-activedescendant', /option-0$/);
    await search.press('Enter');

    await expect(page).toHaveURL(/\/regionen\/07131$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ahrweiler');
    await expect(page).toHaveTitle('Ahrweiler – Digitalcheck Kommune');
    const breadcrumb = page.getByRole('navigation', { name: 'Brotkrümelnavigation' });
    await expect(breadcrumb.getByRole('link', { name: 'Rheinland-Pfalz' })).toBeVisible();
    await expect(page.getByTestId('region-facts')).toContainText('07131');
    await expect(page.getByTestId('region-facts')).toContainText('Landkreis');
    await expect(page.getByTestId('region-facts')).toContainText('Gemeindeverbände');
    const gemeindeverbaende = page.getByTestId('region-table');
    await expect(gemeindeverbaende.getByRole('link', { name: 'Altenahr' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('die Karte zeigt 400 Kreise und ihre Tabelle, ohne axe-Verstöße', async ({ page, request }) => {
    expect((await request.get('/api/v1/boundaries/KREIS')).status()).toBe(200);
    await page.goto('/regionen');
    await expect(page.locator('path.dc-map__region')).toHaveCount(400);
    await expect(page.getByTestId('map-attribution')).toContainText('GeoBasis-DE / BKG');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    await expect(page.getByTestId('region-map-table').locator('tbody tr')).toHaveCount(400);
    await expectNoAxeViolations(page);
  });
});
