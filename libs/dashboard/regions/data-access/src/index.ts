export * from './lib/regions-api';
export * from './lib/boundary-topology';
export * from './lib/load-state';
export * from './lib/region-search.store';
