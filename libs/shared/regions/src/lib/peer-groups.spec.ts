import {
  DEFAULT_PEER_GROUPS,
  peerGroupOf,
  sizeClassesFrom,
  sizeClassLabel,
  sizeClassLabelOf,
  sizeClassOf,
} from './peer-groups';

describe('peer groups', () => {
  it('has documented default bands for Kreise and Gemeindeverbände', () => {
    expect(DEFAULT_PEER_GROUPS.KREIS?.map((size) => size.code)).toEqual([
      'lt100k',
      '100k-150k',
      '150k-250k',
      '250k-500k',
      'ge500k',
    ]);
    expect(DEFAULT_PEER_GROUPS.GEMEINDEVERBAND?.map((size) => size.code)).toEqual([
      'lt10k',
      '10k-20k',
      '20k-50k',
      'ge50k',
    ]);
  });

  it('labels bands in German', () => {
    const [under, middle, , , over] = DEFAULT_PEER_GROUPS.KREIS ?? [];
    expect(sizeClassLabel(under)).toBe('unter 100.000 Einwohner');
    expect(sizeClassLabel(middle)).toBe('100.000 bis unter 150.000 Einwohner');
    expect(sizeClassLabel(over)).toBe('500.000 Einwohner und mehr');
  });

  it('puts the boundary into the upper band', () => {
    expect(sizeClassOf('KREIS', 99_999)?.code).toBe('lt100k');
    expect(sizeClassOf('KREIS', 100_000)?.code).toBe('100k-150k');
    expect(sizeClassOf('KREIS', 500_000)?.code).toBe('ge500k');
    expect(sizeClassOf('KREIS', null)).toBeNull();
    expect(sizeClassOf('LAND', 4_000_000)).toBeNull();
  });

  it('combines kind and size class', () => {
    expect(peerGroupOf({ level: 'KREIS', kind: 'Landkreis', population: 129_727 })).toEqual({
      kind: 'Landkreis',
      sizeClass: '100k-150k',
      label: 'Landkreis, 100.000 bis unter 150.000 Einwohner',
    });
    expect(peerGroupOf({ level: 'GEMEINDEVERBAND', kind: 'Verbandsgemeinde', population: 12_000 })?.label).toBe(
      'Verbandsgemeinde, 10.000 bis unter 20.000 Einwohner',
    );
  });

  it('accepts a configuration of its own', () => {
    const config = { KREIS: sizeClassesFrom([200_000]) };
    expect(peerGroupOf({ level: 'KREIS', kind: 'Kreis', population: 150_000 }, config)?.sizeClass).toBe('lt200k');
    expect(peerGroupOf({ level: 'GEMEINDEVERBAND', kind: 'Amt', population: 5_000 }, config)).toBeNull();
  });

  it('names a size class by its code, and keeps an unknown code as it is', () => {
    expect(sizeClassLabelOf('100k-150k')).toBe('100.000 bis unter 150.000 Einwohner');
    expect(sizeClassLabelOf('lt10k')).toBe('unter 10.000 Einwohner');
    expect(sizeClassLabelOf('xl')).toBe('xl');
  });
});
