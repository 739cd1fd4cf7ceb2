import type { Role } from '@digitalcheck/shared-contracts';

export interface Grant {
  role: Role;
  /** '' for ADMIN; a Land key (2 digits) for STATE_ANALYST; a region's ARS for RESPONDENT. */
  regionArs: string;
}

/**
 * The signed-in person as every authorisation decision sees them. Built once per request from the
 * session (see SessionService); services never read roles from anywhere else.
 */
export class Principal {
  readonly isAdmin: boolean;
  /** Länder (2-digit ARS) the person analyses and manages. */
  readonly lands: readonly string[];
  /** Regions (ARS) the person answers for. */
  readonly regions: readonly string[];

  constructor(
    readonly userId: string,
    readonly email: string,
    readonly displayName: string,
    readonly grants: readonly Grant[],
  ) {
    this.isAdmin = grants.some((grant) => grant.role === 'ADMIN');
    this.lands = unique(grants.filter((g) => g.role === 'STATE_ANALYST').map((g) => g.regionArs));
    this.regions = unique(grants.filter((g) => g.role === 'RESPONDENT').map((g) => g.regionArs));
  }

  hasRole(...roles: Role[]): boolean {
    return this.grants.some((grant) => roles.includes(grant.role));
  }

  /** Reads everything of a region: admins, the analysts of its Land and its own respondents. */
  canRead(regionArs: string): boolean {
    return this.canManage(regionArs) || this.regions.includes(regionArs);
  }

  /** Manages a region (invitations, users, waves): admins and the analysts of its Land. */
  canManage(regionArs: string): boolean {
    return this.isAdmin || (regionArs.length >= 2 && this.lands.includes(landOf(regionArs)));
  }
}

/** The first two digits of every official key name the Land. */
export function landOf(regionArs: string): string {
  return regionArs.slice(0, 2);
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
