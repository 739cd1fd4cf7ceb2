import { landOf, Principal } from './principal';

describe('Principal', () => {
  const analyst = new Principal('u1', 'a@x.de', 'A', [
    { role: 'STATE_ANALYST', regionArs: '07' },
    { role: 'RESPONDENT', regionArs: '06411' },
  ]);

  it('collects Länder and regions from the grants', () => {
    expect(analyst.isAdmin).toBe(false);
    expect(analyst.lands).toEqual(['07']);
    expect(analyst.regions).toEqual(['06411']);
    expect(analyst.hasRole('STATE_ANALYST')).toBe(true);
    expect(analyst.hasRole('ADMIN')).toBe(false);
  });

  it.each([
    ['07', true, true],
    ['07137', true, true],
    ['071375003', true, true],
    ['06411', true, false],
    ['06412', false, false],
    ['08', false, false],
    ['', false, false],
  ])('region %j: read %s, manage %s', (ars, read, manage) => {
    expect(analyst.canRead(ars)).toBe(read);
    expect(analyst.canManage(ars)).toBe(manage);
  });

  it('lets an admin read and manage everything, and a respondent only read its own region', () => {
    const admin = new Principal('u2', 'b@x.de', 'B', [{ role: 'ADMIN', regionArs: '' }]);
    expect(admin.canManage('16077')).toBe(true);
    const respondent = new Principal('u3', 'c@x.de', 'C', [{ role: 'RESPONDENT', regionArs: '07137' }]);
    expect([respondent.canRead('07137'), respondent.canRead('071375003'), respondent.canManage('07137')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('reads the Land from the first two digits of any key', () => {
    expect(landOf('071375003')).toBe('07');
  });
});
