import type { MeasureEffort } from '@digitalcheck/shared-contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One measure of the catalogue (issue 9): what a municipality can do in a field of action, what it costs, when it
 * fits (a prerequisite in the questionnaire's condition language) and which questions it improves. Never deleted:
 * archived measures are no longer suggested, and drafts that chose them keep them.
 */
@Entity({ name: 'measure' })
@Index('UQ_measure_code', ['code'], { unique: true })
@Index('IDX_measure_field', ['field', 'code'])
export class MeasureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_measure' })
  id!: string;

  /** Stable code, e.g. "VER-01". */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  /** Field of action (section code of the questionnaire). */
  @Column({ type: 'varchar', length: 8 })
  field!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 8 })
  effort!: MeasureEffort;

  @Column({ name: 'cost_min', type: 'integer' })
  costMin!: number;

  @Column({ name: 'cost_max', type: 'integer' })
  costMax!: number;

  @Column({ type: 'jsonb', nullable: true })
  prerequisite!: Record<string, unknown> | null;

  /** Question codes the measure improves. */
  @Column({ type: 'jsonb' })
  improves!: string[];

  @Column({ name: 'example_title', type: 'varchar', length: 200 })
  exampleTitle!: string;

  @Column({ name: 'example_description', type: 'text' })
  exampleDescription!: string;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  /** Optimistic concurrency: every change adds 1. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
