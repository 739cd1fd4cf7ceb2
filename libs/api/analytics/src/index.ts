export * from './lib/analytics.module';
export * from './lib/analytics.service';
export * from './lib/analytics-model';
export * from './lib/region-profile.service';
export * from './lib/trends.service';
export * from './lib/trend-model';
