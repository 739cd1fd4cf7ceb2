import { expect, test } from '@playwright/test';

test.describe('Tastaturbedienung', () => {
  test('der Skip-Link ist der erste Tabstopp und setzt den Fokus auf den Inhalt', async ({ page }) => {
    await page.goto('/datenquellen');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // Still on the same page: the link must not navigate to /#main.
    await expect(page).toHaveURL(/\/datenquellen$/);

    // The next Tab stop is inside main, not back in the header.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
    expect(focusedInMain).toBe(true);
  });

  test('die Hauptnavigation ist mit der Tastatur bedienbar und zeigt den Fokus', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', {
      name: 'Datenquellen und Lizenzen',
    });
    await link.focus();
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/datenquellen$/);
    await expect(page).toHaveTitle('Datenquellen und Lizenzen – Digitalcheck Kommune');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
