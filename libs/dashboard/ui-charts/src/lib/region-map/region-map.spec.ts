import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SIX_REGIONS, SIX_VALUES } from '../../testing/region-topology';
import { SEQUENTIAL_COLOURS } from './map-colours';
import { RegionMap } from './region-map';

describe('RegionMap', () => {
  let fixture: ComponentFixture<RegionMap>;
  let element: HTMLElement;

  beforeAll(() => registerLocaleData(localeDe));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RegionMap],
      providers: [{ provide: LOCALE_ID, useValue: 'de-DE' }],
    });
    fixture = TestBed.createComponent(RegionMap);
    fixture.componentRef.setInput('topology', SIX_REGIONS);
    fixture.componentRef.setInput('values', SIX_VALUES);
    fixture.componentRef.setInput('heading', 'Einwohnerzahl der Kreise');
    fixture.componentRef.setInput('valueLabel', 'Einwohnerzahl');
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  const regions = () => Array.from(element.querySelectorAll<SVGPathElement>('path.dc-map__region'));
  const region = (ars: string) => element.querySelector(`path[data-ars="${ars}"]`) as SVGPathElement;
  const toggle = () => element.querySelector('.dc-map__toggle') as HTMLButtonElement;
  const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

  it('draws one focusable path per region, labelled "Name: Wert" in de-DE', () => {
    expect(regions()).toHaveLength(6);
    expect(region('07131').getAttribute('role')).toBe('img');
    expect(region('07131').getAttribute('aria-label')).toBe('Ahrweiler: 1.000');
    expect(region('07137').getAttribute('aria-label')).toBe('Mayen-Koblenz: keine Angabe');
    expect(element.querySelector('svg.dc-map__svg')?.getAttribute('viewBox')).toMatch(/^0 0 600 \d+$/);
  });

  it('colours each region by its quantile class and hatches the one without a value', () => {
    const fills = ['07131', '07132', '07133', '07134', '07135'].map((ars) => region(ars).getAttribute('fill'));
    expect(fills).toEqual([...SEQUENTIAL_COLOURS]);
    const hatchId = element.querySelector('pattern')?.getAttribute('id');
    expect(region('07137').getAttribute('fill')).toBe(`url(#${hatchId})`);
  });

  it('shows a legend with de-DE class bounds and "keine Angabe"', () => {
    const items = Array.from(element.querySelectorAll('.dc-map__legend-item')).map((li) => text(li));
    expect(items).toEqual([
      '1.000 bis unter 1.800',
      '1.800 bis unter 2.600',
      '2.600 bis unter 3.400',
      '3.400 bis unter 4.200',
      '4.200 bis 5.000',
      'keine Angabe',
    ]);
    const swatches = Array.from(element.querySelectorAll('.dc-map__legend-item rect')).map((r) =>
      r.getAttribute('fill'),
    );
    expect(swatches.slice(0, 5)).toEqual([...SEQUENTIAL_COLOURS]);
    expect(swatches[5]).toMatch(/^url\(#dc-map-hatch-\d+\)$/);
  });

  it('shows categories (ja / nein) as classes of their own, in the legend and the labels', async () => {
    fixture.componentRef.setInput('values', { '07131': 1, '07132': 0, '07133': 1, '07134': 0, '07135': 0 });
    fixture.componentRef.setInput('categories', [
      { value: 1, label: 'ja' },
      { value: 0, label: 'nein' },
    ]);
    await fixture.whenStable();
    const items = Array.from(element.querySelectorAll('.dc-map__legend-item')).map((li) => text(li));
    expect(items).toEqual(['nein', 'ja', 'keine Angabe']);
    expect(region('07131').getAttribute('aria-label')).toBe('Ahrweiler: ja');
    expect(region('07132').getAttribute('aria-label')).toBe('Altenkirchen (Westerwald): nein');
    expect(region('07131').getAttribute('fill')).not.toBe(region('07132').getAttribute('fill'));
    expect(region('07133').getAttribute('fill')).toBe(region('07131').getAttribute('fill'));
  });

  it('always shows the attribution with a link to the BKG', () => {
    const attribution = element.querySelector('[data-testid="map-attribution"]');
    expect(text(attribution)).toBe('© GeoBasis-DE / BKG 2021 (Daten verändert)');
    const link = attribution?.querySelector('a');
    expect(link?.textContent).toBe('GeoBasis-DE / BKG');
    expect(link?.getAttribute('href')).toBe('https://www.bkg.bund.de');
  });

  it('replaces the map with a table of region, key and value, and back', async () => {
    expect(text(toggle())).toBe('Als Tabelle anzeigen');
    expect(element.querySelector('table')).toBeNull();
    toggle().click();
    await fixture.whenStable();

    expect(text(toggle())).toBe('Als Karte anzeigen');
    expect(element.querySelector('svg.dc-map__svg')).toBeNull();
    const table = element.querySelector('[data-testid="region-map-table"]') as HTMLTableElement;
    expect(text(table.querySelector('caption'))).toBe('Einwohnerzahl der Kreise');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => text(th))).toEqual([
      'Region',
      'Schlüssel',
      'Einwohnerzahl',
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => text(cell)),
    );
    expect(rows).toEqual([
      ['Ahrweiler', '07131', '1.000'],
      ['Altenkirchen (Westerwald)', '07132', '2.000'],
      ['Bad Kreuznach', '07133', '3.000'],
      ['Birkenfeld', '07134', '4.000'],
      ['Cochem-Zell', '07135', '5.000'],
      ['Mayen-Koblenz', '07137', 'keine Angabe'],
    ]);
    expect(text(element.querySelector('[data-testid="map-attribution"]'))).toContain('GeoBasis-DE / BKG');

    toggle().click();
    await fixture.whenStable();
    expect(regions()).toHaveLength(6);
  });

  it('has one tab stop; arrow keys, Home and End move focus in alphabetical order', async () => {
    expect(regions().filter((p) => p.getAttribute('tabindex') === '0')).toEqual([region('07131')]);
    region('07131').focus();
    region('07131').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(region('07132'));
    expect(region('07132').getAttribute('tabindex')).toBe('0');
    expect(region('07131').getAttribute('tabindex')).toBe('-1');

    region('07132').dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(region('07137'));
    region('07137').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(region('07137'));
    region('07137').dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(region('07131'));
  });

  it('shows a tooltip with name and value on focus and on hover, and hides it on blur', async () => {
    const tooltip = () => element.querySelector('[data-testid="region-map-tooltip"]');
    region('07133').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await fixture.whenStable();
    expect(Array.from(tooltip()?.children ?? []).map((span) => text(span))).toEqual([
      'Bad Kreuznach',
      'Einwohnerzahl: 3.000',
    ]);
    expect(tooltip()?.getAttribute('aria-hidden')).toBe('true');
    region('07133').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await fixture.whenStable();
    expect(tooltip()).toBeNull();

    region('07135').dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    await fixture.whenStable();
    expect(text(tooltip())).toContain('Einwohnerzahl: 5.000');
    expect(element.querySelectorAll('path.dc-map__highlight')).toHaveLength(2);
  });

  it('emits the key of a region on click and on Enter', () => {
    const selected: string[] = [];
    fixture.componentInstance.regionSelect.subscribe((ars) => selected.push(ars));
    region('07134').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region('07131').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    element.querySelector('button')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(selected).toEqual(['07134', '07131']);
  });

  it('prefers an explicit attribution over the topology’s', async () => {
    fixture.componentRef.setInput('attribution', 'Eigene Quelle');
    await fixture.whenStable();
    expect(text(element.querySelector('[data-testid="map-attribution"]'))).toBe('Eigene Quelle');
  });
});
