import { boolean, Env, integer } from './env-readers';

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Absent: a public client that proves itself with PKCE alone. */
  clientSecret: string | null;
  redirectUri: string;
  scopes: string;
  /** Shown on the login button: "Mit Dienstkonto anmelden (label)". */
  label: string;
  /** Claim holding role grants, e.g. `roles` or `groups`. */
  rolesClaim: string;
  /**
   * Claim value → grant (`ROLE` or `ROLE:ARS`). Values not in the map are taken as grants themselves when
   * they have that form (`STATE_ANALYST:07`) and ignored otherwise.
   */
  roleMap: Record<string, string>;
}

export interface AuthConfig {
  /** Base of the links in invitations and reset mails; never taken from a request's Host header. */
  publicUrl: string;
  /** `auto`: Secure cookies when the request came over https (behind a proxy: set TRUST_PROXY). */
  cookieSecure: boolean | 'auto';
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  invitationDays: number;
  /** smtp(s)://user:pass@host:port; null writes mails to the log. */
  smtpUrl: string | null;
  mailFrom: string;
  oidc: OidcConfig | null;
}

const GRANT = /^(ADMIN|STATE_ANALYST:\d{2}|RESPONDENT:\d{2,12})$/;

/** Reads the AUTH settings; problems are appended to `problems` (reported together by loadConfig). */
export function readAuthConfig(env: Env, problems: string[], port: number): AuthConfig {
  const read = <T>(result: T | { problem: string }, fallback: T): T => {
    if (typeof result === 'object' && result !== null && 'problem' in result) {
      problems.push(result.problem);
      return fallback;
    }
    return result as T;
  };
  const publicUrl = read(url(env, 'PUBLIC_URL', `http://localhost:${port}`), `http://localhost:${port}`).replace(
    /\/+$/,
    '',
  );
  const secure = env['COOKIE_SECURE']?.trim().toLowerCase();
  return {
    publicUrl,
    cookieSecure: !secure || secure === 'auto' ? 'auto' : read(boolean(env, 'COOKIE_SECURE', false), false),
    sessionIdleMinutes: read(integer(env, 'SESSION_IDLE_MINUTES', 120, 5, 24 * 60), 120),
    sessionMaxHours: read(integer(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30), 12),
    invitationDays: read(integer(env, 'INVITATION_TTL_DAYS', 14, 1, 90), 14),
    smtpUrl: read(smtpUrl(env), null),
    mailFrom: env['MAIL_FROM']?.trim() || 'Digitalcheck Kommune <noreply@localhost>',
    oidc: read(oidc(env, publicUrl), null),
  };
}

function url(env: Env, name: string, fallback: string): string | { problem: string } {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.toString();
  } catch {
    // reported below
  }
  return { problem: `${name} must be an http(s) URL (got "${raw}")` };
}

function smtpUrl(env: Env): string | null | { problem: string } {
  const raw = env['SMTP_URL']?.trim();
  if (!raw) return null;
  if (/^smtps?:\/\/[^/\s]+/.test(raw)) return raw;
  return { problem: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465' };
}

function oidc(env: Env, publicUrl: string): OidcConfig | null | { problem: string } {
  const issuer = env['OIDC_ISSUER']?.trim();
  if (!issuer) return null;
  const parsed = url(env, 'OIDC_ISSUER', '');
  if (typeof parsed !== 'string') return parsed;
  const host = new URL(parsed).hostname;
  if (new URL(parsed).protocol !== 'https:' && !['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    return { problem: `OIDC_ISSUER must use https (got "${issuer}")` };
  }
  const clientId = env['OIDC_CLIENT_ID']?.trim();
  if (!clientId) return { problem: 'OIDC_CLIENT_ID is required when OIDC_ISSUER is set' };
  const roleMap: Record<string, string> = {};
  for (const entry of (env['OIDC_ROLE_MAP'] ?? '').split(/[;\n]/).map((e) => e.trim())) {
    if (!entry) continue;
    // Split at the last '=': group names such as LDAP DNs (cn=dc,ou=groups) contain '=' themselves.
    const at = entry.lastIndexOf('=');
    const value = at > 0 ? entry.slice(0, at).trim() : '';
    const grant = at > 0 ? entry.slice(at + 1).trim() : '';
    if (!value || !grant || !GRANT.test(grant)) {
      return { problem: `OIDC_ROLE_MAP entries must look like "group=ROLE" or "group=ROLE:ARS" (got "${entry}")` };
    }
    roleMap[value] = grant;
  }
  const redirect = url(env, 'OIDC_REDIRECT_URI', `${publicUrl}/api/v1/auth/oidc/callback`);
  if (typeof redirect !== 'string') return redirect;
  return {
    issuer: issuer.replace(/\/+$/, ''),
    clientId,
    clientSecret: env['OIDC_CLIENT_SECRET']?.trim() || null,
    redirectUri: redirect,
    scopes: env['OIDC_SCOPES']?.trim() || 'openid email profile',
    label: env['OIDC_LABEL']?.trim() || 'Dienstkonto',
    rolesClaim: env['OIDC_ROLES_CLAIM']?.trim() || 'roles',
    roleMap,
  };
}

/** Whether a claim value or mapped value is a grant: `ADMIN`, `STATE_ANALYST:07`, `RESPONDENT:07137`. */
export function isRoleGrant(value: string): boolean {
  return GRANT.test(value);
}
