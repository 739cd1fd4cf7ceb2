import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { contrastRatio } from '../../region-map/map-colours';
import { SERIES_COLOURS } from '../chart-colours';
import { GroupedBars } from './grouped-bars';

const FIELDS = [
  { key: 'verwaltung', label: 'Verwaltung' },
  { key: 'bildung', label: 'Bildung' },
  { key: 'mobilitaet', label: 'Mobilität' },
];
const REGIONS = [
  { key: '07131', label: 'Ahrweiler', values: [72.4, 55, 40.6] },
  { key: '07132', label: 'Altenkirchen', values: [61, null, 33.5] },
];

describe('GroupedBars', () => {
  let fixture: ComponentFixture<GroupedBars>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [GroupedBars], providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(GroupedBars);
    fixture.componentRef.setInput('heading', 'Handlungsfelder im Vergleich');
    fixture.componentRef.setInput('groups', FIELDS);
    fixture.componentRef.setInput('series', REGIONS);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const bars = () => Array.from(element.querySelectorAll('path.bar'));

  it('draws a bar per region and field in the region colour, each value printed', () => {
    expect(bars().map((bar) => bar.getAttribute('fill'))).toEqual([
      SERIES_COLOURS[0],
      SERIES_COLOURS[1],
      SERIES_COLOURS[0],
      SERIES_COLOURS[0],
      SERIES_COLOURS[1],
    ]);
    const labels = Array.from(element.querySelectorAll('text.textDataLabel')).map((label) => text(label));
    expect(labels).toEqual(['72', '61', '55', '41', '34']);
    const ticks = Array.from(element.querySelectorAll('g[ngx-charts-x-axis-ticks] text')).map((t) => text(t));
    expect(ticks).toEqual(['Verwaltung', 'Bildung', 'Mobilität']);
  });

  it('names the regions in the legend and the missing value in a note', () => {
    const legend = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li')).map((li) => text(li));
    expect(legend).toEqual(['Ahrweiler', 'Altenkirchen']);
    expect(text(element.querySelector('[data-testid="chart-missing"]'))).toBe(
      'Ohne Wert (kein Balken): Altenkirchen (Bildung)',
    );
  });

  it('has six series colours, each ≥ 4.5:1 against white and different', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(6);
    for (const colour of SERIES_COLOURS) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('emits the region of a clicked bar and of a region chosen in the table', async () => {
    const selected: string[] = [];
    fixture.componentInstance.seriesSelect.subscribe((key) => selected.push(key));
    bars()[1].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    element.querySelectorAll<HTMLButtonElement>('thead button')[0].click();
    expect(selected).toEqual(['07132', '07131']);
  });

  it('shows fields × regions in the table', async () => {
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const table = element.querySelector('table') as HTMLTableElement;
    expect(text(table.querySelector('caption'))).toBe('Handlungsfelder im Vergleich (Punkte)');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => text(th))).toEqual([
      'Handlungsfeld',
      'Ahrweiler',
      'Altenkirchen',
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Verwaltung', '72', '61'],
      ['Bildung', '55', 'keine Angabe'],
      ['Mobilität', '41', '34'],
    ]);
  });
});
