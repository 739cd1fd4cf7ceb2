import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Every page of the shell, for journeys that must hold everywhere (axe, landmarks). */
export const PAGES = [
  {
    path: '/',
    title: 'Start – Digitalcheck Kommune',
    h1: 'Wie digital ist Ihre Kommune?',
  },
  {
    path: '/datenquellen',
    title: 'Datenquellen und Lizenzen – Digitalcheck Kommune',
    h1: 'Datenquellen und Lizenzen',
  },
  {
    path: '/gibt-es-nicht',
    title: 'Seite nicht gefunden – Digitalcheck Kommune',
    h1: 'Seite nicht gefunden',
  },
] as const;

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails the test on console errors and CSP violations, which a strict CSP turns into silent breakage. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Waits until the status card has an answer, so axe and screenshots see a settled page. */
export async function waitForSystemStatus(page: Page): Promise<void> {
  await expect(page.getByTestId('system-status')).toHaveAttribute('aria-busy', 'false');
}

export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await waitForAnimations(page);
  await testInfo.attach(name, {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
