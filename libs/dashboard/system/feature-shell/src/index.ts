export * from './lib/dashboard-system-feature-shell/dashboard-system-feature-shell';
