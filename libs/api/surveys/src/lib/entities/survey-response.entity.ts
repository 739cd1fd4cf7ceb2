import type { ResponseStatus } from '@digitalcheck/shared-contracts';
import type { ResponseScore } from '@digitalcheck/shared-scoring';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SurveyWave } from './survey-wave.entity';

/**
 * The response of one region to one wave (at most one: unique per wave and region). Status flow:
 * draft → submitted → (reopened → submitted)* → published. `score` is what shared-scoring computed at submit.
 */
@Entity({ name: 'survey_response' })
@Index('UQ_survey_response_wave_region', ['waveId', 'regionArs'], { unique: true })
@Index('IDX_survey_response_region', ['regionArs'])
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_survey_response' })
  id!: string;

  @Column({ name: 'wave_id', type: 'uuid' })
  waveId!: string;

  @ManyToOne(() => SurveyWave, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wave_id', foreignKeyConstraintName: 'FK_survey_response_wave' })
  wave?: SurveyWave;

  @Column({ name: 'region_ars', type: 'varchar', length: 12 })
  regionArs!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ResponseStatus;

  /** Scores, indicators and completeness from scoreResponse at the last submit; null before. */
  @Column({ type: 'jsonb', nullable: true })
  score!: ResponseScore | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
