import { AuditEvent } from './audit-event.entity';
import { CreateAuditEvent1764000000000 } from './migrations/1764000000000-create-audit-event';

/** This module's part of the database schema, collected by the API's composition root. */
export const auditEntities = [AuditEvent];
export const auditMigrations = [CreateAuditEvent1764000000000];
