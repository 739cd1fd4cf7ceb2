import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Heatmap } from './heatmap';

describe('Heatmap', () => {
  let fixture: ComponentFixture<Heatmap>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Heatmap] });
    fixture = TestBed.createComponent(Heatmap);
    fixture.componentRef.setInput('heading', 'Handlungsfelder der Kreise');
    fixture.componentRef.setInput('rowHeader', 'Kreis');
    fixture.componentRef.setInput('columns', [
      { key: 'verwaltung', label: 'Verwaltung' },
      { key: 'bildung', label: 'Bildung' },
      { key: 'mobilitaet', label: 'Mobilität' },
    ]);
    fixture.componentRef.setInput('rows', [
      { key: '07131', label: 'Ahrweiler', values: [12.4, 62.5, null] },
      { key: '07132', label: 'Altenkirchen', values: [39.99999999999999, 80, 100] },
    ]);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const cells = () => Array.from(element.querySelectorAll<HTMLElement>('[role="cell"]'));

  it('prints each score rounded half up in German and colours the cell by its level', () => {
    expect(cells().map((cell) => cell.querySelector('[aria-hidden]')?.textContent)).toEqual([
      '12',
      '63',
      '–',
      '40',
      '80',
      '100',
    ]);
    expect(cells().map((cell) => cell.style.backgroundColor)).toEqual([
      'rgb(181, 77, 0)',
      'rgb(42, 88, 168)',
      '',
      'rgb(31, 122, 92)',
      'rgb(75, 42, 123)',
      'rgb(75, 42, 123)',
    ]);
    expect(cells()[2].classList).toContain('dc-chart-hatch');
    expect(text(cells()[1].querySelector('.kern-sr-only'))).toBe('63, Fortgeschritten');
    expect(text(cells()[2].querySelector('.kern-sr-only'))).toBe('keine Angabe');
  });

  it('is a grid with table roles: column headers, row headers, cells', () => {
    const grid = element.querySelector('[role="table"]') as HTMLElement;
    expect(grid.getAttribute('aria-label')).toBe('Handlungsfelder der Kreise');
    expect(Array.from(grid.querySelectorAll('[role="columnheader"]')).map((th) => text(th))).toEqual([
      'Kreis',
      'Verwaltung',
      'Bildung',
      'Mobilität',
    ]);
    expect(Array.from(grid.querySelectorAll('[role="rowheader"]')).map((th) => text(th))).toEqual([
      'Ahrweiler',
      'Altenkirchen',
    ]);
    expect(grid.querySelectorAll('[role="row"]')).toHaveLength(3);
  });

  it('explains levels and the hatched "–" in the legend', () => {
    const legend = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li')).map((li) => text(li));
    expect(legend).toEqual([
      '1 – Einstieg',
      '2 – Erste Schritte',
      '3 – Im Aufbau',
      '4 – Fortgeschritten',
      '5 – Vorreiter',
      '– keine Angabe',
    ]);
  });

  it('emits the key of a region whose name is activated', () => {
    const selected: string[] = [];
    fixture.componentInstance.rowSelect.subscribe((key) => selected.push(key));
    const buttons = element.querySelectorAll<HTMLButtonElement>('[role="rowheader"] button');
    buttons[1].click();
    expect(selected).toEqual(['07132']);
  });

  it('shows a table with scores and level names instead of the grid', async () => {
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('[role="table"]')).toBeNull();
    const table = element.querySelector('table') as HTMLTableElement;
    expect(text(table.querySelector('caption'))).toBe('Handlungsfelder der Kreise');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => text(th))).toEqual([
      'Kreis',
      'Verwaltung',
      'Bildung',
      'Mobilität',
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Ahrweiler', '12, Einstieg', '63, Fortgeschritten', 'keine Angabe'],
      ['Altenkirchen', '40, Im Aufbau', '80, Vorreiter', '100, Vorreiter'],
    ]);
  });
});
