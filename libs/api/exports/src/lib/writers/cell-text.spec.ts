import { csvLine } from '@digitalcheck/shared-export';
import { csvCells, csvDateText } from './cell-text';
import { xlsxCell } from './xlsx-writer';

describe('export cells', () => {
  it('writes dates as ISO text in CSV, without time for date columns', () => {
    const at = new Date('2026-03-02T09:30:05.123Z');
    expect(csvDateText(at, 'timestamp')).toBe('2026-03-02T09:30:05Z');
    expect(csvDateText(at, 'date')).toBe('2026-03-02');
  });

  it('neutralises formulas and writes numbers in the dialect', () => {
    const cells = csvCells(['=HYPERLINK("http://example.org","x")', 62.5, null], ['text', 'number', 'number']);
    expect(csvLine(cells, 'de')).toBe(`"'=HYPERLINK(""http://example.org"",""x"")";62,5;\r\n`);
    expect(csvLine(cells, 'international')).toBe(`"'=HYPERLINK(""http://example.org"",""x"")",62.5,\r\n`);
    expect(xlsxCell('=1+1')).toBe("'=1+1");
    expect(xlsxCell(-3)).toBe(-3);
  });
});
