import { agsOfArs, arsOfAgs, kreisOf, landOf, levelOfKey, normaliseRegionKey, parentArsOf } from './region-key';

function ok(input: string | number, hint?: Parameters<typeof normaliseRegionKey>[1]) {
  const result = normaliseRegionKey(input, hint);
  if (!result.ok) throw new Error(`${input} rejected: ${result.message}`);
  return result.key;
}

function code(input: string | number, hint?: Parameters<typeof normaliseRegionKey>[1]) {
  const result = normaliseRegionKey(input, hint);
  return result.ok ? 'ok' : result.code;
}

describe('normaliseRegionKey', () => {
  it.each([
    [7, 'LAND', '07'],
    ['07', 'LAND', '07'],
    [16, 'LAND', '16'],
    [7131, 'KREIS', '07131'],
    [1001, 'KREIS', '01001'],
    ['01001', 'KREIS', '01001'],
    [16063, 'KREIS', '16063'],
    [71315001, 'GEMEINDEVERBAND', '071315001'],
    ['071315001', 'GEMEINDEVERBAND', '071315001'],
    [71315001501, 'GEMEINDE', '071315001501'],
    ['110000000000', 'GEMEINDE', '110000000000'],
  ])('%p is the %s %s', (input, level, ars) => {
    expect(ok(input)).toMatchObject({ level, ars });
  });

  it('restores the lost zero only where a key would otherwise be one digit short', () => {
    expect(ok('7131').ars).toBe('07131');
    expect(ok(' 07131 ').ars).toBe('07131');
  });

  it('derives Land, Kreis and AGS from a 12-digit ARS', () => {
    expect(ok('071315001501')).toEqual({
      level: 'GEMEINDE',
      ars: '071315001501',
      ags: '07131501',
      land: '07',
      kreis: '07131',
    });
  });

  it('takes an 8-digit AGS as a Gemeinde whose ARS is not known yet', () => {
    expect(ok('07131501')).toEqual({ level: 'GEMEINDE', ars: null, ags: '07131501', land: '07', kreis: '07131' });
    expect(ok(11000000)).toMatchObject({ ags: '11000000', ars: null });
  });

  it('reads an 8-digit number with an impossible Land as a Gemeindeverband key that lost its zero', () => {
    expect(ok(71315001)).toMatchObject({ level: 'GEMEINDEVERBAND', ars: '071315001' });
  });

  it('follows the hint where the length is ambiguous', () => {
    expect(ok(10041100, 'GEMEINDEVERBAND')).toMatchObject({ ars: '010041100' });
    expect(ok(10041100)).toMatchObject({ ags: '10041100' });
    expect(ok(7, 'LAND').ars).toBe('07');
    expect(ok(7131501, 'AGS').ags).toBe('07131501');
    expect(code('07131', 'LAND')).toBe('BAD_LENGTH');
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['07a31', 'NOT_DIGITS'],
    ['07-131', 'NOT_DIGITS'],
    ['-7131', 'NOT_DIGITS'],
    ['0x1F', 'NOT_DIGITS'],
    ['DE-RP', 'NOT_DIGITS'],
    [-7, 'NOT_AN_INTEGER'],
    [7.5, 'NOT_AN_INTEGER'],
    [Number.NaN, 'NOT_AN_INTEGER'],
    ['071', 'BAD_LENGTH'],
    ['0713100', 'BAD_LENGTH'],
    ['0713150015010', 'BAD_LENGTH'],
    ['00', 'UNKNOWN_LAND'],
    ['17', 'UNKNOWN_LAND'],
    ['99123', 'UNKNOWN_LAND'],
    [0, 'BAD_LENGTH'],
  ])('rejects %p with %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe('key helpers', () => {
  it('tells the level from the length', () => {
    expect(['07', '07131', '07131501', '071315001', '071315001501', '0713', 'abc'].map(levelOfKey)).toEqual([
      'LAND',
      'KREIS',
      'GEMEINDE',
      'GEMEINDEVERBAND',
      'GEMEINDE',
      null,
      null,
    ]);
  });

  it('finds Land, Kreis and parent', () => {
    expect(landOf('071315001')).toBe('07');
    expect(kreisOf('071315001')).toBe('07131');
    expect(kreisOf('07')).toBeNull();
    expect(['071315001501', '071315001', '07131', '07'].map(parentArsOf)).toEqual(['071315001', '07131', '07', null]);
  });

  it('converts between AGS and ARS', () => {
    expect(agsOfArs('071315001501')).toBe('07131501');
    expect(arsOfAgs('07131501', '5001')).toBe('071315001501');
  });
});
