import {
  type AnswerValue,
  DIGITALE_KOMMUNE_V1,
  type QuestionDefinition,
  maturityLevelName,
  roundScoreForDisplay,
  scoreResponse,
} from '@digitalcheck/shared-scoring';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, waitForAnimations, watchConsole } from './support/pages';
import { answerQuestion, answerQuestionByKeyboard, expectAnswer, questionControl } from './support/question-answers';
import {
  STATE_ANALYST,
  expectSaved,
  inviteRespondent,
  openWave,
  responseIdOf,
  signIn,
  signInByApi,
  signOut,
  tabInto,
} from './support/surveys';

/**
 * The whole default questionnaire (56 questions, every question type) in two sittings, with a reload and a new
 * sign-in between them, a condition, inline validation, the review with an open required question, the submit
 * and the result. The respondent is a person invited for the Rhein-Hunsrück-Kreis (07140), a Kreis no other
 * spec uses; the wave is found by its unique title.
 */
const REGION = { ars: '07140', name: 'Rhein-Hunsrück-Kreis', population: 102_937, populationDate: '2018-12-31' };

const QUESTIONS = new Map(
  DIGITALE_KOMMUNE_V1.sections.flatMap((section) => section.questions).map((q) => [q.code, q] as const),
);
const question = (code: string): QuestionDefinition => {
  const found = QUESTIONS.get(code);
  if (!found) throw new Error(`no question ${code}`);
  return found;
};

/** Prefilled from the account (S1, 12-digit ARS) and from the reference data (S3, with its reference date). */
const PREFILLED: Record<string, AnswerValue> = {
  S1: `${REGION.ars}0000000`,
  S3: { value: REGION.population, referenceDate: REGION.populationDate },
};

/** First sitting: Stammdaten (but S4), Strategie & Steuerung by keyboard, Hemmnisse … and half of Bildung. */
const FIRST_SITTING: Record<string, AnswerValue> = {
  S2: 'landkreis',
  A1: 'c',
  A2: ['VER', 'INF'],
  A3: 'ja',
  A4: 2.5,
  A5: 'nein',
  A6: 'weissNicht',
  A7: '4',
  A8: '2',
  A9: ['nachbarkommunen', 'itDienstleister', 'land'],
  A10: '3',
  P1: { VER: '5', INF: '4', BIL: '3', WIR: '3', TOU: 'nichtRelevant', SEN: '2', SOZ: '3', ORT: '4', ALL: '5' },
  H1: { a: '2', b: '5', c: '4', d: '3', e: '2', f: '4', g: '3', h: '2', i: '1', j: '2', k: '3' },
  H2: 'Alte Fachverfahren ohne offene Schnittstellen',
  H3: ['foerdermittel', 'austausch'],
  V1: '10bis49',
  V2: 'einige',
  V3: 'inUmsetzung',
  V4: ['terminbuchung', 'onlineBezahlung', 'nutzerkonto'],
  V5: 'einsDavon',
  V6: '4',
  I1: 85,
  I2: 'vereinzelt',
  I3: 'teilweise',
  I4: 'keineSchultraegerschaft',
  B1: 'nichtZutreffend',
  B2: ['medienkompetenz', 'makerspace'],
};

/** Second sitting: the rest, then S4 from the review page. */
const SECOND_SITTING: Record<string, AnswerValue> = {
  B3: 'ja',
  B4: '3',
  W1: ['keineDavon'],
  W2: 'geplant',
  W3: 'keinThema',
  T1: 'vollstaendig',
  T2: ['website', 'touren'],
  T3: 'ja',
  G1: 'teilweise',
  G2: 'geplant',
  G3: '2',
  G4: '5',
  Z1: 'inUmsetzung',
  Z2: 'teilweise',
  Z3: '3',
  O1: 'vollstaendig',
  O2: 'keinThema',
  O3: ['raumbuchung'],
  O4: 'geplant',
  L1: ['aktuell', 'mobil', 'barrierefreiheit'],
  L2: 'nichtZutreffend',
  L3: ['socialMedia', 'amtsblatt', 'newsletter'],
  L4: ['keineDavon'],
  L5: '2',
  E1: 'Digitale Bauantragsstrecke',
  E2: { text: 'Smartphone-Sprechstunde in der Kreisbücherei', consentToPublish: true },
};
const S4 = 'digitalbeauftragte';
const ALL_ANSWERS: Record<string, AnswerValue> = { ...PREFILLED, ...FIRST_SITTING, ...SECOND_SITTING, S4 };

