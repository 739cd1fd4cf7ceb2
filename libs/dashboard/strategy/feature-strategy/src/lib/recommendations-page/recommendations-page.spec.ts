import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { respondentUser } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { draftOf, emptyDraft, recommendations, versions } from '@digitalcheck/dashboard-strategy-data-access/testing';
import type { StrategyContent } from '@digitalcheck/shared-contracts';
import { click, setUpStrategyPage, textOf, textsOf, tick, type } from '../../testing/strategy-testing';

const BASE = '/api/v1/responses/r-1';

describe('RecommendationsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;
  const q = (selector: string) => element().querySelector(selector);

  beforeEach(async () => {
    ({ http, harness } = await setUpStrategyPage(respondentUser));
    await harness.navigateByUrl('/selbsteinschaetzung/r-1/empfehlungen');
  });

  afterEach(() => http.verify());

  async function load(draft = emptyDraft): Promise<void> {
    http.expectOne(`${BASE}/recommendations`).flush(recommendations);
    http.expectOne(`${BASE}/strategy`).flush(draft);
    await harness.fixture.whenStable();
    http.expectOne(`${BASE}/strategy/versions`).flush(versions);
    await harness.fixture.whenStable();
  }

  /** Waits for the debounced PUT, answers it with the content as version `version` and returns what was sent. */
  async function answerSave(version: number): Promise<{ baseVersion: number; content: StrategyContent }> {
    await tick(40);
    const request = http.expectOne({ method: 'PUT', url: `${BASE}/strategy` });
    const body = request.request.body as { baseVersion: number; content: StrategyContent };
    request.flush(draftOf(body.content, version, '2026-11-25T13:05:00.000Z'));
    await harness.fixture.whenStable();
    http.expectOne(`${BASE}/strategy/versions`).flush(versions);
    await harness.fixture.whenStable();
    return body;
  }

  it('shows the formula and the fields in rank order with score, level, priority, gap and reason', async () => {
    await load();
    expect(textOf(q('h1'))).toBe('Empfehlungen und Strategieentwurf');
    expect(textOf(q('[data-testid="formula"]'))).toBe(recommendations.formula);
    expect(textsOf(element(), '[data-testid="ranking"] h3')).toEqual([
      '1. Kommunale Verwaltung',
      '2. Tourismus',
      '3. Kommunale Wirtschaft',
      '4. Alltagsleben',
    ]);
    expect(textsOf(element(), '[data-testid="field-VER"] [data-testid="field-figures"] :is(dt, dd)')).toEqual([
      'Wert',
      '25',
      'Reifegrad',
      'Stufe 2 – Erste Schritte',
      'Priorität (P1)',
      '5',
      'Abstand zur nächsten Stufe',
      '15 Punkte',
      'Dringlichkeit',
      '75',
    ]);
    expect(textsOf(element(), '[data-testid="field-TOU"] [data-testid="field-figures"] dd').slice(3)).toEqual([
      '12,3 Punkte',
      '49',
    ]);
    expect(textsOf(element(), '[data-testid="field-WIR"] [data-testid="field-figures"] dd')[2]).toBe(
      'keine Angabe (zählt als 3)',
    );
    expect(textsOf(element(), '[data-testid="field-reason"]')[0]).toBe(
      'Vorrangig, weil Sie die Verwaltung als sehr wichtig einstufen und 15 Punkte zur Stufe 3 fehlen.',
    );
    const website = q('[data-testid="measure-VER-01"]');
    expect(textOf(website?.querySelector('[data-testid="measure-cost"]'))).toBe('8.000 € bis 25.000 €');
    expect(textOf(website?.querySelector('[data-testid="measure-reason"]'))).toBe(
      'Empfohlen, weil Online-Dienste bisher fehlen.',
    );
    expect(textOf(website)).toContain('mittlerer Aufwand');
    expect(textOf(website)).toContain('Beispiel: Beispiel VER-01 – So hat es eine Verbandsgemeinde gemacht.');
    expect(textOf(website?.querySelector('[data-testid="measure-addresses"]'))).toBe(
      'VER.1 Bietet die Verwaltung Online-Dienste an? (0 von 100 Punkten)',
    );
    expect(textOf(q('[data-testid="measure-VER-02"] [data-testid="measure-addresses"]'))).toContain('unbeantwortet');
    expect(textOf(q('[data-testid="save-status"]'))).toBe(
      'Noch nicht gespeichert. Ihre Eingaben werden automatisch gespeichert.',
    );
    expect(textsOf(element(), '[data-testid="versions-list"] li')[0]).toMatch(
      /^Fassung 2 – 25\.11\.2026, \d\d:05 – Anna Beispiel$/,
    );
  });

  it('picks focus fields and measures, edits goals and saves them once after the quiet time', async () => {
    await load();
    expect(q('[data-testid="field-VER"] [data-testid="measure-checkbox"]')).toBeNull();
    click(q('[data-testid="field-VER"] [data-testid="focus-checkbox"]'));
    click(q('[data-testid="field-TOU"] [data-testid="focus-checkbox"]'));
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="save-status"]'))).toBe('Wird gespeichert …');
    expect(textOf(q('[data-testid="focus-count"]'))).toBe('2 Fokusfelder gewählt.');
    click(q('[data-testid="measure-VER-01"] [data-testid="measure-checkbox"]'));
    await harness.fixture.whenStable();
    type(q('[data-testid="vision"]'), 'Alle Dienste online bis 2028');
    type(q('[data-testid="plan-VER-01"] [data-testid="plan-goal"]'), '20 Dienste online');
    type(q('[data-testid="plan-VER-01"] [data-testid="plan-responsible"]'), 'Hauptamt, Frau Beispiel');
    type(q('[data-testid="plan-VER-01"] [data-testid="plan-start"]'), '2027-01');
    type(q('[data-testid="plan-VER-01"] [data-testid="plan-end"]'), '2027-12');
    type(q('[data-testid="plan-VER-01"] [data-testid="plan-budget"]'), '15000');
    const sent = await answerSave(1);
    expect(sent).toEqual({
      baseVersion: 0,
      content: {
        focusFields: ['VER', 'TOU'],
        vision: 'Alle Dienste online bis 2028',
        measures: [
          {
            measureId: 'm-ver-01',
            goal: '20 Dienste online',
            responsible: 'Hauptamt, Frau Beispiel',
            startMonth: '2027-01',
            endMonth: '2027-12',
            budgetEur: 15000,
          },
        ],
      },
    });
    expect(textOf(q('[data-testid="save-status"]'))).toMatch(/^Gespeichert um \d\d:05$/);
    type(q('[data-testid="vision"]'), 'Alle Dienste online bis 2029');
    const second = await answerSave(2);
    expect(second.baseVersion).toBe(1);
  });

  it('says when more than three focus fields are picked and does not save until one is dropped', async () => {
    await load(draftOf({ focusFields: ['VER', 'TOU', 'WIR'], vision: '', measures: [] }, 3));
    click(q('[data-testid="field-ALL"] [data-testid="focus-checkbox"]'));
    await tick(40);
    await harness.fixture.whenStable();
    http.expectNone({ method: 'PUT', url: `${BASE}/strategy` });
    expect(textOf(q('[data-testid="focus-too-many"]'))).toContain('Sie haben 4 Fokusfelder gewählt.');
    expect(textOf(q('[data-testid="save-error"]'))).toContain('höchstens drei sind möglich');
    click(q('[data-testid="field-WIR"] [data-testid="focus-checkbox"]'));
    const sent = await answerSave(4);
    expect(sent.content.focusFields).toEqual(['VER', 'TOU', 'ALL']);
    expect(q('[data-testid="focus-too-many"]')).toBeNull();
  });

  it('shows the reloaded draft, and dropping a focus field keeps its measure plans for picking it again', async () => {
    const saved = draftOf(
      {
        focusFields: ['VER', 'TOU'],
        vision: 'Gespeicherte Ziele',
        measures: [
          {
            measureId: 'm-ver-01',
            goal: 'Ziel',
            responsible: 'Bürgermeister',
            startMonth: null,
            endMonth: null,
            budgetEur: 500,
          },
        ],
      },
      2,
    );
    await load(saved);
    expect((q('[data-testid="vision"]') as HTMLTextAreaElement).value).toBe('Gespeicherte Ziele');
    expect((q('[data-testid="plan-VER-01"] [data-testid="plan-responsible"]') as HTMLInputElement).value).toBe(
      'Bürgermeister',
    );
    expect((q('[data-testid="measure-VER-01"] [data-testid="measure-checkbox"]') as HTMLInputElement).checked).toBe(
      true,
    );
    click(q('[data-testid="field-VER"] [data-testid="focus-checkbox"]'));
    await harness.fixture.whenStable();
    expect(q('[data-testid="plan-VER-01"]')).toBeNull();
    click(q('[data-testid="field-VER"] [data-testid="focus-checkbox"]'));
    const sent = await answerSave(3);
    expect(sent.content.measures[0]?.responsible).toBe('Bürgermeister');
    (q('[data-testid="plan-VER-01"] [data-testid="plan-remove"]') as HTMLButtonElement).click();
    const removed = await answerSave(4);
    expect(removed.content.measures).toEqual([]);
    expect((q('[data-testid="measure-VER-01"] [data-testid="measure-checkbox"]') as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('names a chosen measure that is no longer suggested and lets the user take it out', async () => {
    const archived = {
      measureId: 'm-archived',
      goal: 'Alt',
      responsible: '',
      startMonth: null,
      endMonth: null,
      budgetEur: null,
    };
    await load(draftOf({ focusFields: ['VER', 'TOU'], vision: '', measures: [archived] }, 2));
    const plan = q('[data-testid="plan-m-archived"]');
    expect(textOf(plan?.querySelector('legend'))).toBe('Maßnahme, die nicht mehr vorgeschlagen wird');
    (plan?.querySelector('[data-testid="plan-remove"]') as HTMLButtonElement).click();
    const sent = await answerSave(3);
    expect(sent.content.measures).toEqual([]);
  });

  it('retries a failed save with a visible message and keeps what was typed', async () => {
    await load();
    type(q('[data-testid="vision"]'), 'Offline getippt');
    await tick(40);
    http.expectOne({ method: 'PUT', url: `${BASE}/strategy` }).flush(null, { status: 0, statusText: 'Unknown Error' });
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="save-status"]'))).toContain('Nicht gespeichert – der Server ist nicht erreichbar.');
    expect(textOf(q('[data-testid="save-retrying"]'))).toContain('Ihre Eingaben bleiben erhalten');
    expect((q('[data-testid="vision"]') as HTMLTextAreaElement).value).toBe('Offline getippt');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    await tick(20);
    const retry = http.expectOne({ method: 'PUT', url: `${BASE}/strategy` });
    expect(retry.request.body.content.vision).toBe('Offline getippt');
    retry.flush(draftOf(retry.request.body.content, 1));
    await harness.fixture.whenStable();
    http.expectOne(`${BASE}/strategy/versions`).flush(versions);
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="save-status"]'))).toMatch(/^Gespeichert um/);
    expect(q('[data-testid="save-retrying"]')).toBeNull();
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('on a conflict shows the other version and keeps mine on request', async () => {
    await load(draftOf({ focusFields: ['VER', 'TOU'], vision: 'Alt', measures: [] }, 2));
    type(q('[data-testid="vision"]'), 'Meine Ziele');
    await tick(40);
    const theirs = draftOf(
      { focusFields: ['TOU', 'WIR'], vision: 'Ihre Ziele', measures: [] },
      3,
      '2026-11-25T13:04:00.000Z',
    );
    http
      .expectOne({ method: 'PUT', url: `${BASE}/strategy` })
      .flush(
        { statusCode: 409, code: 'STRATEGY_CONFLICT', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    const conflict = q('[data-testid="conflict"]');
    await harness.fixture.whenStable();
    await tick(0);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('conflict');
    expect(textOf(conflict?.querySelector('[data-testid="conflict-who"]'))).toMatch(
      /^Gespeichert von Anna Beispiel am 25\.11\.2026, \d\d:04 \(Version 3\)\. Diese Fassung:$/,
    );
    expect(textsOf(conflict as Element, '[data-testid="conflict-theirs"] :is(dt, dd)')).toEqual([
      'Fokusfelder',
      'Tourismus, Kommunale Wirtschaft',
      'Übergeordnete Ziele',
      'Ihre Ziele',
      'Maßnahmen',
      '–',
    ]);
    expect((q('[data-testid="vision"]') as HTMLTextAreaElement).value).toBe('Meine Ziele');
    click(q('[data-testid="keep-mine"]'));
    const put = http.expectOne({ method: 'PUT', url: `${BASE}/strategy` });
    expect(put.request.body).toEqual({
      baseVersion: 3,
      content: { focusFields: ['VER', 'TOU'], vision: 'Meine Ziele', measures: [] },
    });
    put.flush(draftOf(put.request.body.content, 4));
    await harness.fixture.whenStable();
    http.expectOne(`${BASE}/strategy/versions`).flush(versions);
    await harness.fixture.whenStable();
    expect(q('[data-testid="conflict"]')).toBeNull();
  });

  it('on a conflict takes the other version on request', async () => {
    await load(draftOf({ focusFields: ['VER', 'TOU'], vision: 'Alt', measures: [] }, 2));
    type(q('[data-testid="vision"]'), 'Meine Ziele');
    await tick(40);
    const theirs = draftOf({ focusFields: ['TOU', 'WIR'], vision: 'Ihre Ziele', measures: [] }, 3);
    http
      .expectOne({ method: 'PUT', url: `${BASE}/strategy` })
      .flush(
        { statusCode: 409, code: 'STRATEGY_CONFLICT', message: 'x', current: theirs },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    click(q('[data-testid="take-theirs"]'));
    await harness.fixture.whenStable();
    expect((q('[data-testid="vision"]') as HTMLTextAreaElement).value).toBe('Ihre Ziele');
    expect((q('[data-testid="field-WIR"] [data-testid="focus-checkbox"]') as HTMLInputElement).checked).toBe(true);
    expect((q('[data-testid="field-VER"] [data-testid="focus-checkbox"]') as HTMLInputElement).checked).toBe(false);
  });

  it('downloads the DOCX under the API’s file name and shows a German error when the PDF fails', async () => {
    await load();
    const clicked: string[] = [];
    const anchorClick = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    URL.createObjectURL = jest.fn(() => 'blob:strategy');
    URL.revokeObjectURL = jest.fn();
    click(q('[data-testid="export-docx"]'));
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="export-status"]'))).toBe('Datei wird erstellt …');
    http.expectOne(`${BASE}/strategy.docx`).flush(new Blob(['PK']), {
      headers: { 'Content-Disposition': 'attachment; filename="digitalstrategie_mayen-koblenz.docx"' },
    });
    await harness.fixture.whenStable();
    expect(clicked).toEqual(['digitalstrategie_mayen-koblenz.docx']);
    click(q('[data-testid="export-pdf"]'));
    http.expectOne(`${BASE}/strategy.pdf`).flush(new Blob(['{}']), { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="export-error"]'))).toBe(
      'Die Datei konnte nicht erstellt werden. Bitte versuchen Sie es später erneut.',
    );
    anchorClick.mockRestore();
  });

  it('explains when the response is not submitted yet', async () => {
    http
      .expectOne(`${BASE}/recommendations`)
      .flush(
        { statusCode: 409, code: 'RESPONSE_NOT_SUBMITTED', message: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    http.match(`${BASE}/strategy`);
    await harness.fixture.whenStable();
    expect(textOf(q('[data-testid="recommendations-error"]'))).toBe(
      'Empfehlungen gibt es erst, wenn die Selbsteinschätzung abgesendet ist.',
    );
  });
});
