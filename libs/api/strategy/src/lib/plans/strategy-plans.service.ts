import { type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { WavesService } from '@digitalcheck/api-surveys';
import type { StrategyPlans } from '@digitalcheck/shared-contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StrategyDraftEntity } from '../entities/strategy-draft.entity';
import { FIELDS_OF_ACTION } from '../drafts/fields-of-action';
import { MeasureCatalogue } from '../drafts/measure-catalogue';
import { countPlans } from './count-plans';

/**
 * What the drafts of a wave plan, for admins and the analysts of a Land (their regions only, through
 * restrictToRegions): drafts with a focus field, and how often each field and measure is chosen, counted over
 * the latest saved version of each draft.
 */
@Injectable()
export class StrategyPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waves: WavesService,
    private readonly catalogue: MeasureCatalogue,
  ) {}

  async plans(principal: Principal, waveId: string, landArs: string | null): Promise<StrategyPlans> {
    const manager = this.dataSource.manager;
    const wave = await this.waves.visible(manager, principal).andWhere('w.id = :waveId', { waveId }).getOne();
    if (!wave) throw new NotFoundException(`There is no wave ${waveId}.`);
    const query = restrictToRegions(
      manager.createQueryBuilder(StrategyDraftEntity, 'd').where('d.wave_id = :waveId', { waveId }),
      principal,
      'd.region_ars',
      'manage',
    );
    if (landArs) {
      query.andWhere('d.region_ars >= :landLo AND d.region_ars < :landHi', {
        landLo: landArs,
        landHi: String(Number(landArs) + 1).padStart(2, '0'),
      });
    }
    const drafts = await query.getMany();
    const counts = countPlans(drafts.map((draft) => draft.content));
    const measures = await this.catalogue.byIds(counts.measures.map((entry) => entry.measureId));
    return {
      waveId,
      drafts: counts.drafts,
      fields: FIELDS_OF_ACTION.map((field) => ({
        field: field.code,
        title: field.title,
        count: counts.fields.get(field.code) ?? 0,
      })),
      measures: counts.measures.map((entry) => {
        const measure = measures.get(entry.measureId);
        return {
          measureId: entry.measureId,
          code: measure?.code ?? '',
          title: measure?.title ?? entry.measureId,
          field: measure?.field ?? '',
          count: entry.count,
        };
      }),
    };
  }
}
