import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Principal } from './principal';

/** `read`: what a person may see; `manage`: what they may administer (invite, disable, audit). */
export type AccessMode = 'read' | 'manage';

let counter = 0;

/**
 * The one place where tenant filters are written as SQL. Every service that reads region-owned rows passes
 * its query through `restrictToRegions`, naming the column that holds the row's region key; no controller
 * or query filters tenants by hand (docs/SECURITY.md).
 *
 * Land scope is a key range (`'07' <= ars < '08'`), so btree indexes on the region column apply.
 */
export function restrictToRegions<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  principal: Principal,
  regionColumn: string,
  mode: AccessMode,
): SelectQueryBuilder<T> {
  if (principal.isAdmin) return query;
  const id = `scope${++counter % 1_000_000}`;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  principal.lands.forEach((land, index) => {
    conditions.push(`(${regionColumn} >= :${id}_lo${index} AND ${regionColumn} < :${id}_hi${index})`);
    params[`${id}_lo${index}`] = land;
    params[`${id}_hi${index}`] = nextLand(land);
  });
  if (mode === 'read' && principal.regions.length > 0) {
    conditions.push(`${regionColumn} IN (:...${id}_regions)`);
    params[`${id}_regions`] = principal.regions;
  }
  // Nothing granted: a condition that holds for no row, so the query answers "nothing" rather than "all".
  return query.andWhere(conditions.length > 0 ? `(${conditions.join(' OR ')})` : '1 = 0', params);
}

/** The smallest key above every key of a Land: '07' → '08'. */
function nextLand(land: string): string {
  return String(Number(land) + 1).padStart(2, '0');
}
