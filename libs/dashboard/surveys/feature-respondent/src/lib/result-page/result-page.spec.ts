import { HttpTestingController } from '@angular/common/http/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  draftResponse,
  surveyComparison,
  surveyDefinition,
  surveyResult,
} from '@digitalcheck/dashboard-surveys-data-access/testing';
import { MATURITY_COLOURS } from '@digitalcheck/dashboard-ui-charts';
import { DEFINITION_URL, rowsOf, setUpRespondentPage, textOf, versionOf } from '../../testing/respondent-testing';
import { indicatorLines, maturityLabel } from './result-page';

// The first test compiles ngx-charts.
jest.setTimeout(60_000);

/** Texts of the elements matching `selector` inside `root`. */
function textsOf(root: Element, selector: string): (string | undefined)[] {
  return Array.from(root.querySelectorAll(selector)).map(textOf);
}

/** Switches a chart of the chart library to its table and returns header and body rows. */
async function chartTable(
  chart: HTMLElement,
  harness: RouterTestingHarness,
): Promise<{ head: (string | undefined)[]; rows: (string | undefined)[][] }> {
  (chart.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
  await harness.fixture.whenStable();
  return {
    head: textsOf(chart, '[data-testid="chart-table"] thead th'),
    rows: rowsOf(chart, '[data-testid="chart-table"]'),
  };
}

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
    const recommendations = element().querySelector('[data-testid="recommendations-link"]');
    expect(textOf(recommendations)).toBe('Empfehlungen und Strategieentwurf');
    expect(recommendations?.getAttribute('href')).toBe('/selbsteinschaetzung/r-1/empfehlungen');
  });

  it('lists the field scores as a table and as a bar chart coloured by maturity level', async () => {
    await answer();
    expect(rowsOf(element(), '[data-testid="fields-table"]')).toEqual([
      ['Strategie', '63', 'Reifegrad 4 – Fortgeschritten'],
      ['Verwaltung', 'unvollständig', '–'],
    ]);
    const chart = element().querySelector('[data-testid="fields-chart"]') as HTMLElement;
    expect(textOf(chart.querySelector('h3'))).toBe('Ihre Werte je Abschnitt (0 bis 100 Punkte)');
    // Wave and region under the title and in the source line: they travel with the chart's exports.
    expect(textOf(chart.querySelector('[data-testid="chart-subtitle"]'))).toBe(
      'Digitalcheck 2026 · Landkreis Mayen-Koblenz',
    );
    expect(textOf(chart.querySelector('[data-testid="chart-source"]'))).toBe(
      'Quelle: Digitalcheck Kommune, Befragung „Digitalcheck 2026“; Selbsteinschätzung Landkreis Mayen-Koblenz',
    );
    const figure = chart.querySelector('[role="figure"]') as HTMLElement;
    const description = element().querySelector(`[id="${figure.getAttribute('aria-describedby')?.split(' ')[0]}"]`);
    expect(textOf(description)).toBe(
      'Balkendiagramm der Werte je Abschnitt von 0 bis 100, gefärbt nach Reifegrad; die Zahlen stehen auch in der Tabelle.',
    );
    // One bar (Strategie, level 4 in its colour), its value printed; the field without a score is named.
    const bars = Array.from(chart.querySelectorAll('path.bar'));
    expect(bars.map((bar) => bar.getAttribute('fill'))).toEqual([MATURITY_COLOURS[3].colour]);
    expect(textsOf(chart, 'text.textDataLabel')).toEqual(['63']);
    expect(textsOf(chart, '[data-testid="chart-legend"] li')).toEqual(['4 – Fortgeschritten']);
    expect(textOf(chart.querySelector('[data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (nicht dargestellt): Verwaltung',
    );
    // The chart's own table: sections, German numbers, levels; no links (nothing to select here).
    expect(await chartTable(chart, harness)).toEqual({
      head: ['Abschnitt', 'Wert (Punkte)', 'Reifegrad'],
      rows: [
        ['Strategie', '63', '4 – Fortgeschritten'],
        ['Verwaltung', 'keine Angabe', '–'],
      ],
    });
    expect(chart.querySelector('table button')).toBeNull();
  });

  it('shows only the table when no field has a score yet', async () => {
    await answer({
      ...surveyResult,
      score: {
        ...surveyResult.score,
        fields: surveyResult.score.fields.map((field) => ({
          ...field,
          status: 'incomplete' as const,
          score: null,
          maturityLevel: null,
        })),
      },
    });
    expect(rowsOf(element(), '[data-testid="fields-table"]')).toEqual([
      ['Strategie', 'unvollständig', '–'],
      ['Verwaltung', 'unvollständig', '–'],
    ]);
    expect(element().querySelector('[data-testid="fields-chart"]')).toBeNull();
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
    // Grouped bars: own value, peer median and Land mean per row; suppressed and missing values draw no bar.
    const bars = section.querySelector('[data-testid="comparison-bars"]') as HTMLElement;
    expect(textOf(bars.querySelector('h3'))).toBe('Ihre Werte im Vergleich je Abschnitt');
    expect(textsOf(bars, '[data-testid="chart-legend"] li')).toEqual([
      'Ihr Wert',
      'Vergleichsgruppe (Median)',
      'Land (Durchschnitt)',
    ]);
    expect(textsOf(bars, 'g[ngx-charts-x-axis-ticks] text')).toEqual(['Gesamtindex', 'Strategie', 'Verwaltung']);
    expect(textsOf(bars, 'text.textDataLabel')).toEqual(['63', '55', '48', '63', '70', '52', '40']);
    expect(textOf(bars.querySelector('[data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (kein Balken): Ihr Wert (Verwaltung), Vergleichsgruppe (Median) (Verwaltung)',
    );
    expect(await chartTable(bars, harness)).toEqual({
      head: ['Abschnitt', 'Ihr Wert', 'Vergleichsgruppe (Median)', 'Land (Durchschnitt)'],
      rows: [
        ['Gesamtindex', '63', '55', '48'],
        ['Strategie', '63', '70', '52'],
        ['Verwaltung', 'keine Angabe', 'keine Angabe', '40'],
      ],
    });
    // The explanation of the missing values stays above the charts.
    expect(textOf(section)).toContain(
      'Werte von Gruppen mit weniger als 3 Angaben werden nicht gezeigt, damit keine einzelne Kommune erkennbar ist.',
    );
    expect(section.querySelector('[data-testid="comparison-omitted"]')).toBeNull();
    // One field of action only: no radar chart (it needs three axes).
    expect(section.querySelector('[data-testid="comparison-radar"]')).toBeNull();
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
    const radar = element().querySelector('[data-testid="comparison-radar"]') as HTMLElement;
    expect(textOf(radar.querySelector('h3'))).toBe('Handlungsfelder im Überblick');
    const figure = radar.querySelector('[role="figure"]') as HTMLElement;
    expect(textOf(element().querySelector(`[id="${figure.getAttribute('aria-describedby')?.split(' ')[0]}"]`))).toBe(
      'Netzdiagramm der Handlungsfelder: Ihre Werte, der Median der Vergleichsgruppe und der Durchschnitt des Landes, von 0 bis 100; die Zahlen stehen in der Tabelle.',
    );
    expect(textsOf(radar, 'g[ngx-charts-pie-label] text')).toEqual(['Feld B', 'Feld C', 'Feld D']);
    expect(textsOf(radar, '[data-testid="chart-legend"] li')).toEqual([
      'Ihr Wert',
      'Vergleichsgruppe (Median)',
      'Land (Durchschnitt)',
    ]);
    // Own 20/40/60 and peer 50 are drawn; the suppressed Land mean has no points.
    expect(textOf(radar.querySelector('[data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (Punkt fehlt): Land (Durchschnitt) (Feld B), Land (Durchschnitt) (Feld C), Land (Durchschnitt) (Feld D)',
    );
    expect(await chartTable(radar, harness)).toEqual({
      head: ['Handlungsfeld', 'Ihr Wert', 'Vergleichsgruppe (Median)', 'Land (Durchschnitt)'],
      rows: [
        ['Feld B', '20', '50', 'keine Angabe'],
        ['Feld C', '40', '50', 'keine Angabe'],
        ['Feld D', '60', '50', 'keine Angabe'],
      ],
    });
  });

  it('draws no radar when an own field score is missing, only the grouped bars', async () => {
    const empty = { members: 1, value: null, suppressed: true };
    const fields = ['B', 'C', 'D'].map((section) => ({
      section,
      title: `Feld ${section}`,
      own: section === 'C' ? null : 50,
      peerMedian: empty,
      landAverage: empty,
    }));
    await answer(
      {
        ...surveyResult,
        score: {
          ...surveyResult.score,
          fields: [
            surveyResult.score.fields[0],
            ...fields.map((field) => ({ ...surveyResult.score.fields[1], section: field.section, title: field.title })),
          ],
        },
      },
      (request) =>
        request.flush({
          ...surveyComparison,
          index: { ...surveyComparison.index, own: null, peerMedian: empty, landAverage: empty },
          fields,
        }),
    );
    const section = element().querySelector('[data-testid="comparison"]') as HTMLElement;
    // Feld C has no own score: a radar would lose that spoke, so only the bars (own 50 for B and D) are drawn.
    expect(section.querySelector('[data-testid="comparison-radar"]')).toBeNull();
    expect(textsOf(section, '[data-testid="comparison-bars"] text.textDataLabel')).toEqual(['50', '50']);
    // Groups suppressed everywhere are named once and left out of the chart (legend, note of missing bars).
    expect(textOf(section.querySelector('[data-testid="comparison-omitted"]'))).toBe(
      'Ohne Werte, daher nicht in den Diagrammen: Vergleichsgruppe (Median), Land (Durchschnitt).',
    );
    expect(textsOf(section, '[data-testid="comparison-bars"] [data-testid="chart-legend"] li')).toEqual(['Ihr Wert']);
    expect(textOf(section.querySelector('[data-testid="comparison-bars"] [data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (kein Balken): Ihr Wert (Gesamtindex), Ihr Wert (Feld C)',
    );
    expect(rowsOf(section, '[data-testid="comparison-table"]')).toEqual([
      ['Gesamtindex', '–', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
      ['Feld B', '50', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
      ['Feld C', '–', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
      ['Feld D', '50', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
    ]);
  });

  it('shows the comparison as a table only when there is no value to draw', async () => {
    const empty = { members: 1, value: null, suppressed: true };
    await answer(surveyResult, (request) =>
      request.flush({
        ...surveyComparison,
        index: { ...surveyComparison.index, own: null, peerMedian: empty, landAverage: empty },
        fields: surveyComparison.fields.map((field) => ({
          ...field,
          own: null,
          peerMedian: empty,
          landAverage: empty,
        })),
      }),
    );
    const section = element().querySelector('[data-testid="comparison"]') as HTMLElement;
    expect(rowsOf(section, '[data-testid="comparison-table"]')).toEqual([
      ['Gesamtindex', '–', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
      ['Strategie', '–', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
      ['Verwaltung', '–', 'weniger als 3 Angaben', 'weniger als 3 Angaben'],
    ]);
    expect(section.querySelector('dc-grouped-bars')).toBeNull();
    expect(section.querySelector('[data-testid="comparison-omitted"]')).toBeNull();
    expect(section.querySelector('dc-radar')).toBeNull();
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
