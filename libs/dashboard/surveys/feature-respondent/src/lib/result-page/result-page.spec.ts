import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  draftResponse,
  surveyComparison,
  surveyDefinition,
  surveyResult,
} from '@digitalcheck/dashboard-surveys-data-access/testing';
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

  async function answer(
    result = surveyResult,
    comparison: (request: ReturnType<HttpTestingController['expectOne']>) => void = (request) =>
      request.flush(surveyComparison),
  ): Promise<void> {
    http.expectOne('/api/v1/responses/r-1/result').flush(result);
    comparison(http.expectOne('/api/v1/responses/r-1/comparison'));
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

  it('compares with the peer group median and the Land mean, suppressing small groups', async () => {
    await answer();
    const section = element().querySelector('[data-testid="comparison"]') as HTMLElement;
    expect(textOf(section.querySelector('h2'))).toBe('Vergleich mit Vergleichsgruppe und Land');
    expect(Array.from(section.querySelectorAll('[data-testid="comparison-groups"] li')).map(textOf)).toEqual([
      'Vergleichsgruppe: Landkreis, 150.000 bis unter 250.000 Einwohner (4 abgesendete Selbsteinschätzungen)',
      'Land: Rheinland-Pfalz (12 abgesendete Selbsteinschätzungen derselben Ebene)',
    ]);
    expect(rowsOf(element(), '[data-testid="comparison-table"]')).toEqual([
      ['Gesamtindex', '63', '55', '48'],
      ['Strategie', '63', '70', '52'],
      ['Verwaltung', '–', 'weniger als 3 Angaben', '40'],
    ]);
    const bars = section.querySelector('dc-comparison-bars figure') as HTMLElement;
    expect(bars.getAttribute('role')).toBe('img');
    expect(
      Array.from(bars.querySelectorAll('.dc-cbars__bar:not(.dc-cbars__swatch)')).map(
        (bar) => `${bar.className.replace(/.*--/, '')} ${(bar as HTMLElement).style.width}`,
      ),
    ).toEqual(['own 63%', 'peer 55%', 'land 48%', 'own 63%', 'peer 70%', 'land 52%', 'land 40%']);
    // One field of action only: no radar chart (it needs three axes).
    expect(section.querySelector('dc-radar-chart')).toBeNull();
  });

  it('draws the fields of action as a radar chart when there are at least three', async () => {
    const fields = ['B', 'C', 'D'].map((section, i) => ({
      ...surveyResult.score.fields[1],
      section,
      title: `Feld ${section}`,
      status: 'scored' as const,
      score: 20 * (i + 1),
    }));
    await answer(
      { ...surveyResult, score: { ...surveyResult.score, fields: [surveyResult.score.fields[0], ...fields] } },
      (request) =>
        request.flush({
          ...surveyComparison,
          fields: fields.map((field) => ({
            section: field.section,
            title: field.title,
            own: field.score,
            peerMedian: { members: 3, value: 50, suppressed: false },
            landAverage: { members: 2, value: null, suppressed: true },
          })),
        }),
    );
    const radar = element().querySelector('dc-radar-chart figure') as HTMLElement;
    expect(radar.getAttribute('aria-label')).toContain('Netzdiagramm der Handlungsfelder');
    expect(Array.from(radar.querySelectorAll('text')).map(textOf)).toEqual(['Feld B', 'Feld C', 'Feld D']);
    const paths = Array.from(radar.querySelectorAll('path')).map((path) => path.getAttribute('d'));
    // Own 20/40/60 and peer 50 are closed outlines; the suppressed Land mean draws nothing.
    expect(paths[0]).toMatch(/^M320,185 L.* Z$/);
    expect(paths[1]).toMatch(/^M320,140 L.* Z$/);
    expect(paths[2]).toBe('');
  });

  it('still shows the own result when the comparison fails', async () => {
    await answer(surveyResult, (request) => request.flush(null, { status: 500, statusText: 'Server Error' }));
    expect(textOf(element().querySelector('[data-testid="index-value"]'))).toBe('63');
    expect(element().querySelector('[data-testid="comparison"]')).toBeNull();
    expect(textOf(element().querySelector('[data-testid="comparison-error"]'))).toContain(
      'Der Vergleich kann gerade nicht geladen werden.',
    );
  });

  it('places the fields of action by priority and maturity level and names the focus candidates', async () => {
    const field = surveyResult.score.fields[1];
    const fields = [
      { ...field, section: 'B', title: 'Verwaltung', priority: 5, maturityLevel: 2 as const, score: 30 },
      { ...field, section: 'C', title: 'Bildung', priority: 4, maturityLevel: 1 as const, score: 10 },
      { ...field, section: 'D', title: 'Tourismus', priority: 2, maturityLevel: 5 as const, score: 90 },
      { ...field, section: 'E', title: 'Soziales', notRelevant: true },
      { ...field, section: 'F', title: 'Wirtschaft', priority: null, maturityLevel: 3 as const, score: 50 },
    ];
    await answer({
      ...surveyResult,
      score: { ...surveyResult.score, fields: [surveyResult.score.fields[0], ...fields] },
    });
    const matrix = element().querySelector('[data-testid="priority-matrix"]') as HTMLElement;
    expect(rowsOf(matrix, '[data-testid="priority-matrix-table"]')).toEqual([
      ['5', '', 'Verwaltung', '', '', ''],
      ['4', 'Bildung', '', '', '', ''],
      ['3', '', '', '', '', ''],
      ['2', '', '', '', '', 'Tourismus'],
      ['1', '', '', '', '', ''],
    ]);
    expect(textOf(matrix.querySelector('[data-testid="focus-fields"]'))).toBe(
      'Hohe Priorität, niedriger Reifegrad: Verwaltung, Bildung.',
    );
    expect(textOf(matrix)).toContain('Nicht relevant: Soziales.');
    expect(textOf(matrix)).toContain('Ohne Priorität oder Reifegrad: Wirtschaft.');
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
