import { AuditService } from '@digitalcheck/api-audit';
import { type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { Region } from '@digitalcheck/api-regions';
import { DefinitionCache, SurveyResponse, SurveyWave, SurveyWaveRegion } from '@digitalcheck/api-surveys';
import type { RawExportFormat, RawExportPart, RegionLevel, ResponseStatus } from '@digitalcheck/shared-contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SignedInActor } from '../records/export-records.service';
import { RawExportLayout, type RawResponse } from './raw-columns';

/** Responses read per keyset page (by ARS). */
export const RAW_EXPORT_PAGE_SIZE = 100;

/**
 * A response as read from the database: answers and field scores as JSON text, parsed row by row when the row
 * is written (toRawResponse), so the parsed objects die young instead of being promoted with the whole page.
 */
export type RawResponseRecord = Record<string, unknown>;

/** What an export covers, resolved and authorised before the first byte is sent. */
export interface RawExportPlan {
  wave: SurveyWave;
  layout: RawExportLayout;
  /** The Land asked for (or the analyst's only Land); null: every region the caller manages. */
  landArs: string | null;
  /** "Rheinland-Pfalz (07)", or "alle Länder" / the analyst's Länder. */
  landLabel: string;
}

/**
 * The raw data export (issue 8): every response of a wave in a Land, read in keyset pages of 500 by ARS so
 * memory stays bounded whatever the wave's size. Tenant scope through restrictToRegions (mode `manage`): the
 * wave must invite a region the caller manages (else 404, as analytics), and only those regions are read.
 * An analyst naming a Land that is not theirs gets 404 (nothing of it exists for them).
 */
@Injectable()
export class RawExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: DefinitionCache,
    private readonly audit: AuditService,
  ) {}

  async plan(principal: Principal, waveId: string, land: string | null): Promise<RawExportPlan> {
    const manager = this.dataSource.manager;
    if (land !== null && !principal.isAdmin && !principal.lands.includes(land)) {
      throw new NotFoundException(`There is no wave ${waveId} in Land ${land}.`);
    }
    const invited = restrictToRegions(
      manager.createQueryBuilder(SurveyWaveRegion, 'wr').select('wr.wave_id').where('wr.wave_id = :exportWave', {
        exportWave: waveId,
      }),
      principal,
      'wr.region_ars',
      'manage',
    );
    const wave = await manager
      .createQueryBuilder(SurveyWave, 'w')
      .where(`w.id IN (${invited.getQuery()})`)
      .setParameters(invited.getParameters())
      .getOne();
    if (!wave) throw new NotFoundException(`There is no wave ${waveId}.`);
    const definition = await this.definitions.forWave(manager, wave.questionnaireId, wave.questionnaireVersion);
    const landArs = land ?? (!principal.isAdmin && principal.lands.length === 1 ? principal.lands[0] : null);
    const landLabel =
      landArs === null && !principal.isAdmin ? `Länder ${principal.lands.join(', ')}` : await this.landLabel(landArs);
    return { wave, layout: new RawExportLayout(definition), landArs, landLabel };
  }

  /** The responses in pages, ordered by ARS; each page is one statement (no long transaction, fine on PGlite). */
  async *pages(
    principal: Principal,
    plan: RawExportPlan,
    pageSize = RAW_EXPORT_PAGE_SIZE,
  ): AsyncGenerator<RawResponseRecord[]> {
    let after = '';
    for (;;) {
      const query = this.responses(principal, plan)
        .select('r.region_ars', 'ars')
        .addSelect('reg.name', 'name')
        .addSelect('reg.level', 'level')
        .addSelect('reg.kind', 'kind')
        .addSelect('reg.population', 'population')
        .addSelect('r.status', 'status')
        .addSelect('r.submitted_at', 'submitted_at')
        .addSelect(`(r.score -> 'index' ->> 'score')::float8`, 'index_score')
        .addSelect(
          `(SELECT jsonb_object_agg(f ->> 'section', f -> 'score') FROM jsonb_array_elements(r.score -> 'fields') AS f)::text`,
          'field_scores',
        )
        .addSelect(
          `(SELECT jsonb_object_agg(a.question_code, a.value) FROM survey_answer a
             WHERE a.response_id = r.id AND a.value IS NOT NULL)::text`,
          'answers',
        )
        .leftJoin(Region, 'reg', 'reg.ars = r.region_ars')
        .andWhere('r.region_ars > :after', { after });
      const rows = (await query.orderBy('r.region_ars', 'ASC').limit(pageSize).getRawMany()) as RawResponseRecord[];
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < pageSize) return;
      after = String(rows[rows.length - 1]['ars']);
    }
  }

  /** How many rows the export will hold (counted before the first byte, for the audit record). */
  async count(principal: Principal, plan: RawExportPlan): Promise<number> {
    const row = (await this.responses(principal, plan).select('count(*)::int', 'count').getRawOne()) as
      | { count: number | string }
      | undefined;
    return Number(row?.count ?? 0);
  }

  /** The wave's responses the caller may export, in the plan's Land. */
  private responses(principal: Principal, plan: RawExportPlan) {
    const query = this.dataSource.manager
      .createQueryBuilder()
      .from(SurveyResponse, 'r')
      .where('r.wave_id = :pageWave', { pageWave: plan.wave.id });
    restrictToRegions(query, principal, 'r.region_ars', 'manage');
    if (plan.landArs !== null) {
      // A key range, so the (wave_id, region_ars) index serves it.
      query.andWhere('r.region_ars >= :landLo AND r.region_ars < :landHi', {
        landLo: plan.landArs,
        landHi: String(Number(plan.landArs) + 1).padStart(2, '0'),
      });
    }
    return query;
  }

  /** Audit action `export.raw`, written before the first byte: a download broken off is recorded too. */
  async record(
    actor: SignedInActor,
    plan: RawExportPlan,
    details: { format: RawExportFormat; part: RawExportPart; dialect: string | null; rows: number },
  ): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'export.raw',
        entityType: 'wave',
        entityId: plan.wave.id,
        actorId: actor.principal.userId,
        regionArs: plan.landArs ?? (plan.wave.landArs || null),
        details: { waveId: plan.wave.id, land: plan.landArs, ...details },
        requestId: actor.requestId,
      }),
    );
  }

  private async landLabel(landArs: string | null): Promise<string> {
    if (landArs === null) return 'alle Länder';
    const region = await this.dataSource.manager.findOneBy(Region, { ars: landArs });
    return region ? `${region.name} (${landArs})` : landArs;
  }
}

/** A database row as the layout reads it (JSON parsed here, one row at a time). */
export function toRawResponse(row: RawResponseRecord): RawResponse {
  const submitted = row['submitted_at'];
  return {
    ars: String(row['ars']),
    name: row['name'] === null ? String(row['ars']) : String(row['name']),
    level: (row['level'] as RegionLevel | null) ?? null,
    kind: (row['kind'] as string | null) ?? null,
    population: row['population'] === null ? null : Number(row['population']),
    status: row['status'] as ResponseStatus,
    submittedAt: submitted === null ? null : submitted instanceof Date ? submitted : new Date(String(submitted)),
    indexScore: row['index_score'] === null ? null : Number(row['index_score']),
    fieldScores: jsonObject(row['field_scores']) as Record<string, number | null>,
    answers: jsonObject(row['answers']),
  };
}

function jsonObject(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}
