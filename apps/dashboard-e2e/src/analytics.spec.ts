import type { AnalyticsOverview, AnalyticsRegionProfile, WaveSummary } from '@digitalcheck/shared-contracts';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { expectNoAxeViolations, waitForAnimations, watchConsole } from './support/pages';
import { STATE_ANALYST, signIn } from './support/surveys';

/**
 * The analytics dashboard (issue 7) on the demo data: the RLP analyst's journey from the Land overview to a
 * Kreis profile and a comparison of three Kreise, shared by URL; and the admin's national view of the DLT
 * replica wave (146 of 294 Landkreise, 57 % without a digitalisation strategy).
 */

const TITLE_2024 = 'Digitalcheck Rheinland-Pfalz 2024';
const DLT_TITLE = 'Der digitale Landkreis 2017 (Nachbildung der DLT-Befragung)';

const percent = (share: number | null) =>
  share === null ? '–' : `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 }).format(share * 100)}\u00a0%`;

async function waveId(page: Page, title: string): Promise<string> {
  const waves: WaveSummary[] = await (await page.request.get('/api/v1/waves')).json();
  const wave = waves.find((w) => w.title === title);
  expect(wave, `wave ${title}`).toBeDefined();
  return (wave as WaveSummary).id;
}

async function settle(page: Page): Promise<void> {
  await expect(page.locator('[role="status"]', { hasText: 'geladen …' })).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function check(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await settle(page);
  await expectNoAxeViolations(page);
  // Kept as a file in the test output (CI artefact) and attached to the report.
  const path = testInfo.outputPath(`${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await waitForAnimations(page);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test.describe('Auswertung (Land)', () => {
  test('Analyst: Überblick, Karte umschalten, Kreisprofil, drei Kreise vergleichen, Adresse teilen', async ({
    page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await signIn(page, STATE_ANALYST);
    const id = await waveId(page, TITLE_2024);

    // The overview from the navigation; the URL receives the defaults (newest wave, own Land, Kreise).
    await page.getByRole('link', { name: 'Auswertung' }).click();
    await expect(page).toHaveURL(/\/auswertung\?.*land=07/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auswertung Rheinland-Pfalz');
    await page.getByTestId('filter-wave').selectOption({ label: TITLE_2024 });
    await expect(page).toHaveURL(new RegExp(`befragung=${id}`));
    await expect(page.getByTestId('current-filters')).toContainText(
      `Befragung: ${TITLE_2024} · Rheinland-Pfalz · Kreise und kreisfreie Städte · alle Arten · alle Größenklassen`,
    );

    // KPI tiles show what the API says, with n and base.
    const overview: AnalyticsOverview = await (
      await page.request.get(`/api/v1/analytics/waves/${id}/overview?landArs=07&level=KREIS`)
    ).json();
    expect(overview.participation.submitted).toBeGreaterThan(20);
    const participation = page.getByTestId('kpi-participation');
    await expect(participation).toContainText(percent(overview.participation.share));
    await expect(participation).toContainText(
      `${overview.participation.submitted} von ${overview.participation.invited}`,
    );
    const strategy = overview.kpis.find((kpi) => kpi.code === 'ohneStrategie');
    expect(strategy?.suppressed).toBe(false);
    const tile = page.getByTestId('kpi-ohneStrategie');
    await expect(tile).toContainText('ohne Digitalstrategie');
    await expect(tile).toContainText(percent(strategy?.share ?? null));
    await expect(tile).toContainText(`${strategy?.n} von ${strategy?.base}`);
    // The aggregation rule is the tile's tooltip, reachable by keyboard.
    await tile.getByRole('button').focus();
    await expect(page.getByRole('tooltip')).toContainText('A1 ∈ {d, e}');
    await page.keyboard.press('Escape');

    // The choropleth: index first, then switched to the KPI, which shows ja / nein.
    const map = page.getByTestId('analytics-map');
    await expect(map.locator('path.dc-map__region')).toHaveCount(36);
    await expect(map.getByRole('img', { name: /^Ahrweiler: / })).toHaveCount(1);
    await page.getByTestId('map-indicator').selectOption({ label: 'ohne Digitalstrategie' });
    await expect(page).toHaveURL(/karte=kpi(:|%3A)ohneStrategie/);
    await expect(map.getByTestId('region-map-legend')).toContainText('ja');
    await expect(map.getByTestId('region-map-legend')).toContainText('nein');
    await expect(map.getByRole('img', { name: /^Ahrweiler: (ja|nein|keine Angabe)$/ })).toHaveCount(1);
    await check(page, testInfo, 'auswertung-ueberblick');

    // Drill into a Kreis: the first of the ranking.
    const ranking = await (
      await page.request.get(`/api/v1/analytics/waves/${id}/ranking?landArs=07&level=KREIS&by=index`)
    ).json();
    const [first, second, third] = ranking.entries as Array<{ ars: string; name: string; score: number }>;
    await page.getByTestId('map-indicator').selectOption({ label: 'Gesamtindex' });
    await map.locator(`path[data-ars="${first.ars}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/auswertung/regionen/${first.ars}\\?.*befragung=${id}`));
    await expect(page.getByTestId('profile-heading')).toHaveText(first.name);
    const profile: AnalyticsRegionProfile = await (
      await page.request.get(`/api/v1/analytics/waves/${id}/regions/${first.ars}`)
    ).json();
    const indexRow = page.getByTestId('profile-table').locator('tbody tr').first();
    await expect(indexRow).toContainText(
      new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(profile.index.score as number),
    );
    await expect(indexRow).toContainText(`1 von ${profile.index.rankOf}`);
    await check(page, testInfo, 'auswertung-kreisprofil');

    // Compare it with the second and the third of the ranking.
    await page.getByTestId('profile-compare').click();
    await expect(page).toHaveURL(new RegExp(`/auswertung/vergleich\\?.*regionen=${first.ars}`));
    for (const other of [second, third]) {
      await page.getByTestId('compare-candidate').selectOption(other.ars);
      await page.getByTestId('compare-add').click();
    }
    await expect(page).toHaveURL(new RegExp(`regionen=${first.ars}(,|%2C)${second.ars}(,|%2C)${third.ars}`));
    const headers = page.getByTestId('comparison-table').locator('thead th');
    await expect(headers).toHaveText(['Handlungsfeld', first.name, second.name, third.name]);
    await expect(page.getByTestId('comparison-radar')).toBeVisible();
    await check(page, testInfo, 'auswertung-vergleich');

    // The address reopens the same view in a new browser session of the same analyst.
    const shared = page.url();
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const other = await context.newPage();
    await signIn(other, STATE_ANALYST);
    await other.goto(shared);
    await expect(other.getByTestId('comparison-table').locator('thead th')).toHaveText([
      'Handlungsfeld',
      first.name,
      second.name,
      third.name,
    ]);
    await expect(other.getByTestId('filter-wave')).toHaveValue(id);
    await expect(other.getByTestId('current-filters')).toContainText(`Befragung: ${TITLE_2024}`);
    await context.close();
    expect(problems).toEqual([]);
  });

  test('Fragen im Detail: Verteilung nach Art, Entwicklung über die Befragungen', async ({ page }, testInfo) => {
    const problems = watchConsole(page);
    await signIn(page, STATE_ANALYST);
    const id = await waveId(page, TITLE_2024);
    await page.goto(`/auswertung/fragen?befragung=${id}&land=07&ebene=KREIS&frage=A1&aufteilung=kind`);
    await expect(page.getByTestId('explorer-question')).toHaveValue('A1');
    await expect(page.getByRole('heading', { level: 2, name: /^A1 – / })).toBeVisible();
    const chart = page.getByTestId('explorer-chart-all');
    await chart.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    await expect(chart.locator('table')).toContainText('Landkreis');
    await expect(chart.locator('table')).toContainText('Kreisfreie Stadt');
    await check(page, testInfo, 'auswertung-fragen');
    expect(problems).toEqual([]);
  });
});

test.describe('Auswertung (Deutschland)', () => {
  test('Admin: die DLT-Nachbildung zeigt 57 % ohne Digitalstrategie bei n = 146', async ({ page }, testInfo) => {
    // 146 Landkreise in the ranking and the heatmap, 400 on the map: a long page to check and photograph.
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await signIn(page, 'admin@demo.example');
    const id = await waveId(page, DLT_TITLE);
    await page.goto(`/auswertung?befragung=${id}&ebene=KREIS`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auswertung Deutschland');
    await expect(page.getByTestId('filter-land')).toHaveValue('');
    await expect(page.getByTestId('kpi-participation')).toContainText('146 von 294');
    const tile = page.getByTestId('kpi-ohneStrategie');
    await expect(tile).toContainText('57\u00a0%');
    await expect(tile).toContainText('83 von 146 (n = 146)');
    await expect(page.getByTestId('analytics-map').locator('path.dc-map__region')).toHaveCount(400);
    await check(page, testInfo, 'auswertung-deutschland-dlt');
    expect(problems).toEqual([]);
  });
});
