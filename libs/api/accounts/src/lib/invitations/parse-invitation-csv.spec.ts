import { parseInvitationCsv } from './parse-invitation-csv';

describe('parseInvitationCsv', () => {
  it('reads region;email with a BOM and counts lines from the header (line 1), blank lines included', () => {
    expect(parseInvitationCsv('\uFEFFregion;email\r\n07137;a@myk.de\r\n\r\n07135;b@cochem-zell.de\r\n')).toEqual([
      { line: 2, region: '07137', email: 'a@myk.de' },
      { line: 4, region: '07135', email: 'b@cochem-zell.de' },
    ]);
  });

  it('accepts German headers in any order and comma separators', () => {
    expect(parseInvitationCsv('E-Mail,Regionalschlüssel\nc@x.de,071375003\n')).toEqual([
      { line: 2, region: '071375003', email: 'c@x.de' },
    ]);
  });

  it('names missing columns', () => {
    expect(() => parseInvitationCsv('kreis;mail\n07137;a@x.de')).toThrow(
      'the first line must name the columns "region" and "email" (separated by ; or ,)',
    );
  });

  it('refuses more than 2000 rows', () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `07137;p${i}@x.de`).join('\n');
    expect(() => parseInvitationCsv(`region;email\n${rows}`)).toThrow('at most 2000 rows per file');
  });
});
