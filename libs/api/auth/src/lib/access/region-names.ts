import type { EntityManager } from 'typeorm';

/**
 * Display names of regions by ARS ("Rheinland-Pfalz", "Landkreis Mayen-Koblenz"), read straight from the
 * region table: the regions module depends on this one for its guards, so this one cannot import it.
 */
export async function regionNames(manager: EntityManager, keys: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(keys.filter((key) => key !== ''))];
  if (wanted.length === 0) return new Map();
  const rows: Array<{ ars: string; name: string; kind: string; level: string }> = await manager.query(
    `SELECT "ars", "name", "kind", "level" FROM "region" WHERE "ars" = ANY($1)`,
    [wanted],
  );
  return new Map(rows.map((row) => [row.ars, regionLabel(row)]));
}

/** How a region is named to people: a Land by its name, anything else with its kind ("Landkreis Cochem-Zell"). */
export function regionLabel(region: { name: string; kind: string; level: string }): string {
  return region.level === 'LAND' ? region.name : `${region.kind} ${region.name}`;
}
