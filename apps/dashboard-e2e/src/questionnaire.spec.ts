import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, waitForAnimations } from './support/pages';

/** The read-only questionnaire viewer against the real questionnaires API (default questionnaire, version 1). */
test.describe('Fragebogen', () => {
  test('zeigt den Standardfragebogen mit Abschnitten, Fragen und Punkten, ohne axe-Verstöße', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fragebogen' }).click();

    await expect(page).toHaveTitle('Fragebogen – Digitalcheck Kommune');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digitale Kommune – Standortbestimmung');
    await expect(page.getByRole('heading', { level: 2, name: 'So wird gezählt' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Kommunale Verwaltung' })).toBeVisible();

    const a1 = page.getByTestId('question-A1');
    await expect(a1.getByRole('heading', { level: 3 })).toContainText('Digitalisierungsstrategie');
    await expect(a1.getByTestId('options-A1').getByRole('listitem')).toHaveText([
      'a liegt vor und wird umgesetzt (1)',
      'b beschlossen, Umsetzung beginnt (0,75)',
      'c wird derzeit erarbeitet (0,5)',
      'd für die Zukunft geplant (0,25)',
      'e derzeit kein Thema (0)',
    ]);
    await expect(page.getByTestId('question-A2')).toContainText('nur wenn A1 = a, b oder c');

    // The table of contents moves focus to the section and stays on the page.
    await page
      .getByRole('navigation', { name: 'Abschnitte' })
      .getByRole('link', { name: 'Kommunale Verwaltung' })
      .click();
    await expect(page.locator('#abschnitt-VER')).toBeFocused();
    await expect(page).toHaveURL(/\/fragebogen$/);

    await waitForAnimations(page);
    await expectNoAxeViolations(page);
  });
});
