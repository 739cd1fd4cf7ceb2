import type { StrategyContent } from '@digitalcheck/shared-contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StrategyDraftEntity } from './strategy-draft.entity';

/** One save of a draft, kept for ever (who, when, what): the draft's history. */
@Entity({ name: 'strategy_version' })
export class StrategyVersionEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid', primaryKeyConstraintName: 'PK_strategy_version' })
  responseId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_strategy_version' })
  version!: number;

  @ManyToOne(() => StrategyDraftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'FK_strategy_version_draft' })
  draft?: StrategyDraftEntity;

  @Column({ type: 'jsonb' })
  content!: StrategyContent;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;
}
