import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+49 261 1234', "'+49 261 1234"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['Mayen-Koblenz', 'Mayen-Koblenz'],
    ['a;b', '"a;b"'],
  ])('neutralises and quotes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes null as empty, dates as ISO and objects as JSON', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-11-24T10:00:00Z'))).toBe('2026-11-24T10:00:00.000Z');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, '=2']])).toBe("\uFEFFa;b\r\n1;'=2\r\n");
  });
});
