import { expect, test } from '@playwright/test';
import { PAGES, expectNoAxeViolations, waitForAnimations, waitForSystemStatus } from './support/pages';

test.describe('Barrierefreiheit (axe-core, WCAG 2.1 A/AA)', () => {
  for (const { path, title, h1 } of PAGES) {
    test(`${path} hat keine axe-Verstöße`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(title);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      if (path === '/') await waitForSystemStatus(page);
      await waitForAnimations(page);
      await expectNoAxeViolations(page);
    });
  }

  test('die Fehlermeldung bei nicht erreichbarer API hat keine axe-Verstöße', async ({ page }) => {
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Server nicht erreichbar');
    await expectNoAxeViolations(page);
  });
});
