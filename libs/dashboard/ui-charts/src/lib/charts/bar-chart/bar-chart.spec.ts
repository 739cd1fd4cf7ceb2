import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { contrastRatio } from '../../region-map/map-colours';
import { MATURITY_COLOURS } from '../chart-colours';
import { BarChart, BarDatum } from './bar-chart';

const BARS: BarDatum[] = [
  { key: '07131', label: 'Ahrweiler', value: 82.25, level: 5 },
  { key: '07132', label: 'Altenkirchen', value: 61.5, level: 4 },
  { key: '07133', label: 'Bad Kreuznach', value: 45, level: 3 },
  { key: '07134', label: 'Birkenfeld', value: null, level: null },
];

describe('BarChart', () => {
  let fixture: ComponentFixture<BarChart>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  async function render(bars: BarDatum[] = BARS): Promise<void> {
    TestBed.configureTestingModule({ imports: [BarChart], providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('bars', bars);
    fixture.componentRef.setInput('heading', 'Gesamtindex der Kreise');
    fixture.componentRef.setInput('valueLabel', 'Gesamtindex (Punkte)');
    fixture.componentRef.setInput('subtitle', 'Welle 2026 · alle Kreise · n = 3');
    fixture.componentRef.setInput('source', 'Quelle: Digitalcheck Kommune, Befragung 2026');
    fixture.componentRef.setInput('description', 'Balkendiagramm, absteigend nach Punkten sortiert.');
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const bars = () => Array.from(element.querySelectorAll('path.bar'));
  const toggle = () => element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement;

  it('draws one bar per value in the colour of its maturity level, the value printed at its end', async () => {
    await render();
    expect(bars()).toHaveLength(3);
    expect(bars().map((bar) => bar.getAttribute('fill'))).toEqual(['#4b2a7b', '#2a58a8', '#1f7a5c']);
    const labels = Array.from(element.querySelectorAll('text.textDataLabel')).map((label) => text(label));
    expect(labels).toEqual(['82,3', '61,5', '45']);
  });

  it('names the levels in the legend and the bars without a value in a note', async () => {
    await render();
    const legend = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li')).map((li) => text(li));
    expect(legend).toEqual(['3 – Im Aufbau', '4 – Fortgeschritten', '5 – Vorreiter']);
    expect(text(element.querySelector('[data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (nicht dargestellt): Birkenfeld',
    );
  });

  it('frames the chart: h3 title, subtitle, source, figure labelled and described', async () => {
    await render();
    const heading = element.querySelector('h3');
    expect(text(heading)).toBe('Gesamtindex der Kreise');
    const figure = element.querySelector('[role="figure"]') as HTMLElement;
    expect(figure.getAttribute('aria-labelledby')).toBe(heading?.id);
    const described = (figure.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => text(document.getElementById(id) ?? element.querySelector(`#${id}`)));
    expect(described).toEqual([
      'Balkendiagramm, absteigend nach Punkten sortiert.',
      'Welle 2026 · alle Kreise · n = 3',
    ]);
    expect(text(element.querySelector('[data-testid="chart-source"]'))).toBe(
      'Quelle: Digitalcheck Kommune, Befragung 2026',
    );
    fixture.componentRef.setInput('headingLevel', 2);
    await fixture.whenStable();
    expect(text(element.querySelector('h2'))).toBe('Gesamtindex der Kreise');
    expect(element.querySelector('h3')).toBeNull();
  });

  it('swaps the chart for a table with German numbers and level names, and back', async () => {
    await render();
    expect(text(toggle())).toBe('Als Tabelle anzeigen');
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    toggle().click();
    await fixture.whenStable();

    expect(text(toggle())).toBe('Als Diagramm anzeigen');
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('ngx-charts-bar-horizontal')).toBeNull();
    const table = element.querySelector('table') as HTMLTableElement;
    expect(text(table.querySelector('caption'))).toBe('Gesamtindex der Kreise');
    const heads = Array.from(table.querySelectorAll('thead th'));
    expect(heads.map((th) => text(th))).toEqual(['Region', 'Gesamtindex (Punkte)', 'Reifegrad']);
    expect(heads.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Ahrweiler', '82,3', '5 – Vorreiter'],
      ['Altenkirchen', '61,5', '4 – Fortgeschritten'],
      ['Bad Kreuznach', '45', '3 – Im Aufbau'],
      ['Birkenfeld', 'keine Angabe', '–'],
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');

    toggle().click();
    await fixture.whenStable();
    expect(element.querySelector('table')).toBeNull();
    expect(bars()).toHaveLength(3);
  });

  it('emits the key of a bar clicked in the chart and of a region chosen in the table', async () => {
    await render();
    const selected: string[] = [];
    fixture.componentInstance.barSelect.subscribe((key) => selected.push(key));
    bars()[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    toggle().click();
    await fixture.whenStable();
    (element.querySelectorAll('tbody button')[2] as HTMLButtonElement).click();
    expect(selected).toEqual(['07132', '07133']);
  });

  it('grows with 250 bars, 22 px per bar, all drawn and labelled', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      key: String(i),
      label: `Kreis ${i + 1}`,
      value: 100 - i * 0.4,
      level: 5 - Math.floor(i / 50),
    }));
    await render(many);
    expect(bars()).toHaveLength(250);
    expect(element.querySelector('ngx-charts-bar-horizontal svg')?.getAttribute('height')).toBe(String(250 * 22 + 48));
    expect(element.querySelectorAll('text.textDataLabel')).toHaveLength(250);
  });

  it('keeps repeated labels apart (two bars called Neustadt)', async () => {
    await render([
      { key: 'a', label: 'Neustadt', value: 30, level: 2 },
      { key: 'b', label: 'Neustadt', value: 70, level: 4 },
    ]);
    expect(bars()).toHaveLength(2);
    const selected: string[] = [];
    fixture.componentInstance.barSelect.subscribe((key) => selected.push(key));
    bars()[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toEqual(['b']);
  });
});

describe('MATURITY_COLOURS', () => {
  it('has five levels named from shared-scoring, each ≥ 4.5:1 against white, all different', () => {
    expect(MATURITY_COLOURS.map((entry) => `${entry.level} ${entry.name}`)).toEqual([
      '1 Einstieg',
      '2 Erste Schritte',
      '3 Im Aufbau',
      '4 Fortgeschritten',
      '5 Vorreiter',
    ]);
    for (const entry of MATURITY_COLOURS) {
      expect(contrastRatio(entry.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(entry.colour, entry.text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(MATURITY_COLOURS.map((entry) => entry.colour)).size).toBe(5);
  });
});
