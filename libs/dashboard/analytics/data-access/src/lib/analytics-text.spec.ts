import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { EMPTY_VIEW } from './analytics-view';
import {
  chartSubtitle,
  currentFiltersText,
  germanNumber,
  germanPercent,
  sizeClassOptions,
  sourceLine,
} from './analytics-text';

registerLocaleData(localeDe);

describe('analytics texts', () => {
  it('formats shares and scores the German way', () => {
    expect(germanPercent(83 / 146)).toBe('57\u00a0%');
    expect(germanPercent(null)).toBe('–');
    expect(germanNumber(62.44)).toBe('62,4');
    expect(germanNumber(11402, '1.0-0')).toBe('11.402');
  });

  it('states every filter in the current filters line', () => {
    expect(currentFiltersText(EMPTY_VIEW, { waveTitle: null, landName: null })).toBe(
      'keine Befragung gewählt · alle Länder · alle Ebenen · alle Arten · alle Größenklassen',
    );
    const view = { waveId: 'w', landArs: '07', level: 'KREIS' as const, kind: 'Landkreis', sizeClass: '100k-150k' };
    expect(currentFiltersText(view, { waveTitle: 'Digitalcheck RLP 2024', landName: 'Rheinland-Pfalz' })).toBe(
      'Befragung: Digitalcheck RLP 2024 · Rheinland-Pfalz · Kreise und kreisfreie Städte · Landkreis · ' +
        '100.000 bis unter 150.000 Einwohner',
    );
  });

  it('adds n to the subtitle and names the wave in the source line', () => {
    expect(chartSubtitle('Befragung: X · Rheinland-Pfalz', 1234)).toBe('Befragung: X · Rheinland-Pfalz · n = 1.234');
    expect(sourceLine('Digitalcheck RLP 2024')).toBe(
      'Quelle: Digitalcheck Kommune, Befragung „Digitalcheck RLP 2024“; Selbsteinschätzung der Kommunen',
    );
  });

  it('offers the size classes of a level', () => {
    expect(sizeClassOptions('GEMEINDEVERBAND').map((o) => o.code)).toEqual(['lt10k', '10k-20k', '20k-50k', 'ge50k']);
    expect(sizeClassOptions('KREIS')[1]).toEqual({ code: '100k-150k', label: '100.000 bis unter 150.000 Einwohner' });
    expect(sizeClassOptions(null)).toHaveLength(9);
  });
});
