import type { RegionImportReport } from '@digitalcheck/shared-contracts';
import { REPORT_ROW_LIMIT, canApply, changeRows, formatValue, truncationNote } from './import-report';

const report: RegionImportReport = {
  file: 'a.csv',
  format: 'csv',
  encoding: 'utf-8',
  dryRun: true,
  applied: false,
  fileError: null,
  created: [],
  changed: [{ line: 4, ars: '071315001501', changes: { kind: ['Gemeinde', 'Stadt'], ags: [null, '07131001'] } }],
  unchanged: 3,
  invalid: [],
};

describe('import-report helpers', () => {
  it('allows applying only a clean dry run that changes something', () => {
    expect(canApply(report)).toBe(true);
    expect(canApply(null)).toBe(false);
    expect(canApply({ ...report, dryRun: false })).toBe(false);
    expect(canApply({ ...report, changed: [] })).toBe(false);
    expect(canApply({ ...report, fileError: 'x' })).toBe(false);
    expect(canApply({ ...report, invalid: [{ line: 2, key: '1', reason: 'r' }] })).toBe(false);
  });

  it('flattens changes into one row per field with German field names', () => {
    expect(changeRows(report)).toEqual([
      { line: 4, ars: '071315001501', field: 'Art', before: 'Gemeinde', after: 'Stadt' },
      { line: 4, ars: '071315001501', field: 'AGS', before: '(leer)', after: '07131001' },
    ]);
  });

  it('formats values and notes shortened tables', () => {
    expect(formatValue(12345)).toBe('12.345');
    expect(formatValue(undefined)).toBe('(leer)');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(truncationNote(REPORT_ROW_LIMIT)).toBeNull();
    expect(truncationNote(11004)).toBe('Die ersten 200 von 11.004 Zeilen werden angezeigt.');
  });
});
