import { type AppUser, type Principal, regionNames } from '@digitalcheck/api-auth';
import type { UserSummary } from '@digitalcheck/shared-contracts';
import type { EntityManager } from 'typeorm';

/**
 * Users as the principal may see them: only the scopes the principal manages are listed (an analyst of
 * Rheinland-Pfalz does not learn that the same person also works for Hessen).
 */
export async function toUserSummaries(
  manager: EntityManager,
  principal: Principal,
  users: AppUser[],
): Promise<UserSummary[]> {
  const grants = users.flatMap((user) => user.assignments ?? []);
  const names = await regionNames(
    manager,
    grants.map((grant) => grant.regionArs),
  );
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    scopes: (user.assignments ?? [])
      .filter((grant) => principal.isAdmin || (grant.regionArs !== '' && principal.canManage(grant.regionArs)))
      .sort((a, b) => a.role.localeCompare(b.role) || a.regionArs.localeCompare(b.regionArs))
      .map((grant) => ({
        role: grant.role,
        regionArs: grant.regionArs || null,
        regionName: names.get(grant.regionArs) ?? null,
      })),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    external: user.oidcSubject !== null,
  }));
}
