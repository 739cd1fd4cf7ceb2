import { geoArea, geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of every geometry in a boundary topology (object `regions`). */
export interface RegionProperties {
  ars: string;
  name: string;
}

/** A TopoJSON boundary pack as `GET /api/v1/boundaries/{level}` sends it. */
export type RegionTopology = Topology<{ regions: GeometryCollection<RegionProperties> }> & { attribution?: string };

/** One region ready to draw as an SVG path. */
export interface RegionShape {
  ars: string;
  name: string;
  d: string;
}

export interface MapLayout {
  width: number;
  height: number;
  shapes: RegionShape[];
  /** Centroid of shape `index` in viewBox units, computed on demand (only the tooltip needs it). */
  centroid(index: number): [number, number];
}

/**
 * d3-geo wants exterior rings clockwise; RFC 7946 GeoJSON (and some TopoJSON tools) wind them the other way,
 * which d3 reads as "the whole globe except this region". Such polygons are reversed.
 */
export function rewindForD3<G extends Geometry>(geometry: G): G {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons: Position[][][] =
    geometry.type === 'Polygon' ? [(geometry as Polygon).coordinates] : (geometry as MultiPolygon).coordinates;
  const fixed = polygons.map((rings) => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  });
  return (
    geometry.type === 'Polygon' ? { ...geometry, coordinates: fixed[0] } : { ...geometry, coordinates: fixed }
  ) as G;
}

/**
 * Projects the topology's `regions` into a box `width` wide (Lambert conformal conic with the standard
 * parallels BKG uses for Germany); the height follows from the extent, so the map keeps its true aspect ratio.
 */
export function layoutRegions(topology: RegionTopology, width: number): MapLayout {
  const collection = feature(topology, topology.objects.regions) as FeatureCollection<Geometry, RegionProperties>;
  const features: Feature<Geometry, RegionProperties>[] = collection.features
    .filter((f) => f.geometry !== null)
    .map((f) => ({ ...f, geometry: rewindForD3(f.geometry) }));
  const fitted: FeatureCollection<Geometry, RegionProperties> = { type: 'FeatureCollection', features };
  const projection = geoConicConformal().parallels([48.666667, 53.666667]).rotate([-10.5, 0]).fitWidth(width, fitted);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(fitted);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const shapes = features.map((f) => ({
    ars: f.properties?.ars ?? String(f.id ?? ''),
    name: f.properties?.name ?? '',
    d: path(f) ?? '',
  }));
  return { width, height: Math.ceil(bottom - top), shapes, centroid: (index) => path.centroid(features[index]) };
}
