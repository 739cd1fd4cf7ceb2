import type { StrategyContent } from '@digitalcheck/shared-contracts';
import { SurveyResponse } from '@digitalcheck/api-surveys';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The region's Digitalstrategie draft for one submitted response: the latest saved content. Every save counts
 * `version` up (optimistic concurrency: a save names the version it edited) and keeps a StrategyVersion row.
 * `region_ars` and `wave_id` are copied from the response so tenant filters and the Land's view need no join.
 */
@Entity({ name: 'strategy_draft' })
@Index('IDX_strategy_draft_wave_region', ['waveId', 'regionArs'])
export class StrategyDraftEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid', primaryKeyConstraintName: 'PK_strategy_draft' })
  responseId!: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'FK_strategy_draft_response' })
  response?: SurveyResponse;

  @Column({ name: 'wave_id', type: 'uuid' })
  waveId!: string;

  @Column({ name: 'region_ars', type: 'varchar', length: 12 })
  regionArs!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  content!: StrategyContent;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;
}
