import { LAND_CODES, landCodeOf } from './land-codes';

describe('landCodeOf', () => {
  it('names the Land of Land and region keys', () => {
    expect(landCodeOf('07')).toBe('RP');
    expect(landCodeOf('073400000000')).toBe('RP');
    expect(landCodeOf('09162')).toBe('BY');
    expect(landCodeOf('16')).toBe('TH');
  });

  it('knows all sixteen Länder and nothing else', () => {
    expect(Object.keys(LAND_CODES)).toHaveLength(16);
    expect(landCodeOf('17')).toBeNull();
    expect(landCodeOf('')).toBeNull();
  });
});
