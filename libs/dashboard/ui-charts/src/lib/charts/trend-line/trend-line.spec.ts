import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { SERIES_COLOURS } from '../chart-colours';
import { TrendLine, TrendSeries } from './trend-line';

const WAVES = [
  { key: 'w2024', label: 'Welle 2024' },
  { key: 'w2025', label: 'Welle 2025' },
  { key: 'w2026', label: 'Welle 2026' },
  { key: 'w2027', label: 'Welle 2027' },
];
const SERIES: TrendSeries[] = [
  {
    key: '07131',
    label: 'Ahrweiler',
    points: [
      { value: 40, joined: true },
      { value: 45.5, joined: true },
      { value: 30, joined: false },
      { value: 35, joined: true },
    ],
  },
  {
    key: '07132',
    label: 'Altenkirchen',
    points: [
      { value: 20, joined: true },
      { value: null, joined: true },
      { value: 50, joined: true },
      { value: 55, joined: true },
    ],
  },
];

describe('TrendLine', () => {
  let fixture: ComponentFixture<TrendLine>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  async function render(series: TrendSeries[] = SERIES): Promise<void> {
    TestBed.configureTestingModule({ imports: [TrendLine], providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(TrendLine);
    fixture.componentRef.setInput('heading', 'Gesamtindex über die Wellen');
    fixture.componentRef.setInput('waves', WAVES);
    fixture.componentRef.setInput('series', series);
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const lines = () => Array.from(element.querySelectorAll('g[ngx-charts-line-series] path.line'));

  it('breaks lines where a point is not joined or missing; segments keep the series colour', async () => {
    await render();
    // Ahrweiler: 2024–2025 and 2026–2027; Altenkirchen: 2024 alone (no line), 2026–2027.
    expect(lines().map((line) => line.getAttribute('stroke'))).toEqual([
      SERIES_COLOURS[0],
      SERIES_COLOURS[0],
      SERIES_COLOURS[1],
      SERIES_COLOURS[1],
    ]);
    const ticks = Array.from(element.querySelectorAll('g[ngx-charts-x-axis-ticks] text')).map((t) => text(t));
    expect(ticks).toEqual(['Welle 2024', 'Welle 2025', 'Welle 2026', 'Welle 2027']);
  });

  it('explains the break under the chart and names series with colour and pattern in the legend', async () => {
    await render();
    expect(text(element.querySelector('[data-testid="chart-break"]'))).toBe(
      'Unterbrochene Linie: Frage/Feld zwischen den Versionen geändert, nicht vergleichbar',
    );
    const items = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li'));
    expect(items.map((li) => text(li))).toEqual(['Ahrweiler', 'Altenkirchen']);
    expect(items.map((li) => li.querySelector('line')?.getAttribute('stroke'))).toEqual([
      SERIES_COLOURS[0],
      SERIES_COLOURS[1],
    ]);
  });

  it('has no note when every line is continuous', async () => {
    await render([SERIES[1]]);
    expect(element.querySelector('[data-testid="chart-break"]')).toBeNull();
  });

  it('lists waves × series in the table, marking values not comparable with the previous wave', async () => {
    await render();
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Welle 2024', '40', '20'],
      ['Welle 2025', '46', 'keine Angabe'],
      ['Welle 2026', '30*', '50'],
      ['Welle 2027', '35', '55'],
    ]);
    expect(text(element.querySelector('[data-testid="chart-table-break"]'))).toBe(
      '* Frage/Feld gegenüber der vorigen Welle geändert, nicht vergleichbar.',
    );
    const selected: string[] = [];
    fixture.componentInstance.seriesSelect.subscribe((key) => selected.push(key));
    element.querySelectorAll<HTMLButtonElement>('thead button')[1].click();
    expect(selected).toEqual(['07132']);
  });
});
