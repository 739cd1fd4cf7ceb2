import { isRoleGrant, type OidcConfig } from '@digitalcheck/api-config';
import type { Role } from '@digitalcheck/shared-contracts';
import type { Grant } from '../access/principal';

/** What a sign-in through the identity provider tells us about the person (ID token and userinfo merged). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  /** The raw values of the roles claim (`OidcConfig.rolesClaim`); a single string counts as one value. */
  roleValues: string[];
}

/**
 * Reads the claims the sign-in needs. `rolesClaim` is looked up as a top-level claim first, then as a
 * dotted path (`realm_access.roles` in Keycloak). Anything of an unexpected type is ignored.
 */
export function identityOf(claims: Record<string, unknown>, rolesClaim: string): OidcIdentity {
  const text = (value: unknown): string | null =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  return {
    issuer: text(claims['iss']) ?? '',
    subject: text(claims['sub']) ?? '',
    email: text(claims['email']),
    emailVerified: claims['email_verified'] === true || claims['email_verified'] === 'true',
    name: text(claims['name']),
    roleValues: stringsOf(claimAt(claims, rolesClaim)),
  };
}

function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((v) => v.trim());
}

/**
 * Claim values → grants: a value in `OIDC_ROLE_MAP` becomes its mapped grant, a value that is a grant itself
 * (`ADMIN`, `STATE_ANALYST:07`, `RESPONDENT:07137`) stays one, anything else is ignored. Sorted, no duplicates.
 */
export function grantsOf(values: readonly string[], roleMap: OidcConfig['roleMap']): Grant[] {
  const grants = new Map<string, Grant>();
  // With a role map, only mapped values count: where users may create groups themselves, a group named
  // "ADMIN" must not make its creator an administrator. Without a map, values are grants as they stand.
  const mapping = Object.keys(roleMap).length > 0;
  for (const value of values) {
    const listed = Object.prototype.hasOwnProperty.call(roleMap, value);
    if (mapping && !listed) continue;
    const grant = parseGrant(listed ? roleMap[value] : value);
    if (grant) grants.set(`${grant.role}:${grant.regionArs}`, grant);
  }
  return [...grants.values()].sort((a, b) => a.role.localeCompare(b.role) || a.regionArs.localeCompare(b.regionArs));
}

/** `ADMIN` → ADMIN without region; `STATE_ANALYST:07` → STATE_ANALYST for 07; anything else → null. */
export function parseGrant(value: string): Grant | null {
  if (!isRoleGrant(value)) return null;
  const [role, regionArs = ''] = value.split(':');
  if (role === 'RESPONDENT' && regionArs.length === 2) return null; // respondents act for a region below a Land
  return { role: role as Role, regionArs };
}

/** `ROLE` or `ROLE:ARS`, as in the configuration and the logs. */
export function grantLabel(grant: Grant): string {
  return grant.regionArs ? `${grant.role}:${grant.regionArs}` : grant.role;
}

/**
 * A return path after sign-in: only a path on this site (one leading '/', no scheme, no '//' or '/\'
 * which browsers treat as another host, no control characters); anything else is '/'.
 */
export function safeReturnPath(ziel: unknown): string {
  if (typeof ziel !== 'string' || ziel.length > 2000) return '/';
  if (!ziel.startsWith('/') || ziel.startsWith('//') || ziel.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(ziel)) return '/';
  if (ziel === '/anmelden' || ziel.startsWith('/anmelden?') || ziel.startsWith('/anmelden/')) return '/';
  return ziel;
}
