import { invitationStatusLabel, roleLabel, scopeLabel, userStatusLabel } from './account-labels';

describe('account labels', () => {
  it('names the roles in German', () => {
    expect(roleLabel('ADMIN')).toBe('Administration');
    expect(roleLabel('STATE_ANALYST')).toBe('Landesebene');
    expect(roleLabel('RESPONDENT')).toBe('Kommune');
  });

  it('joins role and region of a scope', () => {
    expect(scopeLabel({ role: 'STATE_ANALYST', regionArs: '07', regionName: 'Rheinland-Pfalz' })).toBe(
      'Landesebene · Rheinland-Pfalz',
    );
    expect(scopeLabel({ role: 'RESPONDENT', regionArs: '07131', regionName: null })).toBe('Kommune · 07131');
    expect(scopeLabel({ role: 'ADMIN', regionArs: null, regionName: null })).toBe('Administration');
  });

  it('names statuses in German', () => {
    expect(['invited', 'active', 'disabled'].map((s) => userStatusLabel(s as 'active'))).toEqual([
      'Eingeladen',
      'Aktiv',
      'Deaktiviert',
    ]);
    expect(['pending', 'accepted', 'expired', 'revoked'].map((s) => invitationStatusLabel(s as 'pending'))).toEqual([
      'Offen',
      'Angenommen',
      'Abgelaufen',
      'Zurückgezogen',
    ]);
  });
});
