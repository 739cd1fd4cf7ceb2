import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyResponse } from './survey-response.entity';

/**
 * The current answer to one question of one response. `version` counts the saves (1 after the first);
 * a save names the version it is based on, so no save silently overwrites another. `value` null = cleared.
 */
@Entity({ name: 'survey_answer' })
export class SurveyAnswer {
  @PrimaryColumn({ name: 'response_id', type: 'uuid', primaryKeyConstraintName: 'PK_survey_answer' })
  responseId!: string;

  @PrimaryColumn({ name: 'question_code', type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_survey_answer' })
  questionCode!: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'FK_survey_answer_response' })
  response?: SurveyResponse;

  @Column({ type: 'jsonb', nullable: true })
  value!: unknown;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;
}
