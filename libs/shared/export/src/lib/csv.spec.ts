import { csvCell, csvLine, toCsv } from './csv';

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://example.org","x")', `"'=HYPERLINK(""http://example.org"",""x"")"`],
    ['+49 261 1234', "'+49 261 1234"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['Mayen-Koblenz', 'Mayen-Koblenz'],
    ['a;b', '"a;b"'],
  ])('neutralises and quotes text %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers with a decimal comma in the German dialect and a point internationally', () => {
    expect(csvCell(55.25)).toBe('55,25');
    expect(csvCell(-3.5)).toBe('-3,5');
    expect(csvCell(55.25, 'international')).toBe('55.25');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes by the dialect separator', () => {
    expect(csvCell('a,b', 'international')).toBe('"a,b"');
    expect(csvCell('a,b', 'de')).toBe('a,b');
    expect(csvCell('a;b', 'international')).toBe('a;b');
  });

  it('writes null as empty, booleans in German, dates as ISO and objects as JSON', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('ja');
    expect(csvCell(new Date('2026-11-24T10:00:00Z'))).toBe('2026-11-24T10:00:00.000Z');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('starts with a BOM, separates by dialect and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1.5, '=2']])).toBe("\uFEFFa;b\r\n1,5;'=2\r\n");
    expect(toCsv(['a', 'b'], [[1.5, '=2']], 'international')).toBe("\uFEFFa,b\r\n1.5,'=2\r\n");
    expect(csvLine(['x', null, 2])).toBe('x;;2\r\n');
  });
});
