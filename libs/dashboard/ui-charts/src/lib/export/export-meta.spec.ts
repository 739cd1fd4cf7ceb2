import { exportTimeText, subtitleN } from './export-meta';

describe('export metadata', () => {
  it('reads n from the end of a chart subtitle', () => {
    expect(subtitleN('Befragung: X · Rheinland-Pfalz · n = 36')).toBe(36);
    expect(subtitleN('Befragung: X · n = 11.400')).toBe(11400);
    expect(subtitleN('Befragung: X · Rheinland-Pfalz')).toBeNull();
  });

  it('gives the export time in German time', () => {
    expect(exportTimeText(new Date('2026-07-01T10:00:00Z'))).toBe('01.07.2026, 12:00');
  });
});
