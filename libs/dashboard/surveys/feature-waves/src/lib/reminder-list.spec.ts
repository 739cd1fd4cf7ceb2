import { waveParticipation } from '@digitalcheck/dashboard-surveys-data-access/testing';
import { csvCell, reminderCsv, reminderNames } from './reminder-list';

describe('reminder list', () => {
  const notSubmitted = waveParticipation.regions.filter((r) => r.state !== 'submitted');

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+49')).toBe("'+49");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Bad Ems; Nassau')).toBe('"Bad Ems; Nassau"');
    expect(csvCell(12)).toBe('12');
  });

  it('lists key, name, state and answered count with a BOM and CRLF', () => {
    expect(reminderCsv(notSubmitted)).toBe(
      '\uFEFFRegionalschlüssel;Region;Stand;Beantwortete Fragen\r\n' +
        '07135;Cochem-Zell;nicht begonnen;0\r\n' +
        '07137;Mayen-Koblenz;in Bearbeitung;12\r\n',
    );
  });

  it('gives the names one per line', () => {
    expect(reminderNames(notSubmitted)).toBe('Cochem-Zell\nMayen-Koblenz');
  });
});
