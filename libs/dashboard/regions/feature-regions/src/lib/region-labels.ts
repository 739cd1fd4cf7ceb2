import type { RegionLevel } from '@digitalcheck/shared-contracts';

/** German plural names of the levels, e.g. for child counts ("8 Gemeindeverbände"). */
export function levelPlural(level: RegionLevel): string {
  const labels: Record<RegionLevel, string> = {
    LAND: $localize`:Region level, plural@@region.level.land.plural:Länder`,
    KREIS: $localize`:Region level, plural@@region.level.kreis.plural:Kreise`,
    GEMEINDEVERBAND: $localize`:Region level, plural@@region.level.gv.plural:Gemeindeverbände`,
    GEMEINDE: $localize`:Region level, plural@@region.level.gemeinde.plural:Gemeinden`,
  };
  return labels[level] ?? level;
}

/** German singular names of the levels. */
export function levelSingular(level: RegionLevel): string {
  const labels: Record<RegionLevel, string> = {
    LAND: $localize`:Region level@@region.level.land:Land`,
    KREIS: $localize`:Region level@@region.level.kreis:Kreis`,
    GEMEINDEVERBAND: $localize`:Region level@@region.level.gv:Gemeindeverband`,
    GEMEINDE: $localize`:Region level@@region.level.gemeinde:Gemeinde`,
  };
  return labels[level] ?? level;
}

/** "24 Landkreis · 12 Kreisfreie Stadt" as [kind, count] pairs, most frequent first. */
export function countByKind(regions: readonly { kind: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const region of regions) counts.set(region.kind, (counts.get(region.kind) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'));
}
