import type { AppConfig } from '@digitalcheck/api-config';
import type { RoleScope, SessionInfo } from '@digitalcheck/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { regionNames } from '../access/region-names';
import type { UserSession } from './user-session.entity';

/** The scopes of a principal with their regions' names, in a stable order. */
export async function scopesOf(manager: EntityManager, principal: Principal): Promise<RoleScope[]> {
  const names = await regionNames(
    manager,
    principal.grants.map((grant) => grant.regionArs),
  );
  return principal.grants.map((grant) => ({
    role: grant.role,
    regionArs: grant.regionArs || null,
    regionName: names.get(grant.regionArs) ?? null,
  }));
}

/** `GET /auth/session` and the answer to a successful sign-in. */
export async function sessionInfo(
  manager: EntityManager,
  config: AppConfig,
  signedIn: { principal: Principal; session: UserSession } | null,
): Promise<SessionInfo> {
  const oidc = { oidcEnabled: config.auth.oidc !== null, oidcLabel: config.auth.oidc?.label ?? null };
  if (!signedIn) return { user: null, csrfToken: '', ...oidc };
  const { principal, session } = signedIn;
  return {
    user: {
      id: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      scopes: await scopesOf(manager, principal),
      expiresAt: session.expiresAt.toISOString(),
    },
    csrfToken: session.csrfToken,
    ...oidc,
  };
}
