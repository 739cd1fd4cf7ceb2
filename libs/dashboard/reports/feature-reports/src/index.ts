export * from './lib/reports.routes';
export * from './lib/report-pdf-button/report-pdf-button';