/** The codes of one section, in questionnaire order, that `answers` gives a value. */
const answersOf = (section: string, answers: Record<string, AnswerValue>): [QuestionDefinition, AnswerValue][] =>
  (DIGITALE_KOMMUNE_V1.sections.find((s) => s.code === section)?.questions ?? [])
    .filter((q) => answers[q.code] !== undefined)
    .map((q) => [q, answers[q.code]]);

async function answerSection(page: Page, section: string, answers: Record<string, AnswerValue>): Promise<void> {
  for (const [q, value] of answersOf(section, answers)) await answerQuestion(page, q, value);
}

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'Weiter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** The stored answer values of the response (GET /api/v1/responses/{id}), without cleared ones. */
async function storedAnswers(page: Page, responseId: string): Promise<Record<string, AnswerValue>> {
  const response = await page.request.get(`/api/v1/responses/${responseId}`);
  expect(response.status()).toBe(200);
  const { answers } = (await response.json()) as { answers: Record<string, { value: AnswerValue }> };
  return Object.fromEntries(
    Object.entries(answers)
      .filter(([, answer]) => answer.value !== null)
      .map(([code, answer]) => [code, answer.value]),
  );
}

/** "Stammdaten 3 von 4 beantwortet" per section, from answered/visible counts in questionnaire order. */
const progressLines = (counts: [number, number][], separator = ' ') =>
  DIGITALE_KOMMUNE_V1.sections.map((s, i) => `${s.title}${separator}${counts[i][0]} von ${counts[i][1]} beantwortet`);

