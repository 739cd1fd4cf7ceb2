import { ConfigError } from './config-error';
import { loadConfig } from './app-config';
import { isRoleGrant } from './auth-config';

const defaults = { version: '1.0.0', cwd: '/srv/dc', dashboardDir: null };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, defaults);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('auth configuration', () => {
  it('derives the public URL from PORT and strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PORT: '8080' }, defaults).auth.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://digitalcheck.rlp.de/' }, defaults).auth.publicUrl).toBe(
      'https://digitalcheck.rlp.de',
    );
  });

  it('reads cookie, session, invitation and mail settings', () => {
    const auth = loadConfig(
      {
        COOKIE_SECURE: 'true',
        SESSION_IDLE_MINUTES: '30',
        SESSION_MAX_HOURS: '8',
        INVITATION_TTL_DAYS: '7',
        SMTP_URL: 'smtp://mailer:secret@mail.example:587',
        MAIL_FROM: 'Digitalcheck <digitalcheck@rlp.example>',
      },
      defaults,
    ).auth;
    expect(auth).toMatchObject({
      cookieSecure: true,
      sessionIdleMinutes: 30,
      sessionMaxHours: 8,
      invitationDays: 7,
      smtpUrl: 'smtp://mailer:secret@mail.example:587',
      mailFrom: 'Digitalcheck <digitalcheck@rlp.example>',
    });
  });

  it('reads OIDC settings with defaults for redirect, scopes, label and roles claim', () => {
    const oidc = loadConfig(
      {
        PUBLIC_URL: 'https://dc.example',
        OIDC_ISSUER: 'https://login.rlp.example/realms/kommunen/',
        OIDC_CLIENT_ID: 'digitalcheck',
        OIDC_ROLE_MAP: 'dc-admins=ADMIN; cn=dc-land-rlp,ou=groups=STATE_ANALYST:07\ndc-myk=RESPONDENT:07137',
      },
      defaults,
    ).auth.oidc;
    expect(oidc).toEqual({
      issuer: 'https://login.rlp.example/realms/kommunen',
      clientId: 'digitalcheck',
      clientSecret: null,
      redirectUri: 'https://dc.example/api/v1/auth/oidc/callback',
      scopes: 'openid email profile',
      label: 'Dienstkonto',
      rolesClaim: 'roles',
      roleMap: { 'dc-admins': 'ADMIN', 'cn=dc-land-rlp,ou=groups': 'STATE_ANALYST:07', 'dc-myk': 'RESPONDENT:07137' },
    });
  });

  it('names every wrong auth setting', () => {
    expect(
      problemsOf({
        PUBLIC_URL: 'ftp://x',
        SESSION_IDLE_MINUTES: '1',
        SMTP_URL: 'mail.example',
        OIDC_ISSUER: 'http://idp.example',
        OIDC_CLIENT_ID: 'x',
      }),
    ).toEqual([
      'PUBLIC_URL must be an http(s) URL (got "ftp://x")',
      'SESSION_IDLE_MINUTES must be a whole number from 5 to 1440 (got "1")',
      'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465',
      'OIDC_ISSUER must use https (got "http://idp.example")',
    ]);
    expect(problemsOf({ OIDC_ISSUER: 'https://idp.example' })).toEqual([
      'OIDC_CLIENT_ID is required when OIDC_ISSUER is set',
    ]);
    expect(problemsOf({ OIDC_ISSUER: 'https://idp.example', OIDC_CLIENT_ID: 'x', OIDC_ROLE_MAP: 'a=KING' })).toEqual([
      'OIDC_ROLE_MAP entries must look like "group=ROLE" or "group=ROLE:ARS" (got "a=KING")',
    ]);
  });

  it('allows an http issuer on loopback only (tests, local identity providers)', () => {
    expect(loadConfig({ OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'x' }, defaults).auth.oidc?.issuer).toBe(
      'http://127.0.0.1:4000',
    );
  });

  it.each([
    ['ADMIN', true],
    ['STATE_ANALYST:07', true],
    ['RESPONDENT:071375003', true],
    ['STATE_ANALYST', false],
    ['RESPONDENT:7', false],
    ['admin', false],
  ])('isRoleGrant(%j) is %s', (value, expected) => {
    expect(isRoleGrant(value)).toBe(expected);
  });
});
