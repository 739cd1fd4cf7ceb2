import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type QuestionnaireVersionStatus = 'draft' | 'published';

/**
 * One version of a questionnaire definition. A published version is immutable: the service refuses changes and a
 * database trigger (see the migration) rejects any UPDATE of a published row's definition, hash, title or status.
 * The lock by a survey wave comes with waves (not yet built).
 */
@Entity({ name: 'questionnaire_version' })
export class QuestionnaireVersion {
  @PrimaryColumn({
    name: 'questionnaire_id',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_questionnaire_version',
  })
  questionnaireId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_questionnaire_version' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: QuestionnaireVersionStatus;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'jsonb' })
  definition!: QuestionnaireDefinition;

  /** sha256 (hex) of the canonical JSON of the definition (keys sorted). */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
