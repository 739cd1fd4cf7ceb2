import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyWave } from './survey-wave.entity';

/**
 * One invited region of a wave. The region is not a foreign key, like role_assignment: a merged-away region
 * keeps its history. Wave creation checks that every region exists.
 */
@Entity({ name: 'survey_wave_region' })
@Index('IDX_survey_wave_region_region', ['regionArs'])
export class SurveyWaveRegion {
  @PrimaryColumn({ name: 'wave_id', type: 'uuid', primaryKeyConstraintName: 'PK_survey_wave_region' })
  waveId!: string;

  @PrimaryColumn({ name: 'region_ars', type: 'varchar', length: 12, primaryKeyConstraintName: 'PK_survey_wave_region' })
  regionArs!: string;

  @ManyToOne(() => SurveyWave, (wave) => wave.regions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_id', foreignKeyConstraintName: 'FK_survey_wave_region_wave' })
  wave?: SurveyWave;
}
