export * from './lib/reports.module';
export * from './lib/report-renderer.service';