test.describe('Selbsteinschätzung, vollständig', () => {
  test('eine Kommune beantwortet den ganzen Fragebogen in zwei Sitzungen, prüft, sendet ab und sieht ihr Ergebnis', async ({
    page,
    request,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const title = `Vollständiger Fragebogen E2E ${stamp}`;
    const respondent = {
      email: `digitalisierung-${stamp}@rhein-hunsrueck.example`,
      password: 'rhein-hunsrueck-2026',
      displayName: 'Digitalbeauftragte Rhein-Hunsrück',
      regionArs: REGION.ars,
    };

    // The state analyst opens a wave over the Kreis and invites the respondent.
    const csrfToken = await signInByApi(request, STATE_ANALYST);
    await openWave(request, csrfToken, title, [REGION.ars]);
    const invitee = await playwright.request.newContext({ baseURL });
    await inviteRespondent(request, invitee, csrfToken, respondent);
    await invitee.dispose();

    const problems = watchConsole(page);
    const i1Saves: unknown[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().endsWith('/answers/I1')) i1Saves.push(r.postDataJSON().value);
    });

    // ---- First sitting ------------------------------------------------------------------------------------
    await signIn(page, respondent.email, respondent.password);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Selbsteinschätzung' })
      .click();
    const wave = page.getByRole('region', { name: title });
    await wave.getByRole('button', { name: 'Beginnen' }).click();

    // Stammdaten: S1 comes from the account, S3 with its reference date from the reference data.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stammdaten');
    const responseId = responseIdOf(page);
    await expect(page.getByLabel(/^S1 /)).toHaveValue('071400000000');
    await expect(page.getByLabel(/^S3 /)).toHaveValue('102.937');
    await expect(page.getByLabel('Stichtag (optional)')).toHaveValue(REGION.populationDate);
    await answerSection(page, 'S', FIRST_SITTING);
    await expectSaved(page);
    await next(page, 'Strategie & Steuerung');

    // Strategie & Steuerung with the keyboard alone: every control is reached with Tab and set with the arrow keys,
    // Space or typing. A2 is shown only while A1 is a, b or c.
    const a2 = questionControl(page, question('A2'));
    const step = page.getByTestId('section-step');
    await expect(a2).toHaveCount(0);
    await answerQuestionByKeyboard(page, question('A1'), 'c');
    await expect(a2).toBeVisible();
    await answerQuestionByKeyboard(page, question('A2'), FIRST_SITTING['A2']);
    await expect(step).toHaveText('Abschnitt 2 von 13 · 2 von 11 beantwortet');
    await tabInto(page, questionControl(page, question('A1')), { backwards: true });
    await page.keyboard.press('ArrowDown');
    await expectAnswer(page, question('A1'), 'd');
    await expect(a2).toHaveCount(0);
    await expect(step).toHaveText('Abschnitt 2 von 13 · 1 von 10 beantwortet');
    await page.keyboard.press('ArrowUp');
    await expectAnswer(page, question('A1'), 'c');
    await expectAnswer(page, question('A2'), FIRST_SITTING['A2']);
    await expect(step).toHaveText('Abschnitt 2 von 13 · 2 von 11 beantwortet');
    for (const [q, value] of answersOf('A', FIRST_SITTING).slice(2)) await answerQuestionByKeyboard(page, q, value);
    await expect(step).toHaveText('Abschnitt 2 von 13 · 11 von 11 beantwortet');
    await expectSaved(page);
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await tabInto(page, page.getByRole('link', { name: 'Weiter', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hemmnisse');

    // Hemmnisse (obstacle matrix, free text, multiple choice), Kommunale Verwaltung (status scale and more).
    await answerSection(page, 'H', FIRST_SITTING);
    await expectSaved(page);
    await expectNoAxeViolations(page);
    await next(page, 'Kommunale Verwaltung');
    await answerSection(page, 'VER', FIRST_SITTING);
    await expectSaved(page);

    // Digitale Infrastruktur: 120 % is refused in place, in German, tied to the field, and not sent.
    await next(page, 'Digitale Infrastruktur');
    const i1 = questionControl(page, question('I1'));
    await i1.fill('120');
    await expect(i1).toHaveAttribute('aria-invalid', 'true');
    await expect(i1).toHaveAccessibleDescription('Zahl zwischen 0 und 100 % Die Zahl darf nicht größer als 100 sein.');
    await expect(page.getByTestId('save-state')).toHaveText(
      'Nicht gespeichert – bitte prüfen Sie die markierten Antworten.',
    );
    await expectNoAxeViolations(page);
    await answerSection(page, 'INF', FIRST_SITTING);
    await expect(i1).not.toHaveAttribute('aria-invalid');
    await expect(i1).toHaveAccessibleDescription('Zahl zwischen 0 und 100 %');
    await expectSaved(page);
    expect(i1Saves).toEqual([85]);

    // Bildung und Jugend: half of it, then the page is reloaded.
    await next(page, 'Bildung und Jugend');
    await answerSection(page, 'BIL', FIRST_SITTING);
    await expectSaved(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bildung und Jugend');
    for (const [q, value] of answersOf('BIL', FIRST_SITTING)) await expectAnswer(page, q, value);
    const firstSittingCounts: [number, number][] = [
      [3, 4],
      [11, 11],
      [3, 3],
      [6, 6],
      [4, 4],
      [2, 4],
      [0, 3],
      [0, 3],
      [0, 4],
      [0, 3],
      [0, 4],
      [0, 5],
      [0, 2],
    ];
    await expect(page.getByRole('navigation', { name: 'Alle Abschnitte' }).getByRole('listitem')).toHaveText(
      progressLines(firstSittingCounts),
    );
    expect(await storedAnswers(page, responseId)).toEqual({ ...PREFILLED, ...FIRST_SITTING });
    await signOut(page);

    // ---- Second sitting -----------------------------------------------------------------------------------
    // "Fortsetzen" leads back to where the last answer was given, not to the skipped S4.
    await signIn(page, respondent.email, respondent.password);
    await page.goto('/selbsteinschaetzung');
    await expect(wave.getByRole('listitem')).toHaveText(progressLines(firstSittingCounts, ': '));
    await wave.getByRole('link', { name: 'Fortsetzen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bildung und Jugend');
    for (const [q, value] of answersOf('BIL', FIRST_SITTING)) await expectAnswer(page, q, value);
    await answerSection(page, 'BIL', SECOND_SITTING);
    await expectSaved(page);

    // "keine davon" clears the other choices.
    await next(page, 'Kommunale Wirtschaft');
    const w1 = questionControl(page, question('W1'));
    await w1.getByLabel('Online-Beratung', { exact: true }).check();
    await answerSection(page, 'WIR', SECOND_SITTING);
    await expect(w1.getByLabel('Online-Beratung', { exact: true })).not.toBeChecked();
    await expectSaved(page);
    for (const [code, title] of [
      ['TOU', 'Tourismus'],
      ['SEN', 'Silberne Gesellschaft'],
      ['SOZ', 'Arbeit und Soziales'],
      ['ORT', 'Dorf- und Stadtentwicklung'],
      ['ALL', 'Alltagsleben'],
      ['E', 'Abschluss'],
    ]) {
      await next(page, title);
      await answerSection(page, code, SECOND_SITTING);
      await expectSaved(page);
    }

    // The review lists the skipped required question; its link leads to the field, answered with the keyboard.
    await page.getByRole('link', { name: 'Weiter zum Prüfen und Absenden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfen und absenden');
    const open = page.getByRole('region', { name: 'Noch eine Pflichtfrage offen' });
    await expect(open.getByRole('link')).toHaveText(['S4 Welche Funktion haben Sie?']);
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    await open.getByRole('link', { name: 'S4 Welche Funktion haben Sie?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stammdaten');
    const s4 = questionControl(page, question('S4'));
    await expect(s4.getByLabel('Verwaltungsspitze', { exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expectAnswer(page, question('S4'), S4);
    await expectSaved(page);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfen und absenden');
    await expect(page.getByText('Alle Pflichtfragen sind beantwortet.')).toBeVisible();

    // Every question of the questionnaire has exactly the answer given (A2 is visible: A1 = c).
    expect(await storedAnswers(page, responseId)).toEqual(ALL_ANSWERS);
    expect(Object.keys(ALL_ANSWERS)).toHaveLength(56);

    // Submit after confirmation.
    await page.getByRole('button', { name: 'Absenden' }).click();
    const confirm = page.getByRole('group', { name: 'Selbsteinschätzung jetzt absenden?' });
    await expect(confirm).toBeFocused();
    await confirm.getByRole('button', { name: 'Ja, absenden' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis der Selbsteinschätzung');

    // The result, computed here with the scoring engine and checked against the hand calculation: Strategie &
    // Steuerung (w·s over A1, A3–A10) 5.5 / 11 = 50; VER 4.5 / 7 = 64.3; INF 2.95 / 4 = 73.8 (I4 n/a); BIL 2.5 / 3
    // = 83.3 (B1 n/a); WIR 0.25 / 3 = 8.3; TOU 2.67 / 3 = 88.9; SEN 2.25 / 4 = 56.3; SOZ 1.75 / 3 = 58.3; ORT
    // 1.75 / 4 = 43.8; ALL 2 / 4 = 50 (L2 n/a); index without Tourismus ("nicht relevant" in P1):
    // (2 · 50 + 64.3 + 73.8 + 83.3 + 8.3 + 56.3 + 58.3 + 43.8 + 50) / 10 = 53.8 → 54, Reifegrad 3.
    const expected = scoreResponse(DIGITALE_KOMMUNE_V1, ALL_ANSWERS, { referencePopulation: REGION.population });
    const fields = expected.fields
      .filter((f) => f.countsInIndex)
      .map((f) => ({ title: f.title, score: f.score === null ? null : roundScoreForDisplay(f.score) }));
    expect(fields.map((f) => f.score)).toEqual([50, 64, 74, 83, 8, 89, 56, 58, 44, 50]);
    const index = roundScoreForDisplay(expected.index.score ?? Number.NaN);
    expect([index, expected.index.gatedMaturityLevel, expected.index.excludedFields]).toEqual([54, 3, ['TOU']]);
    const result = page.getByRole('region', { name: 'Gesamtindex' });
    await expect(result).toContainText(new RegExp(`(?<!\\d)${index}\\s*von 100 Punkten`));
    await expect(result).toContainText(`Reifegrad 3 – ${maturityLevelName(3)}`);
    const table = page.getByRole('table', { name: 'Werte je Abschnitt von 0 bis 100' });
    for (const field of fields) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: field.title, exact: true }) });
      await expect(row.getByRole('cell').first()).toHaveText(String(field.score));
    }
    // The same scores as bars of the chart library (ngx-charts), each value printed at its bar.
    const fieldsChart = page.getByTestId('fields-chart');
    await expect(
      fieldsChart.getByRole('heading', { name: 'Ihre Werte je Abschnitt (0 bis 100 Punkte)' }),
    ).toBeVisible();
    await expect(fieldsChart.locator('text.textDataLabel')).toHaveText(
      expected.fields.flatMap((f) => (f.score === null ? [] : [String(roundScoreForDisplay(f.score))])),
    );
    // The comparison: grouped bars and, with all own field scores, the radar of the fields of action.
    const comparison = page.getByTestId('comparison');
    await expect(comparison.getByTestId('comparison-bars').locator('svg.ngx-charts')).toBeVisible();
    await expect(comparison.getByRole('heading', { name: 'Handlungsfelder im Überblick' })).toBeVisible();
    await expect(comparison.getByTestId('comparison-radar').locator('svg.ngx-charts')).toBeVisible();
    await waitForAnimations(page);
    await expectNoAxeViolations(page);
    const screenshot = test.info().outputPath('ergebnisseite.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    await test.info().attach('Ergebnisseite', { path: screenshot, contentType: 'image/png' });
    expect(problems).toEqual([]);
  });
});
