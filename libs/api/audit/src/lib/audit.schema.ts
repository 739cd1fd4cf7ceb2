import { AuditEvent } from './audit-event.entity';
import { CreateAuditEvent1764000000000 } from './migrations/1764000000000-create-audit-event';
import { AuditEventAppendOnly1764300000002 } from './migrations/1764300000002-audit-event-append-only';

/** This module's part of the database schema, collected by the API's composition root. */
export const auditEntities = [AuditEvent];
export const auditMigrations = [CreateAuditEvent1764000000000, AuditEventAppendOnly1764300000002];
