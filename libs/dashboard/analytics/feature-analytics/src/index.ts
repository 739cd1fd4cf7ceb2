export * from './lib/analytics.routes';
export { AnalyticsNav } from './lib/analytics-nav/analytics-nav';
export { AnalyticsPageState } from './lib/page-state/analytics-page-state';
