import { QuestionnaireVersion } from '@digitalcheck/api-questionnaires';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SurveyWaveRegion } from './survey-wave-region.entity';

/**
 * A survey wave: one published questionnaire version, a set of invited regions and a period. Editable until
 * `startsAt`; then it can only be closed (`closedAt`) or extended (a later `endsAt`).
 */
@Entity({ name: 'survey_wave' })
@Index('IDX_survey_wave_land', ['landArs', 'startsAt'])
@Index('IDX_survey_wave_questionnaire', ['questionnaireId', 'questionnaireVersion'])
export class SurveyWave {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_survey_wave' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'questionnaire_id', type: 'varchar', length: 64 })
  questionnaireId!: string;

  @Column({ name: 'questionnaire_version', type: 'integer' })
  questionnaireVersion!: number;

  /** The questionnaire version stays as long as a wave uses it. */
  @ManyToOne(() => QuestionnaireVersion, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'questionnaire_id',
      referencedColumnName: 'questionnaireId',
      foreignKeyConstraintName: 'FK_survey_wave_questionnaire',
    },
    {
      name: 'questionnaire_version',
      referencedColumnName: 'version',
      foreignKeyConstraintName: 'FK_survey_wave_questionnaire',
    },
  ])
  questionnaire?: QuestionnaireVersion;

  /** The Land of all invited regions, or '' when they span several Länder (then only admins manage it). */
  @Column({ name: 'land_ars', type: 'varchar', length: 2 })
  landArs!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  /** Exclusive: no answers at or after this instant. */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToMany(() => SurveyWaveRegion, (region) => region.wave)
  regions?: SurveyWaveRegion[];
}
