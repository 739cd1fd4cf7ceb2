import { exportFileName, fileNamePart } from './export-file-name';

describe('exportFileName', () => {
  it('joins Land, year and chart into a readable name', () => {
    expect(exportFileName(['RP', 2026, 'Index-Rangfolge'], 'svg')).toBe('rp_2026_index-rangfolge.svg');
  });

  it('transliterates umlauts and drops punctuation and empty parts', () => {
    expect(fileNamePart('Größenklasse & Hemmnisse (Übersicht)')).toBe('groessenklasse-hemmnisse-uebersicht');
    expect(exportFileName(['Mayen-Koblenz', null, '', 'Stärken/Schwächen'], 'csv')).toBe(
      'mayen-koblenz_staerken-schwaechen.csv',
    );
    expect(exportFileName(['Île-de-France'], 'png')).toBe('ile-de-france.png');
  });

  it('falls back to "export" when nothing is left', () => {
    expect(exportFileName(['', null, '!!'], 'xlsx')).toBe('export.xlsx');
  });

  it('cuts long titles before the extension, never inside it', () => {
    const name = exportFileName(['rp', 2026, 'Wie wichtig ist '.repeat(20)], 'xlsx');
    expect(name.endsWith('.xlsx')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(155);
    expect(name).toMatch(/^rp_2026_wie-wichtig-ist-/);
    expect(name).not.toMatch(/-\.xlsx$/);
  });
});
