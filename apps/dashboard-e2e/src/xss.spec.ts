import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { type FieldRecommendation, MEASURE_EFFORTS, type Recommendations } from '@digitalcheck/shared-contracts';
import { VERBANDSGEMEINDE_EXAMPLE } from '@digitalcheck/shared-scoring/testing';
import { type APIRequestContext, expect, type Locator, type Page, request, test } from '@playwright/test';
import type { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { collapsed, domFindings, expectInert, inspectSvg, watchXss, type XssWatch } from './support/xss-checks';
import { parseCsv, readWorkbook, sheetRows } from './support/export-files';
import { PAYLOAD_LIMITS, PAYLOADS, XSS } from './support/xss-payloads';
import { inviteRespondent, STATE_ANALYST, signIn, signInByApi } from './support/surveys';

/**
 * XSS payloads in every free-text field stay inert in the UI, SVG, PDF, CSV and XLSX (issue 10). The payloads
 * and the table of fields are in support/xss-payloads.ts. Through the API: a wave with a payload title over
 * Mayen-Koblenz, a new respondent (payload display name) answers H2, E1 and E2 with payloads and submits, the
 * analyst reopens with a payload reason, the admin adds a measure with payload texts, the respondent drafts a
 * strategy with payload vision, goal and responsible, the analyst records a chart export with a payload name.
 * Then every page that shows them is opened (respondent, analyst, admin) and must show the payload as text with
 * nothing of it in the DOM, no dialog, no `window.__xss`, no CSP violation; the exports (chart SVG, CSV, XLSX, raw
 * data CSV and XLSX, audit CSV, region, Land and strategy PDF, strategy DOCX) carry it as literal text, every
 * spreadsheet cell that starts like a formula with a leading apostrophe.
 */

const MAYEN_KOBLENZ = '07137';
const INVITEE_PASSWORD = 'ein-sicheres-passwort';
const DAY = 24 * 3600_000;

interface Seed {
  waveId: string;
  responseId: string;
  inviteeEmail: string;
  measureId: string;
  measureCode: string;
}
let seed: Seed;

interface Download {
  name: string;
  bytes: Buffer;
  path: string;
}

async function download(page: Page, trigger: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path), path };
}

async function exportChart(page: Page, chart: Locator, choice: string): Promise<Download> {
  await chart.getByTestId('chart-export-toggle').first().click();
  return download(page, () => chart.getByTestId(choice).first().click());
}

/**
 * The text of a PDF in content order (`-raw`: no joining of a line-final "-" with the next line, which would eat a
 * dash of `<!--`), without whitespace: the printer breaks lines where the payload has none (`</text>|<script>`).
 */
