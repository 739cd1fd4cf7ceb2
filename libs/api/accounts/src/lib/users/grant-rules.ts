import { type Principal, regionLabel } from '@digitalcheck/api-auth';
import { ApiValidationException } from '@digitalcheck/api-platform';
import type { Role } from '@digitalcheck/shared-contracts';
import { ForbiddenException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Field error codes for `regionArs` (the dashboard has a German sentence for each). */
export type GrantProblem = 'adminHasNoRegion' | 'regionRequired' | 'unknownRegion' | 'notALand' | 'notBelowLand';

export interface CheckedGrant {
  role: Role;
  /** '' for ADMIN. */
  regionArs: string;
  regionName: string | null;
}

/**
 * Whether `principal` may hand out this role for this region: only admins make admins; analysts grant
 * scopes inside their Länder. Analysts are scoped to a Land, respondents to a region below Land level.
 */
export async function checkGrant(
  manager: EntityManager,
  principal: Principal,
  role: Role,
  regionArs: string | null,
): Promise<CheckedGrant> {
  const invalid = (code: GrantProblem, message: string) =>
    new ApiValidationException([{ field: 'regionArs', code, message }]);
  if (role === 'ADMIN') {
    if (regionArs) throw invalid('adminHasNoRegion', 'an ADMIN has no region: regionArs must be null');
    if (!principal.isAdmin) throw new ForbiddenException('Only administrators can grant the ADMIN role.');
    return { role, regionArs: '', regionName: null };
  }
  if (!regionArs) throw invalid('regionRequired', `a ${role} needs a region: regionArs is required`);
  const rows: Array<{ name: string; kind: string; level: string }> = await manager.query(
    `SELECT "name", "kind", "level" FROM "region" WHERE "ars" = $1`,
    [regionArs],
  );
  const region = rows[0];
  if (!region) throw invalid('unknownRegion', `there is no region ${regionArs}`);
  if (role === 'STATE_ANALYST' && region.level !== 'LAND')
    throw invalid('notALand', 'a STATE_ANALYST is scoped to a Land');
  if (role === 'RESPONDENT' && region.level === 'LAND')
    throw invalid('notBelowLand', 'a RESPONDENT is scoped to a region below Land level');
  if (!principal.canManage(regionArs)) throw new ForbiddenException('You can only grant scopes within your Land.');
  return { role, regionArs, regionName: regionLabel(region) };
}
