/** The official hierarchy: Land → Kreis → Gemeindeverband → Gemeinde. */
export const REGION_LEVELS = ['LAND', 'KREIS', 'GEMEINDEVERBAND', 'GEMEINDE'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * One region as lists and pickers show it. `ars` is the canonical key, always a string with its leading
 * zeros: Land 2 digits ("07"), Kreis 5 ("07131"), Gemeindeverband 9 ("071315001"), Gemeinde 12.
 */
export interface RegionSummary {
  ars: string;
  /** The 8-digit AGS where one is defined (Gemeinden; Kreise and Länder use their ARS), else null. */
  ags: string | null;
  name: string;
  level: RegionLevel;
  /** e.g. Landkreis, Kreis, Kreisfreie Stadt, Stadtkreis, Verbandsgemeinde, Verbandsfreie Gemeinde, Amt … */
  kind: string;
  parentArs: string | null;
  /** The 2-digit key of the region's Land. */
  landArs: string;
  population: number | null;
  /** ISO date (YYYY-MM-DD) the population refers to. */
  populationDate: string | null;
  /** NUTS-3 code for Kreise, else null. */
  nuts3: string | null;
  /** Population size class code of the region's peer group (see PeerGroup), null without population. */
  sizeClass: string | null;
}

export interface PeerGroup {
  kind: string;
  sizeClass: string;
  /** German label, e.g. "Landkreis, 100.000 bis unter 200.000 Einwohner". */
  label: string;
}

/** `GET /api/v1/regions/{ars}`. */
export interface RegionDetail extends RegionSummary {
  validFrom: string | null;
  validTo: string | null;
  /** From the Land down to the direct parent. */
  parents: RegionSummary[];
  /** Number of direct children per level. */
  childCounts: Partial<Record<RegionLevel, number>>;
  peerGroup: PeerGroup | null;
}

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** `GET /api/v1/boundaries`: the imported boundary packs. */
export interface BoundaryPackInfo {
  level: RegionLevel;
  source: string;
  referenceDate: string;
  /** Must be shown next to every map drawn from this pack. */
  attribution: string;
  featureCount: number;
}

export interface RegionImportInvalidRow {
  line: number;
  key: string;
  reason: string;
}

export interface RegionImportChangedRow {
  line: number;
  ars: string;
  /** Field → [before, after]. */
  changes: Record<string, [unknown, unknown]>;
}

/** `POST /api/v1/regions/import` and `npm run regions:import`: what an import found and did. */
export interface RegionImportReport {
  file: string;
  format: 'csv' | 'geojson' | null;
  encoding: string | null;
  dryRun: boolean;
  /** True only when the changes were written (not a dry run, nothing invalid, something to change). */
  applied: boolean;
  /** A problem with the whole file (encoding, no key column, not GeoJSON); then there are no rows. */
  fileError: string | null;
  created: Array<{ line: number; ars: string; name: string }>;
  changed: RegionImportChangedRow[];
  unchanged: number;
  invalid: RegionImportInvalidRow[];
}
