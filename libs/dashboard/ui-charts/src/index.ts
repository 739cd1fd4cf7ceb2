export * from './lib/region-map/region-map';
export * from './lib/region-map/class-breaks';
export * from './lib/region-map/map-colours';
export type { RegionProperties, RegionTopology } from './lib/region-map/map-geometry';
