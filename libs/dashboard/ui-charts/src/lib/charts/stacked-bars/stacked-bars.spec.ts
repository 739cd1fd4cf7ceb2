import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { contrastRatio } from '../../region-map/map-colours';
import { CATEGORY_COLOURS } from '../chart-colours';
import { StackedBars } from './stacked-bars';

describe('StackedBars', () => {
  let fixture: ComponentFixture<StackedBars>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [StackedBars] });
    fixture = TestBed.createComponent(StackedBars);
    fixture.componentRef.setInput('heading', 'Gibt es eine Digitalstrategie?');
    fixture.componentRef.setInput('groupHeader', 'Kreis');
    fixture.componentRef.setInput('categories', [
      { key: 'ja', label: 'Ja' },
      { key: 'teilweise', label: 'Teilweise' },
      { key: 'nein', label: 'Nein' },
    ]);
    fixture.componentRef.setInput('groups', [
      { key: '07131', label: 'Ahrweiler', n: 1234, shares: [0.575, 0.4, 0.025] },
      { key: '07132', label: 'Altenkirchen', n: 2, shares: [null, null, null], suppressed: true },
      { key: '07133', label: 'Bad Kreuznach', n: 10, shares: [0.3, 0, 0.7] },
    ]);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const segments = (row: number) =>
    Array.from(element.querySelectorAll('.dc-stacked__row')[row].querySelectorAll<HTMLElement>('.dc-stacked__segment'));

  it('draws one segment per non-zero share, width by share, percentages printed where wide enough', () => {
    expect(segments(0).map((segment) => segment.style.flexGrow)).toEqual(['0.575', '0.4', '0.025']);
    expect(segments(0).map((segment) => text(segment))).toEqual(['58 %', '40 %', '']);
    expect(segments(0).map((segment) => segment.getAttribute('title'))).toEqual([
      'Ja: 58\u00a0%',
      'Teilweise: 40\u00a0%',
      'Nein: 3\u00a0%',
    ]);
    expect(segments(2).map((segment) => segment.getAttribute('data-key'))).toEqual(['ja', 'nein']);
    const bar = element.querySelector('.dc-stacked__bar');
    expect(bar?.getAttribute('role')).toBe('img');
    expect(bar?.getAttribute('aria-label')).toBe('Ahrweiler: Ja 58\u00a0%, Teilweise 40\u00a0%, Nein 3\u00a0%');
  });

  it('shows suppressed groups as text instead of a bar, with n', () => {
    const row = element.querySelectorAll('.dc-stacked__row')[1];
    expect(row.querySelector('.dc-stacked__bar')).toBeNull();
    expect(Array.from(row.children).map((child) => text(child))).toEqual([
      'Altenkirchenn = 2',
      'zu wenige Antworten (n < 3)',
    ]);
    expect(text(row.querySelector('.dc-stacked__n'))).toBe('n = 2');
    expect(text(element.querySelectorAll('.dc-stacked__row')[0].querySelector('.dc-stacked__n'))).toBe('n = 1.234');
  });

  it('colours the options from the categorical palette and names them in the legend', () => {
    expect(segments(0).map((segment) => segment.style.backgroundColor)).toEqual([
      'rgb(11, 92, 173)',
      'rgb(178, 60, 23)',
      'rgb(19, 121, 91)',
    ]);
    const legend = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li')).map((li) => text(li));
    expect(legend).toEqual(['Ja', 'Teilweise', 'Nein']);
    for (const colour of CATEGORY_COLOURS) expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('lists every share in the table, suppressed groups in one cell', async () => {
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const table = element.querySelector('table') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => text(th))).toEqual([
      'Kreis',
      'n',
      'Ja',
      'Teilweise',
      'Nein',
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Ahrweiler', '1.234', '58 %', '40 %', '3 %'],
      ['Altenkirchen', '2', 'zu wenige Antworten (n < 3)'],
      ['Bad Kreuznach', '10', '30 %', '0 %', '70 %'],
    ]);
    expect(table.querySelectorAll('tbody tr')[1].querySelectorAll('td')[1].getAttribute('colspan')).toBe('3');
  });

  it('uses the minimum group size input and emits groupSelect when selectable', async () => {
    fixture.componentRef.setInput('minimumGroupSize', 5);
    fixture.componentRef.setInput('selectable', true);
    await fixture.whenStable();
    expect(text(element.querySelector('[data-testid="stacked-suppressed"]'))).toBe('zu wenige Antworten (n < 5)');
    const selected: string[] = [];
    fixture.componentInstance.groupSelect.subscribe((key) => selected.push(key));
    element.querySelectorAll<HTMLButtonElement>('.dc-stacked__label button')[2].click();
    expect(selected).toEqual(['07133']);
  });
});
