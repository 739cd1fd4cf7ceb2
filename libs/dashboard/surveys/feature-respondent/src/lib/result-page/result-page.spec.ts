import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { draftResponse, surveyDefinition, surveyResult } from '@digitalcheck/dashboard-surveys-data-access/testing';
import { DEFINITION_URL, rowsOf, setUpRespondentPage, textOf, versionOf } from '../../testing/respondent-testing';
import { indicatorLines, maturityLabel } from './result-page';

describe('ResultPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const element = () => harness.routeNativeElement as HTMLElement;

  beforeEach(async () => {
    ({ http, harness } = await setUpRespondentPage());
    await harness.navigateByUrl('/selbsteinschaetzung/r-1/ergebnis');
  });

  afterEach(() => http.verify());

  async function answer(result = surveyResult): Promise<void> {
    http.expectOne('/api/v1/responses/r-1/result').flush(result);
    http.expectOne('/api/v1/responses/r-1').flush({ ...draftResponse, status: 'submitted', editable: false });
    http.expectOne(DEFINITION_URL).flush(versionOf());
    await harness.fixture.whenStable();
  }

  it('shows the overall index, its maturity level and the submit date', async () => {
    await answer();
    expect(textOf(element().querySelector('h1'))).toBe('Ergebnis der Selbsteinschätzung');
    expect(textOf(element().querySelector('[data-testid="index-value"]'))).toBe('63');
    expect(textOf(element().querySelector('[data-testid="index-level"]'))).toBe('Reifegrad 4 – Fortgeschritten');
    expect(textOf(element())).toContain('Abgesendet am 12.03.2026');
  });

  it('lists the field scores as a table and as a bar chart named for screen readers', async () => {
    await answer();
    expect(rowsOf(element(), '[data-testid="fields-table"]')).toEqual([
      ['Strategie', '63', 'Reifegrad 4 – Fortgeschritten'],
      ['Verwaltung', 'unvollständig', '–'],
    ]);
    const chart = element().querySelector('dc-score-bars figure') as HTMLElement;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Balkendiagramm der Werte je Abschnitt von 0 bis 100; die Zahlen stehen in der Tabelle.',
    );
    const bars = Array.from(chart.querySelectorAll('.dc-bars__bar')) as HTMLElement[];
    expect(bars.map((bar) => bar.style.width)).toEqual(['63%']);
  });

  it('lists the derived indicators and offers printing', async () => {
    await answer();
    const items = Array.from(element().querySelectorAll('[data-testid="indicators"] > div'));
    expect(items.map((item) => [textOf(item.querySelector('dt')), textOf(item.querySelector('dd'))])).toEqual([
      ['ohne Digitalstrategie', 'nein'],
    ]);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    (
      Array.from(element().querySelectorAll('button')).find((b) => textOf(b) === 'Drucken') as HTMLButtonElement
    ).click();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says why there is no index', async () => {
    await answer({
      ...surveyResult,
      score: {
        ...surveyResult.score,
        index: {
          ...surveyResult.score.index,
          status: 'notAssessable',
          score: null,
          maturityLevel: null,
          gatedMaturityLevel: null,
        },
      },
    });
    expect(textOf(element().querySelector('[data-testid="index-value"]'))).toBe(
      'Kein Gesamtindex: nicht bewertbar. Dafür sind zu wenige Abschnitte ausreichend beantwortet.',
    );
  });
});

describe('result labels', () => {
  it('names maturity levels and matrix indicators', () => {
    expect(maturityLabel(2)).toBe('Reifegrad 2 – Erste Schritte');
    const definition = {
      ...surveyDefinition,
      indicators: [{ code: 'gross', label: 'großes Hemmnis', question: 'B4', in: ['3'] }],
    };
    expect(indicatorLines(definition, { gross: { geld: true, personal: false } })).toEqual([
      { label: 'großes Hemmnis', value: 'Geld' },
    ]);
    expect(indicatorLines(definition, { gross: null })).toEqual([{ label: 'großes Hemmnis', value: 'keine Angabe' }]);
  });
});
