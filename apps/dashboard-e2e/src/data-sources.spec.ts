import { expect, test } from '@playwright/test';
import { attachScreenshot, watchConsole } from './support/pages';

test('Datenquellen und Lizenzen nennt BKG, dl-de/by-2-0, Destatis und EUPL-1.2', async ({ page }, testInfo) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Datenquellen und Lizenzen' })
    .click();

  await expect(page).toHaveURL(/\/datenquellen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Datenquellen und Lizenzen');
  await expect(page.getByTestId('map-attribution')).toHaveText('© GeoBasis-DE / BKG 2021 (Daten verändert)');

  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /dl-de\/by-2-0/ })).toHaveAttribute(
    'href',
    'https://www.govdata.de/dl-de/by-2-0',
  );
  await expect(main.getByRole('link', { name: /Bundesamt für Kartographie und Geodäsie/ })).toHaveAttribute(
    'href',
    'https://www.bkg.bund.de',
  );
  await expect(page.getByTestId('source-kreise')).toContainText('landkreise-deutschland');
  await expect(page.getByTestId('source-kreise')).toContainText('Statistisches Bundesamt (Destatis)');
  await expect(page.getByTestId('source-kreise')).toContainText('31.12.2018');
  await expect(main.getByRole('link', { name: /CC-BY-4.0/ })).toBeVisible();
  await expect(main.getByRole('table')).toContainText('EUPL-1.2');

  await attachScreenshot(page, testInfo, 'datenquellen');
  expect(problems).toEqual([]);
});
