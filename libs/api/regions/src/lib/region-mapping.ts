import type { RegionDetail, RegionLevel, RegionSummary } from '@digitalcheck/shared-contracts';
import { peerGroupOf, sizeClassOf } from '@digitalcheck/shared-regions';
import type { Region } from './region.entity';

export function toRegionSummary(region: Region): RegionSummary {
  return {
    ars: region.ars,
    ags: region.ags,
    name: region.name,
    level: region.level,
    kind: region.kind,
    parentArs: region.parentArs,
    landArs: region.landArs,
    population: region.population,
    populationDate: region.populationDate,
    nuts3: region.nuts3,
    sizeClass: sizeClassOf(region.level, region.population)?.code ?? null,
  };
}

export function toRegionDetail(
  region: Region,
  parents: Region[],
  childCounts: Partial<Record<RegionLevel, number>>,
): RegionDetail {
  return {
    ...toRegionSummary(region),
    validFrom: region.validFrom,
    validTo: region.validTo,
    parents: parents.map(toRegionSummary),
    childCounts,
    peerGroup: peerGroupOf(region),
  };
}
