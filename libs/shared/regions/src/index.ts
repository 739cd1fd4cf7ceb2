export * from './lib/peer-groups';
export * from './lib/region-key';
export * from './lib/land-codes';
