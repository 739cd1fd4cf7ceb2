import { reportDate, reportFooter } from './report-footer';

describe('report footer', () => {
  it('dates the report in Berlin time, German notation', () => {
    expect(reportDate(new Date('2026-11-25T03:10:00Z'))).toBe('25.11.2026');
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(reportDate(new Date('2026-12-31T23:30:00Z'))).toBe('01.01.2027');
  });

  it('numbers the pages and names date and source', () => {
    expect(reportFooter(new Date('2026-11-25T03:10:00Z'))).toContain(
      'Seite <span class="pageNumber"></span> von <span class="totalPages"></span> · Stand: 25.11.2026 · ' +
        'Quelle: Digitalcheck Kommune',
    );
  });
});
