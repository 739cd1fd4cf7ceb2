import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { Histogram, HistogramBin } from './histogram';

const BINS: HistogramBin[] = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((from, i) => ({
  from,
  to: from + 10,
  count: [0, 2, 5, 9, 14, 1200, 11, 6, 3, 1][i],
}));

describe('Histogram', () => {
  let fixture: ComponentFixture<Histogram>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Histogram], providers: [provideNoopAnimations()] });
    fixture = TestBed.createComponent(Histogram);
    fixture.componentRef.setInput('bins', BINS);
    fixture.componentRef.setInput('quartiles', { q1: 35.25, median: 48, q3: 61.4 });
    fixture.componentRef.setInput('heading', 'Verteilung des Gesamtindex');
    fixture.componentRef.setInput('valueLabel', 'Gesamtindex (Punkte)');
    fixture.componentRef.setInput('countLabel', 'Anzahl Kommunen');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
  const bars = () => Array.from(element.querySelectorAll('path.bar'));

  it('colours each bin by the maturity level it falls in and prints the counts in German', () => {
    expect(bars()).toHaveLength(10);
    expect(bars().map((bar) => bar.getAttribute('fill'))).toEqual([
      '#b54d00',
      '#b54d00',
      '#866300',
      '#866300',
      '#1f7a5c',
      '#1f7a5c',
      '#2a58a8',
      '#2a58a8',
      '#4b2a7b',
      '#4b2a7b',
    ]);
    const labels = Array.from(element.querySelectorAll('text.textDataLabel')).map((label) => text(label));
    expect(labels).toEqual(['0', '2', '5', '9', '14', '1.200', '11', '6', '3', '1']);
  });

  it('names all five levels in the legend and states the quartiles under the chart', () => {
    const legend = Array.from(element.querySelectorAll('[data-testid="chart-legend"] li')).map((li) => text(li));
    expect(legend).toEqual([
      '1 – Einstieg',
      '2 – Erste Schritte',
      '3 – Im Aufbau',
      '4 – Fortgeschritten',
      '5 – Vorreiter',
    ]);
    expect(text(element.querySelector('[data-testid="chart-quartiles"]'))).toBe(
      '1. Quartil 35,3 · Median 48 · 3. Quartil 61,4',
    );
  });

  it('shows bins, counts, levels and quartiles in the table', async () => {
    (element.querySelector('[data-testid="chart-toggle"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const table = element.querySelector('table') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => text(th))).toEqual([
      'Gesamtindex (Punkte)',
      'Anzahl Kommunen',
      'Reifegrad',
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows[0]).toEqual(['0 bis unter 10', '0', '1 – Einstieg']);
    expect(rows[5]).toEqual(['50 bis unter 60', '1.200', '3 – Im Aufbau']);
    expect(rows[9]).toEqual(['90 bis 100', '1', '5 – Vorreiter']);
    const quartiles = Array.from(table.querySelectorAll('tfoot tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(quartiles).toEqual([
      ['1. Quartil', '35,3'],
      ['Median', '48'],
      ['3. Quartil', '61,4'],
    ]);
  });

  it('leaves the quartile line out without quartiles', async () => {
    fixture.componentRef.setInput('quartiles', null);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="chart-quartiles"]')).toBeNull();
  });
});
