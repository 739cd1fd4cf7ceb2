import { normaliseRegionKey } from '@digitalcheck/shared-regions';
import type { RegionLevel } from '@digitalcheck/shared-contracts';
import { searchTextOf } from '../search-text';
import districts from 'landkreise-deutschland/data/districts.json';

/** A region as the seed and the importers write it (the entity without timestamps). */
export interface RegionRow {
  ars: string;
  searchText: string;
  ags: string | null;
  name: string;
  level: RegionLevel;
  kind: string;
  parentArs: string | null;
  landArs: string;
  population: number | null;
  populationDate: string | null;
  nuts3: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export const LAENDER: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Schleswig-Holstein'],
  ['02', 'Hamburg'],
  ['03', 'Niedersachsen'],
  ['04', 'Bremen'],
  ['05', 'Nordrhein-Westfalen'],
  ['06', 'Hessen'],
  ['07', 'Rheinland-Pfalz'],
  ['08', 'Baden-Württemberg'],
  ['09', 'Bayern'],
  ['10', 'Saarland'],
  ['11', 'Berlin'],
  ['12', 'Brandenburg'],
  ['13', 'Mecklenburg-Vorpommern'],
  ['14', 'Sachsen'],
  ['15', 'Sachsen-Anhalt'],
  ['16', 'Thüringen'],
];

/** Destatis figures of the package (landkreise-deutschland 3.0.0). */
export const REFERENCE_POPULATION_DATE = '2018-12-31';
/** Eisenach (16056) joined the Wartburgkreis (16063) on this day; the package still lists it. */
const EISENACH = '16056';
const WARTBURGKREIS = '16063';
const MERGER_DATE = '2021-07-01';

interface District {
  AGS: string | number;
  type: string;
  name: string;
  NUTS3: string;
  population: number;
}

/**
 * "Flensburg, Stadt", "Kiel, Landeshauptstadt", "Hagen, Stadt der FernUniversität" → the place name; the
 * kind column already says it is a city. Names without a comma ("Landkreis Rostock", "Region Hannover") stay.
 */
export function cleanKreisName(name: string): string {
  return name.split(',')[0].trim();
}

function kreisKey(ags: string | number): string {
  const result = normaliseRegionKey(ags, 'KREIS');
  if (!result.ok || !result.key.ars) throw new Error(`landkreise-deutschland: bad AGS ${ags}`);
  return result.key.ars;
}

/** The 16 Länder and the 400 Kreise that exist since 1 July 2021, in ARS order. */
export function buildReferenceRegions(source: readonly District[] = districts as District[]): RegionRow[] {
  const eisenach = source.find((district) => kreisKey(district.AGS) === EISENACH);
  const kreise: RegionRow[] = source
    .filter((district) => kreisKey(district.AGS) !== EISENACH)
    .map((district) => {
      const ars = kreisKey(district.AGS);
      const merged = ars === WARTBURGKREIS && eisenach;
      const name = cleanKreisName(district.name);
      return {
        ars,
        searchText: searchTextOf(name),
        ags: null,
        name,
        level: 'KREIS',
        kind: district.type,
        parentArs: ars.slice(0, 2),
        landArs: ars.slice(0, 2),
        population: district.population + (merged ? eisenach.population : 0),
        populationDate: REFERENCE_POPULATION_DATE,
        nuts3: district.NUTS3 || null,
        validFrom: merged ? MERGER_DATE : null,
        validTo: null,
      };
    });
  const laender: RegionRow[] = LAENDER.map(([ars, name]) => ({
    ars,
    searchText: searchTextOf(name),
    ags: null,
    name,
    level: 'LAND',
    kind: 'Land',
    parentArs: null,
    landArs: ars,
    population: kreise
      .filter((kreis) => kreis.landArs === ars)
      .reduce((sum, kreis) => sum + (kreis.population ?? 0), 0),
    populationDate: REFERENCE_POPULATION_DATE,
    nuts3: null,
    validFrom: null,
    validTo: null,
  }));
  return [...laender, ...kreise].sort((a, b) => a.ars.localeCompare(b.ars));
}
