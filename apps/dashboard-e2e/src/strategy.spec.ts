import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type {
  FieldRecommendation,
  Measure,
  Recommendations,
  StrategyDraft,
  StrategyPlans,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { type Download, expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { attachScreenshot, expectNoAxeViolations, watchConsole } from './support/pages';
import { STATE_ANALYST, signIn } from './support/surveys';

/**
 * From assessment to strategy (issue 9) on the demo data: the Mayen-Koblenz respondent, whose 2024 response is
 * submitted, opens the recommendations from the result page, picks two focus fields and a measure in each, writes
 * goals, reloads and finds everything again, and downloads the draft as DOCX and PDF with these choices inside
 * (text extraction). The RLP analyst's state view counts the draft; the admin's catalogue page edits measures.
 * axe (WCAG 2.1 AA) on every new page.
 */

const TITLE_2024 = 'Digitalcheck Rheinland-Pfalz 2024';
const MAYEN_KOBLENZ = '07137';
const RESPONDENT = 'mayen-koblenz@demo.example';
const VISION = 'Bis 2030 sind alle Verwaltungsleistungen des Kreises online erreichbar.';
const GOAL = 'Zwanzig Online-Dienste bis Ende 2027';
const RESPONSIBLE = 'Hauptamt, Frau Beispiel';

async function waveId(page: Page): Promise<string> {
  const waves: WaveSummary[] = await (await page.request.get('/api/v1/waves')).json();
  const wave = waves.find((w) => w.title === TITLE_2024);
  expect(wave).toBeDefined();
  return (wave as WaveSummary).id;
}

async function download(page: Page, testId: string): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { file, path };
}

/** The text of a DOCX: word/document.xml without its tags. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml).toBeDefined();
  return (xml as string)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** What the respondent chose; the analyst's test checks the counts against it. */
const chosen: { fields: FieldRecommendation[]; measures: Measure[] } = { fields: [], measures: [] };

test.describe.serial('Empfehlungen und Strategieentwurf', () => {
  test('Die Befragte wählt Fokusfelder und Maßnahmen, der Entwurf übersteht ein Neuladen und exportiert', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    await signIn(page, RESPONDENT);
    const wave = await waveId(page);
    const mine: { regionArs: string; responseId: string | null; status: string | null }[] = await (
      await page.request.get(`/api/v1/waves/${wave}/responses/mine`)
    ).json();
    const own = mine.find((entry) => entry.regionArs.startsWith(MAYEN_KOBLENZ));
    expect(own?.status).toMatch(/submitted|published/);
    const responseId = own?.responseId as string;

    await page.goto(`/selbsteinschaetzung/${responseId}/ergebnis`);
    await page.getByRole('link', { name: 'Empfehlungen und Strategieentwurf' }).click();
    await expect(page).toHaveURL(new RegExp(`/selbsteinschaetzung/${responseId}/empfehlungen$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Empfehlungen und Strategieentwurf');
    await expect(page).toHaveTitle('Empfehlungen und Strategieentwurf – Digitalcheck Kommune');

    const recommendations: Recommendations = await (
      await page.request.get(`/api/v1/responses/${responseId}/recommendations`)
    ).json();
    await expect(page.getByTestId('formula')).toHaveText(recommendations.formula);
    await expect(page.getByTestId('ranking').locator('h3')).toHaveText(
      recommendations.fields.map((field) => `${field.rank}. ${field.title}`),
    );
    const urgencies = recommendations.fields.map((field) => field.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a));
    await expect(page.getByTestId('field-reason').first()).toHaveText(recommendations.fields[0].reason);
    await expectNoAxeViolations(page);

    // The two most urgent fields that have measures, and the first measure of each.
    chosen.fields = recommendations.fields.filter((field) => field.measures.length > 0).slice(0, 2);
    expect(chosen.fields).toHaveLength(2);
    chosen.measures = chosen.fields.map((field) => field.measures[0].measure);
    for (const field of chosen.fields) {
      await page.getByTestId(`field-${field.field}`).getByTestId('focus-checkbox').check();
    }
    await expect(page.getByTestId('focus-count')).toHaveText('2 Fokusfelder gewählt.');
    for (const measure of chosen.measures) {
      await page.getByTestId(`measure-${measure.code}`).getByTestId('measure-checkbox').check();
    }
    await page.getByTestId('vision').fill(VISION);
    const plan = page.getByTestId(`plan-${chosen.measures[0].code}`);
    await plan.getByTestId('plan-goal').fill(GOAL);
    await plan.getByTestId('plan-responsible').fill(RESPONSIBLE);
    await plan.getByTestId('plan-start').fill('2027-01');
    await plan.getByTestId('plan-end').fill('2027-12');
    await plan.getByTestId('plan-budget').fill('15000');
    await expect(page.getByTestId('save-status')).toHaveText(/^Gespeichert um \d\d:\d\d$/, { timeout: 15_000 });
    await expectNoAxeViolations(page);
    await attachScreenshot(page, test.info(), 'empfehlungen');

    // A fourth focus field is named and not saved.
    const others = recommendations.fields.filter((field) => !chosen.fields.includes(field)).slice(0, 2);
    if (others.length === 2) {
      for (const field of others) await page.getByTestId(`field-${field.field}`).getByTestId('focus-checkbox').check();
      await expect(page.getByTestId('focus-too-many')).toContainText('Sie haben 4 Fokusfelder gewählt.');
      await expect(page.getByTestId('save-error')).toContainText('höchstens drei sind möglich');
      for (const field of others)
        await page.getByTestId(`field-${field.field}`).getByTestId('focus-checkbox').uncheck();
      await expect(page.getByTestId('save-status')).toHaveText(/^Gespeichert um \d\d:\d\d$/, { timeout: 15_000 });
    }

    await page.reload();
    await expect(page.getByTestId('vision')).toHaveValue(VISION);
    for (const field of chosen.fields) {
      await expect(page.getByTestId(`field-${field.field}`).getByTestId('focus-checkbox')).toBeChecked();
    }
    const reloaded = page.getByTestId(`plan-${chosen.measures[0].code}`);
    await expect(reloaded.getByTestId('plan-goal')).toHaveValue(GOAL);
    await expect(reloaded.getByTestId('plan-responsible')).toHaveValue(RESPONSIBLE);
    await expect(reloaded.getByTestId('plan-start')).toHaveValue('2027-01');
    await expect(reloaded.getByTestId('plan-end')).toHaveValue('2027-12');
    await expect(reloaded.getByTestId('plan-budget')).toHaveValue('15000');
    await expect(page.getByTestId(`plan-${chosen.measures[1].code}`)).toBeVisible();
    await expect(page.getByTestId('versions-list').locator('li').first()).toContainText(/^Fassung \d+ – /);

    const docx = await download(page, 'export-docx');
    expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
    const docxContent = await docxText(docx.path);
    await writeFile(test.info().outputPath('strategy-docx.txt'), docxContent);
    for (const text of [
      'Mayen-Koblenz',
      VISION,
      GOAL,
      RESPONSIBLE,
      ...chosen.fields.map((f) => f.title),
      ...chosen.measures.map((m) => m.title),
    ]) {
      expect(docxContent).toContain(text);
    }

    const pdf = await download(page, 'export-pdf');
    expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfText = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    await writeFile(test.info().outputPath('strategy-pdf.txt'), pdfText);
    for (const text of ['Mayen-Koblenz', VISION, GOAL, RESPONSIBLE, ...chosen.measures.map((m) => m.title)]) {
      expect(pdfText).toContain(text.replace(/\s+/g, ' '));
    }
    await expect(page.getByTestId('export-error')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('Die Landesansicht zählt die geplanten Fokusfelder und Maßnahmen', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, STATE_ANALYST);
    const wave = await waveId(page);
    await page.goto(`/auswertung/strategien?befragung=${wave}&land=07&ebene=KREIS`);
    await expect(page.getByTestId('plans-heading')).toHaveText('Geplante Maßnahmen in Rheinland-Pfalz');
    await expect(page.getByRole('link', { name: 'Geplante Maßnahmen' })).toHaveAttribute('aria-current', 'page');
    const plans: StrategyPlans = await (
      await page.request.get(`/api/v1/analytics/waves/${wave}/strategy-plans?landArs=07`)
    ).json();
    expect(plans.drafts).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('plans-drafts')).toHaveText(
      plans.drafts === 1 ? '1 Strategieentwurf mit Fokusfeldern' : `${plans.drafts} Strategieentwürfe mit Fokusfeldern`,
    );
    const fieldRows = page.getByTestId('plans-fields-table').locator('tbody tr');
    await expect(fieldRows).toHaveText(
      plans.fields.map((f) => new RegExp(`^\\s*${escape(f.title)}\\s*${f.count}\\s*$`)),
    );
    const measureRows = page.getByTestId('plans-measures-table').locator('tbody tr');
    await expect(measureRows).toHaveCount(plans.measures.length);
    // The respondent's draft is counted: each chosen field and measure at least once.
    for (const field of chosen.fields) {
      expect(plans.fields.find((f) => f.field === field.field)?.count ?? 0).toBeGreaterThanOrEqual(1);
    }
    for (const measure of chosen.measures) {
      const row = plans.measures.find((m) => m.measureId === measure.id);
      expect(row?.count ?? 0).toBeGreaterThanOrEqual(1);
      await expect(measureRows.filter({ hasText: measure.title })).toContainText(String(row?.count));
    }
    await expect(page.getByTestId('plans-fields-chart')).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, test.info(), 'strategien');
    expect(problems).toEqual([]);
  });

  test('Der Maßnahmenkatalog: Liste je Handlungsfeld, Bearbeiten mit Feldfehlern', async ({ page }) => {
    const problems = watchConsole(page);
    await signIn(page, 'admin@demo.example');
    await page.getByTestId('account-toggle').click();
    await page.getByRole('link', { name: 'Maßnahmenkatalog' }).click();
    await expect(page).toHaveURL(/\/verwaltung\/massnahmen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmenkatalog');
    await expect(page.locator('.dc-measure-group h2')).toHaveCount(9);
    await expectNoAxeViolations(page);
    const first = page.locator('[data-testid^="edit-"]').first();
    await first.click();
    const form = page.getByTestId('measure-form');
    await form.getByTestId('measure-form-prerequisite').fill('{"q": "GIBT-ES-NICHT", "in": ["a"]}');
    await form.getByTestId('measure-save').click();
    await expect(page.locator('#dc-measure-prerequisite-error')).toContainText('Die Voraussetzung passt nicht');
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, test.info(), 'massnahmen');
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
  });

  test('Zwei Personen am selben Entwurf: die andere Fassung wird gezeigt, die eigene bleibt auf Wunsch', async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await signIn(page, RESPONDENT);
    const wave = await waveId(page);
    const mine: { regionArs: string; responseId: string | null }[] = await (
      await page.request.get(`/api/v1/waves/${wave}/responses/mine`)
    ).json();
    const responseId = mine.find((entry) => entry.regionArs.startsWith(MAYEN_KOBLENZ))?.responseId as string;
    await page.goto(`/selbsteinschaetzung/${responseId}/empfehlungen`);
    await expect(page.getByTestId('vision')).toHaveValue(VISION);

    // A colleague saves meanwhile (same account's session on the API, as a second tab would).
    const draft: StrategyDraft = await (await page.request.get(`/api/v1/responses/${responseId}/strategy`)).json();
    const { csrfToken } = await (await page.request.get('/api/v1/auth/session')).json();
    const colleague = await page.request.put(`/api/v1/responses/${responseId}/strategy`, {
      data: { baseVersion: draft.version, content: { ...draft.content, vision: 'Fassung der Kollegin' } },
      headers: { 'X-XSRF-TOKEN': csrfToken },
    });
    expect(colleague.status()).toBe(200);

    await page.getByTestId('vision').fill('Meine neue Fassung');
    const conflict = page.getByTestId('conflict');
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(conflict.getByTestId('conflict-theirs')).toContainText('Fassung der Kollegin');
    await expect(page.getByTestId('vision')).toHaveValue('Meine neue Fassung');
    await expectNoAxeViolations(page);
    await attachScreenshot(page, test.info(), 'konflikt');
    await page.getByTestId('keep-mine').click();
    await expect(page.getByTestId('save-status')).toHaveText(/^Gespeichert um \d\d:\d\d$/, { timeout: 15_000 });
    await page.reload();
    await expect(page.getByTestId('vision')).toHaveValue('Meine neue Fassung');
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
