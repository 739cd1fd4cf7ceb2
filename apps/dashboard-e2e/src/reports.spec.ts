import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { AnalyticsRegionProfile, WaveSummary } from '@digitalcheck/shared-contracts';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './support/pages';
import { STATE_ANALYST, signIn } from './support/surveys';

/**
 * The print pages of the PDF reports (issue 8) in the browser, as Chromium on the server renders them: no app
 * shell, the ready marker once data and charts are there, WCAG 2.1 AA (axe); and the region profile's
 * "Bericht als PDF" gives the region report.
 */

const TITLE_2024 = 'Digitalcheck Rheinland-Pfalz 2024';
const MAYEN_KOBLENZ = '07137';

async function waveId(page: Page): Promise<string> {
  const waves: WaveSummary[] = await (await page.request.get('/api/v1/waves')).json();
  const wave = waves.find((w) => w.title === TITLE_2024);
  expect(wave).toBeDefined();
  return (wave as WaveSummary).id;
}

test.describe('Berichte (Druckseiten)', () => {
  test('Landesbericht und Regionsbericht: ohne Kopf und Navigation, bereit, barrierefrei', async ({ page }) => {
    test.setTimeout(90_000);
    const problems = watchConsole(page);
    await signIn(page, STATE_ANALYST);
    const id = await waveId(page);
    await page.setViewportSize({ width: 680, height: 962 });

    await page.goto(`/bericht/land?befragung=${id}&land=07`);
    await expect(page.locator('dc-report')).toHaveAttribute('data-report-ready', 'true', { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Landesbericht Rheinland-Pfalz');
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Als Tabelle anzeigen' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Teilnahme',
      'Kennzahlen',
      'Karte',
      'Rangfolge',
      'Verteilung',
      'Handlungsfelder je Region',
      'Hemmnisse',
      'Hinweise',
    ]);
    await expect(page.locator('dc-region-map path.dc-map__region')).toHaveCount(36);
    await expectNoAxeViolations(page);

    await page.goto(`/bericht/region/${MAYEN_KOBLENZ}?befragung=${id}`);
    await expect(page.locator('dc-report')).toHaveAttribute('data-report-ready', 'true', { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regionsbericht Mayen-Koblenz');
    const profile: AnalyticsRegionProfile = await (
      await page.request.get(`/api/v1/analytics/waves/${id}/regions/${MAYEN_KOBLENZ}`)
    ).json();
    const score = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(profile.index.score as number);
    await expect(page.getByTestId('report-index')).toContainText(`Gesamtindex: ${score} Punkte`);
    await expect(page.getByTestId('priority-matrix')).toBeVisible();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('Regionsprofil: „Bericht als PDF“ lädt den Regionsbericht', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, STATE_ANALYST);
    const id = await waveId(page);
    await page.goto(`/auswertung/regionen/${MAYEN_KOBLENZ}?befragung=${id}&land=07&ebene=KREIS`);
    const button = page.getByTestId('report-pdf');
    await expect(button).toHaveText('Bericht als PDF');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('bericht_mayen-koblenz_digitalcheck-rheinland-pfalz-2024.pdf');
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Regionsbericht Mayen-Koblenz');
    expect(text).toMatch(/Seite 1 von \d+ · Stand: \d\d\.\d\d\.\d{4} · Quelle: Digitalcheck Kommune/);
    await writeFile(test.info().outputPath('region-report.txt'), text);
  });
});
