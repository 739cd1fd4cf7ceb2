import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { isFeatureCollection } from '../import/parse-geojson';

/** Key properties tried in this order; LAN is the Land key of BKG's Länder layer. */
export const BOUNDARY_KEY_PROPERTIES = ['ARS', 'RS', 'AGS', 'LAN'] as const;

export type ReadFeatures = { ok: true; features: Feature[] } | { ok: false; error: string };

function isTopology(value: unknown): value is Topology {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Topology';
}

/** GeoJSON FeatureCollection or TopoJSON (its first object) → GeoJSON features. */
export function readFeatures(text: string): ReadFeatures {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  if (isFeatureCollection(json)) return { ok: true, features: json.features };
  if (isTopology(json)) {
    const [name] = Object.keys(json.objects ?? {});
    if (!name) return { ok: false, error: 'The TopoJSON has no objects.' };
    const collection = feature(json, json.objects[name]) as FeatureCollection | Feature;
    return { ok: true, features: 'features' in collection ? collection.features : [collection] };
  }
  return { ok: false, error: 'The file is neither a GeoJSON FeatureCollection nor TopoJSON.' };
}

function validRing(ring: Position[]): boolean {
  return (
    ring.length >= 4 &&
    ring.every(
      (p) =>
        p.length >= 2 &&
        Number.isFinite(p[0]) &&
        Number.isFinite(p[1]) &&
        Math.abs(p[0]) <= 180 &&
        Math.abs(p[1]) <= 90,
    )
  );
}

/** A boundary must be a (Multi)Polygon in WGS84 lon/lat with closed-size rings; anything else is refused. */
export function geometryProblem(geometry: Geometry | null): string | null {
  if (!geometry) return 'the feature has no geometry';
  if (geometry.type === 'Polygon') {
    return geometry.coordinates.length > 0 && geometry.coordinates.every(validRing) ? null : 'invalid polygon';
  }
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.length > 0 && geometry.coordinates.every((p) => p.length > 0 && p.every(validRing))
      ? null
      : 'invalid multipolygon';
  }
  return `a ${geometry.type} is not an area`;
}
