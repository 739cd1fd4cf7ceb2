import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type {
  AnalyticsProfileScore,
  AnalyticsRanking,
  AnalyticsRegionProfile,
  AuditPage,
  ResponseDetail,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { type APIRequestContext, expect, type Locator, type Page, request, test } from '@playwright/test';

import { parseCsv, readWorkbook, sheetRows } from './support/export-files';
import { expectNoAxeViolations, watchConsole } from './support/pages';
import { STATE_ANALYST, signIn, signInByApi } from './support/surveys';

/**
 * Exports for reports (issue 8) on the demo data: the RLP analyst downloads every chart format (SVG, PNG, CSV in
 * both dialects, XLSX) from the Land overview and a Kreis profile, the raw data and the Land report PDF, and each
 * file is read back: the SVG parses and names its chart and n, the PNG is twice the SVG's size, the CSV and XLSX
 * values are the API's numbers, a free-text answer that looks like a formula arrives neutralised, and every export
 * is in the audit log.
 */

const WAVE_2026 = 'Digitalcheck Rheinland-Pfalz 2026';
const MAYEN_KOBLENZ = '07137';
const HYPERLINK = '=HYPERLINK("http://example.org","x")';

interface Download {
  name: string;
  bytes: Buffer;
}

/** "56,99": the API's number as German text with at most two decimals (Intl, as the screen rounds). */
const GERMAN = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2, useGrouping: false });
const german = (value: number | null) => (value === null ? '' : GERMAN.format(value));
const rounded = (value: number | null) => (value === null ? null : Number(german(value).replace(',', '.')));

