import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { RegionSummary } from '@digitalcheck/shared-contracts';
import { RegionPicker } from './region-picker';

const region = (ars: string, name: string, kind: string, level: RegionSummary['level']): RegionSummary => ({
  ars,
  ags: null,
  name,
  level,
  kind,
  parentArs: null,
  landArs: ars.slice(0, 2),
  population: null,
  populationDate: null,
  nuts3: null,
  sizeClass: null,
});
const ahrweiler = region('07131', 'Ahrweiler', 'Landkreis', 'KREIS');
const koblenz = region('07111', 'Koblenz', 'Kreisfreie Stadt', 'KREIS');
const rheinlandPfalz = region('07', 'Rheinland-Pfalz', 'Land', 'LAND');

describe('RegionPicker', () => {
  let fixture: ComponentFixture<RegionPicker>;
  let element: HTMLElement;
  let searches: string[];
  let chosen: RegionSummary[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [RegionPicker] });
    fixture = TestBed.createComponent(RegionPicker);
    fixture.componentRef.setInput('debounceMs', 0);
    element = fixture.nativeElement;
    searches = [];
    chosen = [];
    fixture.componentInstance.search.subscribe((q) => searches.push(q));
    fixture.componentInstance.regionSelect.subscribe((r) => chosen.push(r));
    await fixture.whenStable();
  });

  const input = () => element.querySelector('input') as HTMLInputElement;
  const listbox = () => element.querySelector('[role="listbox"]') as HTMLUListElement;
  const options = () => Array.from(element.querySelectorAll('[role="option"]'));
  const status = () => element.querySelector('[role="status"]')?.textContent?.trim();
  const key = (k: string) => input().dispatchEvent(new KeyboardEvent('keydown', { key: k, cancelable: true }));

  async function type(text: string): Promise<void> {
    input().value = text;
    input().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function answer(results: RegionSummary[], total = results.length): Promise<void> {
    fixture.componentRef.setInput('results', results);
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('loading', false);
    await fixture.whenStable();
  }

  it('is a labelled combobox that controls a listbox', () => {
    expect(element.querySelector('label')?.textContent?.trim()).toBe('Region suchen');
    expect(element.querySelector('label')?.getAttribute('for')).toBe(input().id);
    expect(input().getAttribute('role')).toBe('combobox');
    expect(input().getAttribute('aria-autocomplete')).toBe('list');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-controls')).toBe(listbox().id);
    expect(listbox().hidden).toBe(true);
  });

  it('emits the trimmed query once typing pauses, and "" below two characters', async () => {
    fixture.componentRef.setInput('debounceMs', 60);
    await type('A');
    await type('Ah');
    await type('Ahrw ');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(searches).toEqual(['']);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(searches).toEqual(['', 'Ahrw']);
  });

  it('has a default debounce of 250 ms', () => {
    const picker = TestBed.createComponent(RegionPicker).componentInstance;
    expect(picker.debounceMs()).toBe(250);
  });

  it('opens with the results, announces their number, and moves the active option with the arrow keys', async () => {
    await type('Ahrw');
    await answer([ahrweiler, koblenz, rheinlandPfalz]);
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(listbox().hidden).toBe(false);
    expect(options().map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Ahrweiler Landkreis · 07131',
      'Koblenz Kreisfreie Stadt · 07111',
      'Rheinland-Pfalz Land · 07',
    ]);
    expect(status()).toBe('3 Regionen gefunden.');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);

    key('ArrowDown');
    await fixture.whenStable();
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    key('ArrowDown');
    await fixture.whenStable();
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[2].id);
    key('ArrowDown');
    await fixture.whenStable();
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    key('ArrowUp');
    await fixture.whenStable();
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[2].id);
  });

  it('chooses the active option with Enter', async () => {
    await type('Ahrw');
    await answer([ahrweiler, koblenz]);
    key('ArrowDown');
    await fixture.whenStable();
    key('Enter');
    await fixture.whenStable();
    expect(chosen).toEqual([ahrweiler]);
    expect(input().value).toBe('Ahrweiler');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('does nothing on Enter without an active option', async () => {
    await type('Ahrw');
    await answer([ahrweiler]);
    key('Enter');
    expect(chosen).toEqual([]);
  });

  it('closes with Escape and clears the input with a second Escape', async () => {
    await type('Ahrw');
    await answer([ahrweiler]);
    key('Escape');
    await fixture.whenStable();
    expect(listbox().hidden).toBe(true);
    expect(input().value).toBe('Ahrw');
    key('Escape');
    await fixture.whenStable();
    expect(input().value).toBe('');
    expect(searches.at(-1)).toBe('');
  });

  it('chooses an option with the mouse', async () => {
    await type('Kob');
    await answer([ahrweiler, koblenz]);
    options()[1].dispatchEvent(new MouseEvent('mousedown', { cancelable: true }));
    expect(chosen).toEqual([koblenz]);
  });

  it('announces searching, no result, one result and a cut-off list', async () => {
    await type('Xy');
    fixture.componentRef.setInput('loading', true);
    await fixture.whenStable();
    expect(status()).toBe('Suche läuft …');
    await answer([]);
    expect(status()).toBe('Keine Region gefunden.');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    await answer([ahrweiler]);
    expect(status()).toBe('1 Region gefunden.');
    await answer([ahrweiler, koblenz], 57);
    expect(status()).toBe('2 von 57 Regionen angezeigt.');
  });
});
