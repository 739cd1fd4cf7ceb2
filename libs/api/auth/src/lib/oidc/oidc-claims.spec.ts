import { grantsOf, identityOf, safeReturnPath } from './oidc-claims';

describe('identityOf', () => {
  it('reads subject, email, verification, name and a roles array', () => {
    expect(
      identityOf(
        {
          iss: 'https://idp.example',
          sub: 'abc',
          email: ' anna@rlp.example ',
          email_verified: true,
          name: 'Anna',
          roles: ['a', 'b', 3, ''],
        },
        'roles',
      ),
    ).toEqual({
      issuer: 'https://idp.example',
      subject: 'abc',
      email: 'anna@rlp.example',
      emailVerified: true,
      name: 'Anna',
      roleValues: ['a', 'b'],
    });
  });

  it('takes a single string as one value, a dotted path as a nested claim, and no claim as none', () => {
    expect(identityOf({ sub: 's', groups: 'admins' }, 'groups').roleValues).toEqual(['admins']);
    expect(identityOf({ sub: 's', realm_access: { roles: ['x'] } }, 'realm_access.roles').roleValues).toEqual(['x']);
    expect(identityOf({ sub: 's' }, 'roles')).toMatchObject({ roleValues: [], email: null, emailVerified: false });
  });
});

describe('grantsOf', () => {
  const map = { 'rlp-analysten': 'STATE_ANALYST:07', admins: 'ADMIN' };

  it('with a role map, takes mapped values only (a self-made group "ADMIN" grants nothing), once each', () => {
    expect(
      grantsOf(['rlp-analysten', 'RESPONDENT:07137', 'admins', 'STATE_ANALYST:07', 'egal', 'ADMIN', 'admins'], map),
    ).toEqual([
      { role: 'ADMIN', regionArs: '' },
      { role: 'STATE_ANALYST', regionArs: '07' },
    ]);
  });

  it('without a role map, takes values that are grants as they stand, ignores the rest', () => {
    expect(grantsOf(['RESPONDENT:07137', 'STATE_ANALYST:07', 'egal', 'ADMIN:07', 'RESPONDENT:07'], {})).toEqual([
      { role: 'RESPONDENT', regionArs: '07137' },
      { role: 'STATE_ANALYST', regionArs: '07' },
    ]);
  });

  it('does not read inherited properties of the map', () => {
    expect(grantsOf(['constructor', 'toString'], map)).toEqual([]);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/auswertung?land=07', '/auswertung?land=07'],
    ['/', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/a\\b', '/'],
    ['/a\nb', '/'],
    ['relative', '/'],
    ['/anmelden?fehler=sso', '/'],
  ])('%j → %s', (ziel, expected) => {
    expect(safeReturnPath(ziel)).toBe(expected);
  });
});