async function download(page: Page, trigger: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function exportChart(page: Page, chart: Locator, choice: string): Promise<Download> {
  await chart.getByTestId('chart-export-toggle').first().click();
  return download(page, () => chart.getByTestId(choice).first().click());
}

/** Title, texts and size of an exported SVG, parsed by the browser's XML parser. */
async function readSvg(page: Page, svg: Buffer) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      title: doc.querySelector('title')?.textContent ?? null,
      texts: Array.from(doc.querySelectorAll('text')).map((node) => (node.textContent ?? '').trim()),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      fonts: root.getAttribute('font-family'),
      externalRefs: doc.querySelectorAll('link, script, [href^="http"]').length,
    };
  }, svg.toString('utf8'));
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function apiJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** As the Mayen-Koblenz respondent: a free-text answer (E1) that a spreadsheet would run as a formula. */
async function answerWithFormula(baseURL: string, waveId: string): Promise<void> {
  const respondent: APIRequestContext = await request.newContext({ baseURL });
  const csrfToken = await signInByApi(respondent, 'mayen-koblenz@demo.example');
  const opened = await respondent.post(`/api/v1/waves/${waveId}/regions/${MAYEN_KOBLENZ}/response`, {
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(opened.status()).toBe(200);
  const response = (await opened.json()) as ResponseDetail;
  const saved = await respondent.put(`/api/v1/responses/${response.id}/answers/E1`, {
    data: { value: HYPERLINK, baseVersion: response.answers['E1']?.version ?? 0, operationId: crypto.randomUUID() },
    headers: { 'X-XSRF-TOKEN': csrfToken },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await respondent.dispose();
}

test.describe('Exporte für Berichte', () => {
  test('Analyst: jedes Format aus Landesüberblick und Kreisprofil, Rohdaten und Landesbericht', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const problems = watchConsole(page);
    await signIn(page, STATE_ANALYST);
    const waves = await apiJson<WaveSummary[]>(page, '/api/v1/waves');
    const wave = waves.find((candidate) => candidate.title === WAVE_2026) as WaveSummary;
    expect(wave).toBeDefined();
    await answerWithFormula(baseURL as string, wave.id);

    await page.goto(`/auswertung?befragung=${wave.id}&land=07&ebene=KREIS`);
    const ranking = await apiJson<AnalyticsRanking>(
      page,
      `/api/v1/analytics/waves/${wave.id}/ranking?landArs=07&level=KREIS&by=index`,
    );
    const scored = ranking.entries.filter((entry) => entry.score !== null);
    expect(scored.length).toBeGreaterThan(3);

    // Ranking chart: SVG with title and n, PNG at twice its size, CSV (both dialects) and XLSX = the API.
    const rankingChart = page.getByTestId('ranking-chart');
    await expect(rankingChart.locator('svg.ngx-charts')).toBeVisible();
    const heading = (await rankingChart.locator('.dc-chart__title').textContent())?.trim() ?? '';
    expect(heading).toContain('Gesamtindex');

    const svgFile = await exportChart(page, rankingChart, 'export-svg');
    expect(svgFile.name).toMatch(/^rp_2026_gesamtindex-kreise-und-kreisfreie-staedte\.svg$/);
    const svg = await readSvg(page, svgFile.bytes);
    expect(svg.errors).toBe(0);
    expect(svg.title).toBe(heading);
    expect(svg.texts).toContain(heading);
    expect(svg.texts.some((text) => text.endsWith(`n = ${ranking.n}`))).toBe(true);
    expect(svg.texts.some((text) => text.startsWith('Quelle: Digitalcheck Kommune'))).toBe(true);
    expect(svg.texts).toContain(`1. ${scored[0].name}`);
    expect(svg.fonts).toContain('Arial');
    expect(svg.externalRefs).toBe(0);

    const png = await exportChart(page, rankingChart, 'export-png');
    expect(png.name).toBe(svgFile.name.replace(/\.svg$/, '.png'));
    expect(pngSize(png.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });

    const csv = parseCsv((await exportChart(page, rankingChart, 'export-csv')).bytes.toString('utf8'), ';');
    expect(csv[0]).toEqual(['Region', 'Punkte (0–100)', 'Reifegrad']);
    expect(csv.slice(1).map((row) => row[1])).toEqual(scored.map((entry) => german(entry.score)));
    csv.slice(1).forEach((row, i) => expect(row[0]).toContain(scored[i].name));

    const international = await exportChart(page, rankingChart, 'export-csv-international');
    expect(international.name).toMatch(/_international\.csv$/);
    const csvInternational = parseCsv(international.bytes.toString('utf8'), ',');
    expect(csvInternational.slice(1).map((row) => Number(row[1]))).toEqual(scored.map((entry) => rounded(entry.score)));

    const xlsx = await readWorkbook((await exportChart(page, rankingChart, 'export-xlsx')).bytes);
    const data = sheetRows(xlsx, 'Daten');
    expect(data[0]).toEqual(['Region', 'Punkte (0–100)', 'Reifegrad']);
    expect(data.slice(1).map((row) => row[1])).toEqual(scored.map((entry) => rounded(entry.score)));
    const meta = Object.fromEntries(sheetRows(xlsx, 'Metadaten').map((row) => [row[0], row[1]]));
    expect(meta).toMatchObject({
      Diagramm: heading,
      Befragung: WAVE_2026,
      Land: 'Rheinland-Pfalz',
      'n (Anzahl Kommunen)': ranking.n,
    });
    expect(String(meta['Quelle'])).toContain(WAVE_2026);
    expect(String(meta['Exportiert am'])).toMatch(/^\d\d\.\d\d\.\d{4}, \d\d:\d\d$/);

    // The map: attribution in the SVG, values by key in the data.
    const map = page.getByTestId('analytics-map');
    await page.getByTestId('map-indicator').selectOption({ label: 'Gesamtindex' });
    const mapSvgFile = await exportChart(page, map, 'export-svg');
    expect(mapSvgFile.name).toMatch(/_karte\.svg$/);
    const mapSvg = await readSvg(page, mapSvgFile.bytes);
    expect(mapSvg.errors).toBe(0);
    expect(mapSvg.texts.some((text) => text.includes('GeoBasis-DE / BKG'))).toBe(true);
    expect(pngSize((await exportChart(page, map, 'export-png')).bytes)).toEqual({
      width: mapSvg.width * 2,
      height: mapSvg.height * 2,
    });
    const mapCsv = parseCsv((await exportChart(page, map, 'export-csv')).bytes.toString('utf8'), ';');
    expect(mapCsv[0]).toEqual(['Region', 'Schlüssel', 'Gesamtindex (Punkte)']);
    for (const entry of scored) {
      expect(mapCsv.find((row) => row[1] === entry.ars)?.[2], entry.name).toBe(german(entry.score));
    }
    const mapXlsx = sheetRows(await readWorkbook((await exportChart(page, map, 'export-xlsx')).bytes), 'Metadaten');
    expect(mapXlsx.find((row) => row[0] === 'Kartengrundlage')?.[1]).toMatch(/GeoBasis-DE \/ BKG/);

    // The heatmap (HTML, not ngx-charts) exports as SVG too.
    const heatmap = page.locator('dc-heatmap');
    const heatSvg = await readSvg(page, (await exportChart(page, heatmap, 'export-svg')).bytes);
    expect(heatSvg.errors).toBe(0);
    expect(heatSvg.texts).toContain(scored[0].name);

    // The export menu is keyboard- and screen-reader-ready.
    await rankingChart.getByTestId('chart-export-toggle').click();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(rankingChart.getByTestId('chart-export-menu')).toHaveCount(0);
    await expect(rankingChart.getByTestId('chart-export-toggle')).toBeFocused();

    // Raw data: Mayen-Koblenz's free text arrives neutralised in CSV and XLSX.
    const rawCsvFile = await download(page, () => page.getByTestId('raw-csv').click());
    expect(rawCsvFile.name).toMatch(/^rp_.*\.csv$/);
    const rawCsv = parseCsv(rawCsvFile.bytes.toString('utf8'), ';');
    const e1 = rawCsv[0].indexOf('E1');
    const keyColumn = rawCsv[0].indexOf('ARS');
    expect(e1).toBeGreaterThan(0);
    const mayenRow = rawCsv.find((row) => row[keyColumn]?.startsWith(MAYEN_KOBLENZ));
    expect(mayenRow?.[e1]).toBe(`'${HYPERLINK}`);

    const rawXlsx = await readWorkbook((await download(page, () => page.getByTestId('raw-xlsx').click())).bytes);
    const rawData = sheetRows(rawXlsx, 'Daten');
    const xlsxE1 = rawData[0].indexOf('E1');
    const mayenXlsx = rawData.find((row) => String(row[keyColumn]).startsWith(MAYEN_KOBLENZ));
    expect(mayenXlsx?.[xlsxE1]).toBe(`'${HYPERLINK}`);
    expect(sheetRows(rawXlsx, 'Codebuch').some((row) => row.includes('E1'))).toBe(true);

    // The Land report as PDF (rendered by Chromium on the server).
    const pdf = await download(page, () => page.getByTestId('report-pdf').click());
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfPath = test.info().outputPath(pdf.name);
    await import('node:fs/promises').then((fs) => fs.writeFile(pdfPath, pdf.bytes));
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Rheinland-Pfalz');
    expect(pdfText).toContain(WAVE_2026);
    expect(pdfText).toMatch(/Seite 1 von \d+/);

    // A Kreis profile: the comparison chart's data equals the profile API.
    const first = scored[0];
    await page.goto(`/auswertung/regionen/${first.ars}?befragung=${wave.id}&land=07&ebene=KREIS`);
    const profile = await apiJson<AnalyticsRegionProfile>(
      page,
      `/api/v1/analytics/waves/${wave.id}/regions/${first.ars}`,
    );
    const profileChart = page.getByTestId('profile-chart');
    await expect(profileChart.locator('svg.ngx-charts')).toBeVisible();
    const profileSvgFile = await exportChart(page, profileChart, 'export-svg');
    expect(profileSvgFile.name).toMatch(/^rp_.*_2026_punkte-im-vergleich\.svg$/);
    const profileSvg = await readSvg(page, profileSvgFile.bytes);
    expect(profileSvg.title).toBe('Punkte im Vergleich');
    expect(profileSvg.texts.some((text) => text.includes(`n = ${profile.index.peers.n} (Vergleichsgruppe)`))).toBe(
      true,
    );
    expect(pngSize((await exportChart(page, profileChart, 'export-png')).bytes)).toEqual({
      width: profileSvg.width * 2,
      height: profileSvg.height * 2,
    });
    const benchmark = (row: AnalyticsProfileScore, key: 'peers' | 'land') =>
      row[key].suppressed ? null : row[key].median;
    const profileRows = [profile.index, ...profile.fields];
    const profileCsv = parseCsv((await exportChart(page, profileChart, 'export-csv')).bytes.toString('utf8'), ';');
    expect(profileCsv[0]).toEqual(['Handlungsfeld', profile.region.name, 'Vergleichsgruppe (Median)', 'Land (Median)']);
    for (const row of profileCsv.slice(1)) {
      const api = profileRows.find((candidate) => candidate.title === row[0]);
      expect(api, row[0]).toBeDefined();
      const score = api as AnalyticsProfileScore;
      expect(row.slice(1)).toEqual([
        german(score.score),
        german(benchmark(score, 'peers')),
        german(benchmark(score, 'land')),
      ]);
    }
    const profileXlsx = sheetRows(
      await readWorkbook((await exportChart(page, profileChart, 'export-xlsx')).bytes),
      'Daten',
    );
    expect(profileXlsx[1]).toEqual([
      profile.index.title,
      rounded(profile.index.score),
      rounded(benchmark(profile.index, 'peers')),
      rounded(benchmark(profile.index, 'land')),
    ]);

    // Every export is in the audit log (the admin reads it).
    const admin = await request.newContext({ baseURL });
    await signInByApi(admin, 'admin@demo.example');
    const audit = async (action: string) =>
      ((await (await admin.get(`/api/v1/audit?action=${action}&limit=100`)).json()) as AuditPage).items;
    const charts = await audit('export.chart');
    const analystCharts = charts.filter((entry) => entry.actorEmail === STATE_ANALYST);
    expect(analystCharts.map((entry) => entry.details['fileName'])).toEqual(
      expect.arrayContaining([svgFile.name, png.name, mapSvgFile.name, profileSvgFile.name]),
    );
    expect(analystCharts.length).toBeGreaterThanOrEqual(14); // ranking 5, map 4, heatmap 1, profile 4
    expect(
      (await audit('export.raw')).filter((entry) => entry.actorEmail === STATE_ANALYST).length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      (await audit('export.report')).filter((entry) => entry.actorEmail === STATE_ANALYST).length,
    ).toBeGreaterThanOrEqual(1);
    await admin.dispose();
    expect(problems).toEqual([]);
  });
});
