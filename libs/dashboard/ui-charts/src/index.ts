export * from './lib/region-map/region-map';
export * from './lib/region-map/class-breaks';
export * from './lib/region-map/map-colours';
export type { RegionProperties, RegionTopology } from './lib/region-map/map-geometry';
export * from './lib/charts/chart-colours';
export { formatShare, formatValue } from './lib/charts/chart-format';
export { ChartFrame, type ChartHeadingLevel } from './lib/charts/chart-frame/chart-frame';
export * from './lib/charts/bar-chart/bar-chart';
export * from './lib/charts/histogram/histogram';
