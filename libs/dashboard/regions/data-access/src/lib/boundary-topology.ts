import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * `GET /api/v1/boundaries/{level}`: TopoJSON with one object `regions`; every geometry has `id` = ARS and
 * `properties: { ars, name }`. `attribution` must be shown next to every map drawn from it.
 */
export type BoundaryTopology = Topology<{ regions: GeometryCollection<{ ars: string; name: string }> }> & {
  attribution?: string;
};
