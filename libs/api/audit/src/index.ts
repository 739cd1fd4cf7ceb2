export * from './lib/audit-event.entity';
export * from './lib/audit.module';
export * from './lib/audit.schema';
export * from './lib/audit.service';
