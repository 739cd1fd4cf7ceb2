import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyResponse } from './survey-response.entity';

/**
 * An applied answer save, by the client's operation id: a retry of the same operation finds it here and gets
 * the original result (same version) instead of being applied a second time.
 */
@Entity({ name: 'survey_answer_operation' })
@Index('IDX_survey_answer_operation_response', ['responseId'])
export class SurveyAnswerOperation {
  @PrimaryColumn({ name: 'operation_id', type: 'uuid', primaryKeyConstraintName: 'PK_survey_answer_operation' })
  operationId!: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'FK_survey_answer_operation_response' })
  response?: SurveyResponse;

  @Column({ name: 'question_code', type: 'varchar', length: 64 })
  questionCode!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb', nullable: true })
  value!: unknown;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;
}
