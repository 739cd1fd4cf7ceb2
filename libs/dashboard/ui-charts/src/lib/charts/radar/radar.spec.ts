import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { SERIES_COLOURS } from '../chart-colours';
import { Radar } from './radar';

const FIELDS = [
  { key: 'verwaltung', label: 'Verwaltung' },
  { key: 'bildung', label: 'Bildung' },
  { key: 'mobilitaet', label: 'Mobilität' },
  { key: 'wirtschaft', label: 'Wirtschaft' },
];
const REGIONS = [
  { key: '07131', label: 'Ahrweiler', values: [72.4, 55, 40.6, 20] },
  { key: '07132', label: 'Altenkirchen', values: [61, null, 33.5, 90] },
];

describe('Radar', () => {
  let fixture: ComponentFixture<Radar>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Radar], providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(Radar);
    fixture.componentRef.setInput('heading', 'Profil im Vergleich');
    fixture.componentRef.setInput('groups', FIELDS);
    fixture.componentRef.setInput('series', REGIONS);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('draws one line per region in its colour, over fixed axes 0–100 and one spoke per field', () => {
    // The first polar series is the invisible one that fixes the spokes.
    const [axis, ...series] = Array.from(element.querySelectorAll('g[ngx-charts-polar-series]'));
    expect(axis.querySelector('path.line')?.getAttribute('stroke')).toBe('transparent');
    expect(series).toHaveLength(2);
    const strokes = series.map((g) => g.querySelector('path.line')?.getAttribute('stroke'));
    expect(strokes).toEqual([SERIES_COLOURS[0], SERIES_COLOURS[1]]);
    // Straight lines, closed: no cubic curve segments that overshoot the values.
    const d = series[0].querySelector('path.line')?.getAttribute('d') ?? '';
    expect(d).toMatch(/^M[-\d.,eL]+Z$/);
    expect(d.split('L')).toHaveLength(4);
    const ticks = Array.from(element.querySelectorAll('g[ngx-charts-y-axis-ticks] text')).map((t) => text(t));
    expect(ticks).toEqual(['100', '80', '60', '40', '20', '0']);
    const spokes = Array.from(element.querySelectorAll('g[ngx-charts-pie-label] text')).map((t) => text(t));
    expect(spokes).toEqual(['Verwaltung', 'Bildung', 'Mobilität', 'Wirtschaft']);
  });

  it('keeps the spokes in the order of the fields when the first region lacks one and nobody has another', async () => {
    fixture.componentRef.setInput('series', [
      { key: '07132', label: 'Altenkirchen', values: [61, null, 33.5, null] },
      { key: '07131', label: 'Ahrweiler', values: [72.4, 55, 40.6, null] },
    ]);
    await fixture.whenStable();
    const spokes = Array.from(element.querySelectorAll('g[ngx-charts-pie-label] text')).map((t) => text(t));
    expect(spokes).toEqual(['Verwaltung', 'Bildung', 'Mobilität', 'Wirtschaft']);
  });

  it('shows colour and line pattern of each region in the legend, missing points in a note', () => {
    const items = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li'));
    expect(items.map((li) => text(li))).toEqual(['Ahrweiler', 'Altenkirchen']);
    expect(items.map((li) => li.querySelector('line')?.getAttribute('stroke-dasharray') ?? 'solid')).toEqual([
      'solid',
      '8 4',
    ]);
    expect(text(element.querySelector('[data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (Punkt fehlt): Altenkirchen (Bildung)',
    );
  });

  it('swaps to a table of fields × regions', async () => {
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('ngx-charts-polar-chart')).toBeNull();
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Verwaltung', '72', '61'],
      ['Bildung', '55', 'keine Angabe'],
      ['Mobilität', '41', '34'],
      ['Wirtschaft', '20', '90'],
    ]);
    const selected: string[] = [];
    fixture.componentInstance.seriesSelect.subscribe((key) => selected.push(key));
    element.querySelectorAll<HTMLButtonElement>('thead button')[1].click();
    expect(selected).toEqual(['07132']);
  });
});
