import { countByKind, levelPlural, levelSingular } from './region-labels';

describe('region labels', () => {
  it('names the levels in German', () => {
    expect(levelPlural('GEMEINDEVERBAND')).toBe('Gemeindeverbände');
    expect(levelPlural('LAND')).toBe('Länder');
    expect(levelSingular('KREIS')).toBe('Kreis');
  });

  it('counts regions per kind, most frequent first', () => {
    const kinds = [...Array(24).fill('Landkreis'), ...Array(12).fill('Kreisfreie Stadt')].map((kind) => ({ kind }));
    expect(countByKind(kinds)).toEqual([
      ['Landkreis', 24],
      ['Kreisfreie Stadt', 12],
    ]);
  });
});
