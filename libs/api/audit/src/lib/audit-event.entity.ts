import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to the data, written in the same transaction as the change itself, so the log can
 * never disagree with the data. Append-only: nothing updates or deletes rows here.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('IDX_audit_event_region', ['regionArs', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** The account that made the change; null for the system (seeds, migrations, jobs). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** What happened, e.g. `response.submitted`, `wave.extended`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  /** The region the change belongs to (ARS), so tenants' audit trails can be scoped. */
  @Column({ name: 'region_ars', type: 'varchar', length: 12, nullable: true })
  regionArs!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
