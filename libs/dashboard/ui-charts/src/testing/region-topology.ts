import type { RegionTopology } from '../lib/region-map/map-geometry';

/** A 1° square at (lon, lat) as one closed arc, clockwise as d3-geo wants it. */
function square(lon: number, lat: number): [number, number][] {
  return [
    [lon, lat],
    [lon, lat + 1],
    [lon + 1, lat + 1],
    [lon + 1, lat],
    [lon, lat],
  ];
}

const REGIONS: [string, string, number, number][] = [
  ['07131', 'Ahrweiler', 7, 50],
  ['07132', 'Altenkirchen (Westerwald)', 8, 50],
  ['07133', 'Bad Kreuznach', 7, 49],
  ['07134', 'Birkenfeld', 8, 49],
  ['07135', 'Cochem-Zell', 9, 49],
  ['07137', 'Mayen-Koblenz', 9, 50],
];

/** Six square "Kreise" in a 3 × 2 grid, unquantized, as the boundaries endpoint sends them. */
export const SIX_REGIONS: RegionTopology = {
  type: 'Topology',
  attribution: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
  arcs: REGIONS.map(([, , lon, lat]) => square(lon, lat)),
  objects: {
    regions: {
      type: 'GeometryCollection',
      geometries: REGIONS.map(([ars, name], i) => ({
        type: 'Polygon',
        id: ars,
        arcs: [[i]],
        properties: { ars, name },
      })),
    },
  },
};

/** 1.000 … 5.000 and one region without a value (Mayen-Koblenz). */
export const SIX_VALUES: Record<string, number | null> = {
  '07131': 1000,
  '07132': 2000,
  '07133': 3000,
  '07134': 4000,
  '07135': 5000,
  '07137': null,
};
