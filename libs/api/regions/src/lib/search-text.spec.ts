import { searchTextOf } from './search-text';
import { cleanKreisName } from './seed/reference-regions';

describe('searchTextOf', () => {
  it('lower-cases (umlauts too) and turns word separators into single spaces behind a leading space', () => {
    expect(searchTextOf('Bad Neuenahr-Ahrweiler')).toBe(' bad neuenahr ahrweiler');
    expect(searchTextOf('Frankenthal (Pfalz)')).toBe(' frankenthal pfalz');
    expect(searchTextOf('ÜBERLINGEN')).toBe(' überlingen');
    expect(searchTextOf('  Halle  (Saale) ')).toBe(' halle saale');
  });
});

describe('cleanKreisName', () => {
  it.each([
    ['Flensburg, Stadt', 'Flensburg'],
    ['Kiel, Landeshauptstadt', 'Kiel'],
    ['Koblenz, kreisfreie Stadt', 'Koblenz'],
    ['Hagen, Stadt der FernUniversität', 'Hagen'],
    ['Landkreis Rostock', 'Landkreis Rostock'],
    ['Ahrweiler', 'Ahrweiler'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanKreisName(raw)).toBe(clean);
  });
});