function pdfText(path: string): string {
  return squeezed(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
}

function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every cell of a workbook that holds a formula (none may). */
function formulaCells(workbook: Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === 6 /* ValueType.Formula */ || cell.formula) found.push(`${sheet.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

async function post(context: APIRequestContext, token: string, path: string, data?: unknown) {
  const response = await context.post(path, { data, headers: { 'X-XSRF-TOKEN': token } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

async function put(context: APIRequestContext, token: string, path: string, data: unknown) {
  const response = await context.put(path, { data, headers: { 'X-XSRF-TOKEN': token } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

/** The measure the admin adds: improves everything the field's suggested measures improve, so it is suggested. */
function payloadMeasure(field: FieldRecommendation) {
  const improves = [...new Set(field.measures.flatMap((entry) => entry.measure.improves))];
  return {
    code: `${field.field}-99`,
    field: field.field,
    title: PAYLOADS.measureTitle,
    description: PAYLOADS.measureDescription,
    effort: MEASURE_EFFORTS[0],
    costMin: 0,
    costMax: 5000,
    prerequisite: null,
    improves,
    example: { title: PAYLOADS.exampleTitle, description: PAYLOADS.exampleDescription },
  };
}

/** The payload as the audit log page shows it inside its JSON details. */
function asJson(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Opens an exported SVG as a document of its own (no CSP): a script or handler in it would run here. */
async function openSvgAsDocument(page: Page, baseURL: string, svg: string, watch: XssWatch): Promise<void> {
  const url = `${baseURL}/__xss-export.svg`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }));
  await page.goto(url);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('script, foreignObject').length)).toBe(0);
  expect(watch.dialogs).toEqual([]);
  await page.unroute(url);
}

test.describe.serial('XSS in Freitextfeldern bleibt wirkungslos', () => {
  test('Die Prüfungen schlagen an, wenn eine Nutzlast doch ins DOM gelangt (Gegenprobe)', async ({ page, baseURL }) => {
    const watch = await watchXss(page);
    await page.goto('/anmelden');
    await expectInert(page, watch, 'sign-in page');
    await page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      `${XSS.img}<svg onload="window.__xss=1"></svg><a href="${XSS.javascriptUrl}">x</a>`,
    );
    await expect.poll(async () => (await domFindings(page)).cspViolations.length).toBeGreaterThan(0);
    const findings = await domFindings(page);
    expect(findings).toMatchObject({ xss: undefined, imgX: 1, injectedSvg: 1, javascriptUrls: 1 });
    expect(findings.handlerAttributes).toEqual(['img[onerror]', 'svg[onload]']);
    // The CSP (no inline scripts) is the second line: it blocked the handler, and says so.
    expect(findings.cspViolations[0]).toMatch(/^script-src/);
    await expect.poll(() => watch.consoleCsp.length).toBeGreaterThan(0);

    // An SVG opened as a document of its own (as openSvgAsDocument does) runs its scripts: the check there bites.
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg"><script>window.__xss=1</script></svg>`;
    const url = `${baseURL}/__xss-hostile.svg`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: hostile }));
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
  });

  test('Freitexte mit Nutzlasten über die API anlegen', async ({ baseURL }) => {
    test.setTimeout(90_000);
    for (const [field, payload] of Object.entries(PAYLOADS)) {
      expect(payload.length, field).toBeLessThanOrEqual(PAYLOAD_LIMITS[field as keyof typeof PAYLOADS]);
    }
    const analyst = await request.newContext({ baseURL });
    const analystToken = await signInByApi(analyst, STATE_ANALYST);
    const now = Date.now();
    const wave = await post(analyst, analystToken, '/api/v1/waves', {
      title: PAYLOADS.waveTitle,
      questionnaireId: 'digitale-kommune',
      questionnaireVersion: 1,
      regionArs: [MAYEN_KOBLENZ],
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 30 * DAY).toISOString(),
    });
    const inviteeEmail = `xss-${now}@kreis-mayen-koblenz.example`;
    const invitee = await request.newContext({ baseURL });
    await inviteRespondent(analyst, invitee, analystToken, {
      email: inviteeEmail,
      password: INVITEE_PASSWORD,
      displayName: PAYLOADS.displayName,
      regionArs: MAYEN_KOBLENZ,
    });
    await invitee.dispose();

    // The new respondent answers everything, the text questions with payloads, and submits.
    const respondent = await request.newContext({ baseURL });
    const token = await signInByApi(respondent, inviteeEmail, INVITEE_PASSWORD);
    const response = await post(respondent, token, `/api/v1/waves/${wave.id}/regions/${MAYEN_KOBLENZ}/response`);
    const answers = {
      ...VERBANDSGEMEINDE_EXAMPLE,
      H2: PAYLOADS.h2,
      E1: PAYLOADS.e1,
      E2: { text: PAYLOADS.e2, consentToPublish: true },
    };
    for (const [code, value] of Object.entries(answers)) {
      await put(respondent, token, `/api/v1/responses/${response.id}/answers/${code}`, {
        value,
        baseVersion: 0,
        operationId: crypto.randomUUID(),
      });
    }
    await post(respondent, token, `/api/v1/responses/${response.id}/submit`);

    // Reopened with a payload reason, submitted again.
    await post(analyst, analystToken, `/api/v1/responses/${response.id}/reopen`, { reason: PAYLOADS.reopenReason });
    await post(respondent, token, `/api/v1/responses/${response.id}/submit`);

    // A chart export recorded under a payload name (the browser sends the chart's heading).
    await post(analyst, analystToken, '/api/v1/exports/records', {
      format: 'svg',
      chart: PAYLOADS.chartName,
      fileName: 'rp_xss-test.svg',
      waveId: wave.id,
    });
    await analyst.dispose();

    // The admin adds a measure with payload texts where it is suggested to Mayen-Koblenz.
    const before: Recommendations = await (
      await respondent.get(`/api/v1/responses/${response.id}/recommendations`)
    ).json();
    const field = before.fields.find((candidate) => candidate.measures.length > 0) as FieldRecommendation;
    expect(field).toBeDefined();
    const admin = await request.newContext({ baseURL });
    const adminToken = await signInByApi(admin, 'admin@demo.example');
    const measure = await post(admin, adminToken, '/api/v1/measures', payloadMeasure(field));
    await admin.dispose();
    const after: Recommendations = await (
      await respondent.get(`/api/v1/responses/${response.id}/recommendations`)
    ).json();
    const suggested = after.fields.find((candidate) => candidate.field === field.field);
    expect(suggested?.measures.map((entry) => entry.measure.id)).toContain(measure.id);

    // The strategy draft with payload vision, goal and responsible.
    await put(respondent, token, `/api/v1/responses/${response.id}/strategy`, {
      baseVersion: 0,
      content: {
        focusFields: [field.field],
        vision: PAYLOADS.vision,
        measures: [
          {
            measureId: measure.id,
            goal: PAYLOADS.goal,
            responsible: PAYLOADS.responsible,
            startMonth: '2027-01',
            endMonth: '2027-12',
            budgetEur: 15000,
          },
        ],
      },
    });
    await respondent.dispose();
    seed = {
      waveId: wave.id,
      responseId: response.id,
      inviteeEmail,
      measureId: measure.id,
      measureCode: measure.code,
    };
  });

  test('Befragte: Formular, Ergebnis, Empfehlungen, Strategie als PDF und DOCX', async ({ page }) => {
    test.setTimeout(120_000);
    const watch = await watchXss(page);
    await signIn(page, seed.inviteeEmail, INVITEE_PASSWORD);
    await expect(page.getByTestId('account-toggle')).toContainText(collapsed(PAYLOADS.displayName));
    await expectInert(page, watch, 'account menu');

    await page.goto('/selbsteinschaetzung');
    await expect(page.getByText(PAYLOADS.waveTitle).first()).toBeVisible();
    await expectInert(page, watch, 'start page');

    const id = seed.responseId;
    await page.goto(`/selbsteinschaetzung/${id}/abschnitt/H`);
    await expect(page.getByLabel(/^H2 /)).toHaveValue(PAYLOADS.h2);
    await expectInert(page, watch, 'section H');
    await page.goto(`/selbsteinschaetzung/${id}/abschnitt/E`);
    await expect(page.getByLabel(/^E1 /)).toHaveValue(PAYLOADS.e1);
    await expect(page.getByLabel(/^E2 /)).toHaveValue(PAYLOADS.e2);
    await expectInert(page, watch, 'section E');

    await page.goto(`/selbsteinschaetzung/${id}/ergebnis`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis der Selbsteinschätzung');
    await expectInert(page, watch, 'result page');

    await page.goto(`/selbsteinschaetzung/${id}/empfehlungen`);
    const measure = page.getByTestId(`measure-${seed.measureCode}`);
    await expect(measure.getByText(PAYLOADS.measureTitle).first()).toBeVisible();
    await expect(measure.getByText(PAYLOADS.measureDescription).first()).toBeVisible();
    await expect(measure.getByText(PAYLOADS.exampleTitle).first()).toBeVisible();
    await expect(measure.getByText(PAYLOADS.exampleDescription).first()).toBeVisible();
    await expect(page.getByTestId('vision')).toHaveValue(PAYLOADS.vision);
    const plan = page.getByTestId(`plan-${seed.measureCode}`);
    await expect(plan.getByTestId('plan-goal')).toHaveValue(PAYLOADS.goal);
    await expect(plan.getByTestId('plan-responsible')).toHaveValue(PAYLOADS.responsible);
    await expectInert(page, watch, 'recommendations page');

    const pdf = await download(page, () => page.getByTestId('export-pdf').click());
    const text = pdfText(pdf.path);
    await writeFile(test.info().outputPath('strategy-pdf.txt'), text);
    for (const payload of [PAYLOADS.vision, PAYLOADS.goal, PAYLOADS.responsible, PAYLOADS.measureTitle]) {
      expect(text).toContain(squeezed(payload));
    }
    expect(text).toContain(squeezed(PAYLOADS.measureDescription));
    const docx = await docxText((await download(page, () => page.getByTestId('export-docx').click())).path);
    for (const payload of [PAYLOADS.vision, PAYLOADS.goal, PAYLOADS.responsible, PAYLOADS.measureTitle]) {
      expect(docx).toContain(payload);
    }
    await expectInert(page, watch, 'recommendations page after exports');
  });

  test('Analyst: Befragungen, Auswertung, Berichte, Rohdaten, geplante Maßnahmen, Konten, Protokoll', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const watch = await watchXss(page);
    await signIn(page, STATE_ANALYST);
    const wave = seed.waveId;

    await page.goto('/verwaltung/befragungen');
    await expect(page.getByRole('link', { name: PAYLOADS.waveTitle })).toBeVisible();
    await expectInert(page, watch, 'wave list');
    await page.goto(`/verwaltung/befragungen/${wave}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAYLOADS.waveTitle);
    await expectInert(page, watch, 'wave detail');

    // Overview: the wave in the filter; raw data and the Land report.
    await page.goto(`/auswertung?befragung=${wave}&land=07&ebene=KREIS`);
    await expect(page.getByTestId('raw-csv')).toBeVisible();
    await expect(page.locator('option').filter({ hasText: PAYLOADS.waveTitle }).first()).toBeAttached();
    await expectInert(page, watch, 'analytics overview');
    const rawCsv = parseCsv((await download(page, () => page.getByTestId('raw-csv').click())).bytes.toString(), ';');
    const ars = rawCsv[0].indexOf('ARS');
    const row = rawCsv.find((cells) => cells[ars]?.startsWith(MAYEN_KOBLENZ)) as string[];
    expect(row).toBeDefined();
    expect(row[rawCsv[0].indexOf('H2')]).toBe(`'${PAYLOADS.h2}`);
    expect(row[rawCsv[0].indexOf('E1')]).toBe(`'${PAYLOADS.e1}`);
    expect(row[rawCsv[0].indexOf('E2')]).toBe(`'${PAYLOADS.e2}`);

    const rawXlsx = await readWorkbook((await download(page, () => page.getByTestId('raw-xlsx').click())).bytes);
    const data = sheetRows(rawXlsx, 'Daten');
    const xlsxRow = data.find((cells) => String(cells[data[0].indexOf('ARS')]).startsWith(MAYEN_KOBLENZ)) as unknown[];
    expect(xlsxRow[data[0].indexOf('H2')]).toBe(`'${PAYLOADS.h2}`);
    expect(xlsxRow[data[0].indexOf('E1')]).toBe(`'${PAYLOADS.e1}`);
    expect(xlsxRow[data[0].indexOf('E2')]).toBe(`'${PAYLOADS.e2}`);
    const rawMeta = Object.fromEntries(sheetRows(rawXlsx, 'Metadaten').map((cells) => [cells[0], cells[1]]));
    expect(rawMeta['Befragung']).toBe(`'${PAYLOADS.waveTitle}`);
    expect(formulaCells(rawXlsx)).toEqual([]);

    const landPdf = await download(page, () => page.getByTestId('report-pdf').click());
    expect(pdfText(landPdf.path)).toContain(squeezed(PAYLOADS.waveTitle));

    // The region profile and its report.
    await page.goto(`/auswertung/regionen/${MAYEN_KOBLENZ}?befragung=${wave}&land=07&ebene=KREIS`);
    await expect(page.getByTestId('report-pdf')).toBeVisible();
    await expectInert(page, watch, 'region profile');
    const regionPdf = await download(page, () => page.getByTestId('report-pdf').click());
    const regionText = pdfText(regionPdf.path);
    await writeFile(test.info().outputPath('region-pdf.txt'), regionText);
    expect(regionText).toContain(squeezed(PAYLOADS.waveTitle));

    // Planned measures: the payload measure in table and chart; the chart's SVG, CSV and XLSX.
    await page.goto(`/auswertung/strategien?befragung=${wave}&land=07&ebene=KREIS`);
    await expect(page.getByTestId('plans-measures-table').getByText(PAYLOADS.measureTitle)).toBeVisible();
    await expectInert(page, watch, 'strategy plans');
    const chart = page.getByTestId('plans-measures-chart');
    await expect(chart.locator('svg.ngx-charts')).toBeVisible();
    // The bar's tooltip (ngx-charts puts it into an overlay at the end of the body).
    await chart.locator('svg.ngx-charts path.bar').first().hover({ timeout: 10_000 });
    await expect(page.getByText(`${PAYLOADS.measureTitle}: 1`, { exact: true })).toBeVisible();
    await expectInert(page, watch, 'plans chart tooltip');
    await page.mouse.move(0, 0);
    const svgFile = await exportChart(page, chart, 'export-svg');
    const svgSource = svgFile.bytes.toString('utf8');
    const svg = await inspectSvg(page, svgSource);
    expect(svg).toMatchObject({
      parseErrors: 0,
      scripts: 0,
      foreignObjects: 0,
      htmlElements: [],
      handlerAttributes: [],
      javascriptUrls: 0,
    });
    expect(svg.desc).toContain(PAYLOADS.waveTitle);
    expect(svg.text).toContain(PAYLOADS.measureTitle); // the bar's tooltip title (ngx-charts)
    expect(collapsed(svg.text)).toContain(collapsed(PAYLOADS.waveTitle));
    expect(svgSource).not.toMatch(/<(img|script|foreignObject)\b/i);
    expect(svgSource).toContain('&lt;img src=x onerror=');

    const chartCsv = parseCsv((await exportChart(page, chart, 'export-csv')).bytes.toString('utf8'), ';');
    expect(chartCsv.slice(1).map((cells) => cells[0])).toContain(`'${PAYLOADS.measureTitle}`);
    const chartXlsx = await readWorkbook((await exportChart(page, chart, 'export-xlsx')).bytes);
    expect(sheetRows(chartXlsx, 'Daten').map((cells) => cells[0])).toContain(`'${PAYLOADS.measureTitle}`);
    const chartMeta = Object.fromEntries(sheetRows(chartXlsx, 'Metadaten').map((cells) => [cells[0], cells[1]]));
    expect(chartMeta['Befragung']).toBe(`'${PAYLOADS.waveTitle}`);
    expect(formulaCells(chartXlsx)).toEqual([]);
    await expectInert(page, watch, 'strategy plans after exports');

    // Accounts: the display name.
    await page.goto('/verwaltung/benutzer');
    await page.getByLabel('Name oder E-Mail-Adresse').fill(seed.inviteeEmail);
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(
      page.getByTestId('users-table').getByRole('rowheader', { name: PAYLOADS.displayName, exact: true }),
    ).toBeVisible();
    await expectInert(page, watch, 'users page');

    // Audit log: the reopen reason and the chart name in the details, and in the CSV.
    // Filtered by action, so entries of other specs on the same server do not push them off the first page.
    await page.goto('/verwaltung/protokoll');
    const table = page.getByTestId('audit-table');
    await page.getByLabel('Aktion').fill('export.chart');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(table).toContainText(asJson(PAYLOADS.chartName));
    await expectInert(page, watch, 'audit log (export.chart)');
    await page.getByLabel('Aktion').fill('response.reopened');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(table).toContainText(asJson(PAYLOADS.reopenReason));
    await expectInert(page, watch, 'audit log (response.reopened)');
    const auditCsv = parseCsv(
      (await download(page, () => page.getByTestId('audit-export').click())).bytes.toString(),
      ';',
    );
    const details = auditCsv[0].indexOf('Details');
    const reasons = auditCsv.slice(1).map((cells) => JSON.parse(cells[details]).reason);
    expect(reasons).toContain(PAYLOADS.reopenReason);

    // The exported SVG as a document of its own, without the app's CSP.
    await openSvgAsDocument(page, baseURL as string, svgSource, watch);
    expect(watch.consoleCsp).toEqual([]);
  });

  test('Verwaltung: Maßnahmenkatalog mit Liste und Formular', async ({ page }) => {
    const watch = await watchXss(page);
    await signIn(page, 'admin@demo.example');
    await page.goto('/verwaltung/massnahmen');
    const group = page.getByTestId(`measures-${seed.measureCode.slice(0, 3)}`);
    await expect(group.getByRole('rowheader', { name: PAYLOADS.measureTitle })).toBeVisible();
    await expectInert(page, watch, 'measures list');
    await page.getByTestId(`edit-${seed.measureCode}`).click();
    const form = page.getByTestId('measure-form');
    await expect(form.getByTestId('measure-form-title')).toHaveValue(PAYLOADS.measureTitle);
    await expect(form.getByTestId('measure-form-description')).toHaveValue(PAYLOADS.measureDescription);
    await expect(form.getByTestId('measure-form-exampleTitle')).toHaveValue(PAYLOADS.exampleTitle);
    await expect(form.getByTestId('measure-form-exampleDescription')).toHaveValue(PAYLOADS.exampleDescription);
    await expectInert(page, watch, 'measure form');
  });
});
