import { AuditService } from '@digitalcheck/api-audit';
import { type Actor, type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { Region } from '@digitalcheck/api-regions';
import type {
  ApiFieldError,
  WaveDetail,
  WaveParticipation,
  WaveSummary,
  ParticipationState,
} from '@digitalcheck/shared-contracts';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { DefinitionCache } from '../definitions/definition-cache';
import { SurveyWaveRegion } from '../entities/survey-wave-region.entity';
import { SurveyWave } from '../entities/survey-wave.entity';
import type { WaveCreateBody, WaveRegionSelectorBody, WaveUpdateBody } from '../http/surveys.dto';
import { SurveyException } from '../http/survey-exception';
import { waveStatus } from './wave-state';

export type SignedInActor = Actor & { principal: Principal };

/** Survey waves: made and managed by admins and the analysts of a Land; seen by the regions they invite. */
@Injectable()
export class WavesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: DefinitionCache,
    private readonly audit: AuditService,
  ) {}

  /** Waves the caller manages or whose invited regions include one of theirs, newest start first. */
  async list(principal: Principal): Promise<WaveSummary[]> {
    const waves = await this.visible(this.dataSource.manager, principal)
      .orderBy('w.startsAt', 'DESC')
      .addOrderBy('w.id', 'ASC')
      .getMany();
    return this.summaries(this.dataSource.manager, principal, waves);
  }

  async get(principal: Principal, id: string): Promise<WaveDetail> {
    const manager = this.dataSource.manager;
    const wave = await this.foundVisible(manager, principal, id);
    const [summary] = await this.summaries(manager, principal, [wave]);
    // Respondents see their own invited regions only: peers appear to them as aggregates.
    const keys = summary.manageable ? await this.regionKeys(manager, wave.id) : summary.myRegions;
    const names = await this.regionNames(manager, keys);
    return { ...summary, regions: keys.map((ars) => ({ ars, name: names.get(ars) ?? ars })) };
  }

  async create(actor: SignedInActor, body: WaveCreateBody): Promise<WaveDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      const startsAt = new Date(body.startsAt);
      const endsAt = new Date(body.endsAt);
      await this.checkQuestionnaire(manager, body.questionnaireId, body.questionnaireVersion);
      checkPeriod(startsAt, endsAt);
      const { regions, landArs } = await this.resolveRegions(manager, actor.principal, body.regionArs, body.selectors);
      const wave = await manager.save(
        SurveyWave,
        manager.create(SurveyWave, {
          title: body.title.trim(),
          questionnaireId: body.questionnaireId,
          questionnaireVersion: body.questionnaireVersion,
          landArs,
          startsAt,
          endsAt,
          closedAt: null,
          createdBy: actor.principal.userId,
        }),
      );
      await this.insertRegions(manager, wave.id, regions);
      await this.record(manager, actor, 'wave.created', wave, {
        title: wave.title,
        questionnaire: `${wave.questionnaireId}@${wave.questionnaireVersion}`,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        invited: regions.length,
      });
      return wave.id;
    });
    return this.get(actor.principal, id);
  }

  /** Anything may change until the wave starts; given regions replace the invited ones. */
  async update(actor: SignedInActor, id: string, body: WaveUpdateBody): Promise<WaveDetail> {
    await this.dataSource.transaction(async (manager) => {
      const wave = await this.foundManaged(manager, actor.principal, id, true);
      if (waveStatus(wave) !== 'scheduled') {
        throw new SurveyException(409, 'WAVE_STARTED', 'The wave has started: it can only be closed or extended.');
      }
      const changes: Record<string, unknown> = {};
      if (body.title !== undefined) wave.title = changes['title'] = body.title.trim();
      if (body.questionnaireId !== undefined || body.questionnaireVersion !== undefined) {
        const questionnaireId = body.questionnaireId ?? wave.questionnaireId;
        const version = body.questionnaireVersion ?? wave.questionnaireVersion;
        await this.checkQuestionnaire(manager, questionnaireId, version);
        wave.questionnaireId = questionnaireId;
        wave.questionnaireVersion = version;
        changes['questionnaire'] = `${questionnaireId}@${version}`;
      }
      if (body.startsAt !== undefined) changes['startsAt'] = (wave.startsAt = new Date(body.startsAt)).toISOString();
      if (body.endsAt !== undefined) changes['endsAt'] = (wave.endsAt = new Date(body.endsAt)).toISOString();
      checkPeriod(wave.startsAt, wave.endsAt);
      if (body.regionArs !== undefined || body.selectors !== undefined) {
        const { regions, landArs } = await this.resolveRegions(
          manager,
          actor.principal,
          body.regionArs,
          body.selectors,
        );
        wave.landArs = landArs;
        await manager.delete(SurveyWaveRegion, { waveId: wave.id });
        await this.insertRegions(manager, wave.id, regions);
        changes['invited'] = regions.length;
      }
      await manager.save(SurveyWave, wave);
      await this.record(manager, actor, 'wave.updated', wave, changes);
    });
    return this.get(actor.principal, id);
  }

  /** Ends a wave now (also a scheduled one). Closing a closed wave changes nothing. */
  async close(actor: SignedInActor, id: string): Promise<WaveDetail> {
    await this.dataSource.transaction(async (manager) => {
      const wave = await this.foundManaged(manager, actor.principal, id, true);
      if (wave.closedAt !== null) return;
      wave.closedAt = new Date();
      await manager.save(SurveyWave, wave);
      await this.record(manager, actor, 'wave.closed', wave, { endsAt: wave.endsAt.toISOString() });
    });
    return this.get(actor.principal, id);
  }

  /** A later end date; also reopens a wave whose end date has passed, but not one closed by hand. */
  async extend(actor: SignedInActor, id: string, endsAtText: string): Promise<WaveDetail> {
    await this.dataSource.transaction(async (manager) => {
      const wave = await this.foundManaged(manager, actor.principal, id, true);
      if (wave.closedAt !== null) {
        throw new SurveyException(409, 'WAVE_CLOSED', 'The wave was closed by hand; it cannot be extended.');
      }
      const endsAt = new Date(endsAtText);
      if (endsAt.getTime() <= wave.endsAt.getTime() || endsAt.getTime() <= Date.now()) {
        throw new ApiValidationException([
          { field: 'endsAt', code: 'notLater', message: 'endsAt must be later than the current end and now' },
        ]);
      }
      const from = wave.endsAt.toISOString();
      wave.endsAt = endsAt;
      await manager.save(SurveyWave, wave);
      await this.record(manager, actor, 'wave.extended', wave, { from, to: endsAt.toISOString() });
    });
    return this.get(actor.principal, id);
  }

  /** "n von N": invited, started (an answer saved), submitted; and every region's state for reminders. */
  async participation(principal: Principal, id: string): Promise<WaveParticipation> {
    const manager = this.dataSource.manager;
    const wave = await this.foundManaged(manager, principal, id, false);
    const rows: Array<{
      ars: string;
      name: string | null;
      id: string | null;
      status: string | null;
      answered: string;
    }> = await manager.query(
      `SELECT wr."region_ars" AS "ars", reg."name" AS "name", r."id" AS "id", r."status" AS "status",
                (SELECT count(*) FROM "survey_answer" a WHERE a."response_id" = r."id" AND a."value" IS NOT NULL) AS "answered"
           FROM "survey_wave_region" wr
           LEFT JOIN "region" reg ON reg."ars" = wr."region_ars"
           LEFT JOIN "survey_response" r ON r."wave_id" = wr."wave_id" AND r."region_ars" = wr."region_ars"
          WHERE wr."wave_id" = $1
          ORDER BY wr."region_ars"`,
      [wave.id],
    );
    const regions = rows.map((row) => {
      const answered = Number(row.answered);
      const state: ParticipationState =
        row.status === 'submitted' || row.status === 'published' || row.status === 'reopened'
          ? row.status
          : answered > 0
            ? 'started'
            : 'notStarted';
      return { ars: row.ars, name: row.name ?? row.ars, state, responseId: row.id, answered };
    });
    const submitted = regions.filter((r) => r.state === 'submitted' || r.state === 'published');
    return {
      waveId: wave.id,
      invited: regions.length,
      started: regions.filter((r) => r.state !== 'notStarted').length,
      submitted: submitted.length,
      regions,
      notStarted: regions.filter((r) => r.state === 'notStarted').map((r) => r.ars),
      notSubmitted: regions.filter((r) => !submitted.includes(r)).map((r) => r.ars),
    };
  }

  /** Waves whose invited regions the caller may read (admins: all). */
  visible(manager: EntityManager, principal: Principal): SelectQueryBuilder<SurveyWave> {
    const invited = restrictToRegions(
      manager.createQueryBuilder(SurveyWaveRegion, 'wr').select('wr.wave_id'),
      principal,
      'wr.region_ars',
      'read',
    );
    return manager
      .createQueryBuilder(SurveyWave, 'w')
      .where(`w.id IN (${invited.getQuery()})`)
      .setParameters(invited.getParameters());
  }

  private async foundVisible(manager: EntityManager, principal: Principal, id: string): Promise<SurveyWave> {
    const wave = await this.visible(manager, principal).andWhere('w.id = :waveId', { waveId: id }).getOne();
    if (!wave) throw new NotFoundException(`There is no wave ${id}.`);
    return wave;
  }

  /** A wave the caller manages; one they only see (a respondent's) answers 403, any other 404. */
  private async foundManaged(
    manager: EntityManager,
    principal: Principal,
    id: string,
    forUpdate: boolean,
  ): Promise<SurveyWave> {
    const query = restrictToRegions(manager.createQueryBuilder(SurveyWave, 'w'), principal, 'w.land_ars', 'manage')
      // A wave across several Länder ('') is managed by admins only; restrictToRegions passes admins anyway.
      .andWhere('w.id = :waveId', { waveId: id });
    if (forUpdate) query.setLock('pessimistic_write');
    const wave = await query.getOne();
    if (wave) return wave;
    await this.foundVisible(manager, principal, id);
    throw new ForbiddenException('Only admins and the analysts of the Land manage this wave.');
  }

  private async summaries(manager: EntityManager, principal: Principal, waves: SurveyWave[]): Promise<WaveSummary[]> {
    if (waves.length === 0) return [];
    const ids = waves.map((w) => w.id);
    const counts: Array<{ wave_id: string; n: string }> = await manager.query(
      `SELECT "wave_id", count(*) AS "n" FROM "survey_wave_region" WHERE "wave_id" = ANY($1) GROUP BY "wave_id"`,
      [ids],
    );
    const mine =
      principal.regions.length > 0
        ? await manager.find(SurveyWaveRegion, { where: { waveId: In(ids), regionArs: In([...principal.regions]) } })
        : [];
    const now = new Date();
    return waves.map((wave) => ({
      id: wave.id,
      title: wave.title,
      questionnaireId: wave.questionnaireId,
      questionnaireVersion: wave.questionnaireVersion,
      landArs: wave.landArs,
      startsAt: wave.startsAt.toISOString(),
      endsAt: wave.endsAt.toISOString(),
      closedAt: wave.closedAt?.toISOString() ?? null,
      status: waveStatus(wave, now),
      invited: Number(counts.find((c) => c.wave_id === wave.id)?.n ?? 0),
      createdAt: wave.createdAt.toISOString(),
      updatedAt: wave.updatedAt.toISOString(),
      manageable: principal.canManage(wave.landArs),
      myRegions: mine
        .filter((m) => m.waveId === wave.id)
        .map((m) => m.regionArs)
        .sort(),
    }));
  }

  private async regionKeys(manager: EntityManager, waveId: string): Promise<string[]> {
    const rows = await manager.find(SurveyWaveRegion, { where: { waveId }, order: { regionArs: 'ASC' } });
    return rows.map((row) => row.regionArs);
  }

  private async regionNames(manager: EntityManager, keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows = await manager.find(Region, { select: { ars: true, name: true }, where: { ars: In(keys) } });
    return new Map(rows.map((row) => [row.ars, row.name]));
  }

  private async checkQuestionnaire(manager: EntityManager, questionnaireId: string, version: number): Promise<void> {
    if (await this.definitions.published(manager, questionnaireId, version)) return;
    throw new ApiValidationException([
      {
        field: 'questionnaireVersion',
        code: 'notPublished',
        message: `questionnaire ${questionnaireId} has no published version ${version}`,
      },
    ]);
  }

  /**
   * The invited regions: the explicit keys plus every current region a selector names. They must exist, lie
   * below Land level and be managed by the caller (403 otherwise: regions are public); non-admins stay in one Land.
   */
  private async resolveRegions(
    manager: EntityManager,
    principal: Principal,
    explicit: string[] | undefined,
    selectors: WaveRegionSelectorBody[] | undefined,
  ): Promise<{ regions: string[]; landArs: string }> {
    const errors: ApiFieldError[] = [];
    const keys = new Set(explicit ?? []);
    if (explicit && explicit.length > 0) {
      const found = await manager.find(Region, { select: { ars: true, level: true }, where: { ars: In(explicit) } });
      const byKey = new Map(found.map((region) => [region.ars, region]));
      explicit.forEach((ars, index) => {
        const region = byKey.get(ars);
        if (!region) errors.push({ field: `regionArs.${index}`, code: 'unknownRegion', message: `no region ${ars}` });
        else if (region.level === 'LAND') {
          errors.push({ field: `regionArs.${index}`, code: 'landNotAllowed', message: 'invite regions below a Land' });
        }
      });
    }
    for (const [index, selector] of (selectors ?? []).entries()) {
      const found = await manager.find(Region, {
        select: { ars: true },
        where: { landArs: selector.landArs, level: selector.level, validTo: IsNull() },
      });
      if (found.length === 0) {
        errors.push({ field: `selectors.${index}`, code: 'noRegions', message: 'the selector names no region' });
      }
      found.forEach((region) => keys.add(region.ars));
    }
    if (errors.length > 0) throw new ApiValidationException(errors);
    if (keys.size === 0) {
      throw new ApiValidationException([
        { field: 'regionArs', code: 'noRegions', message: 'name regions (regionArs) or selectors' },
      ]);
    }
    const regions = [...keys].sort();
    const outside = regions.filter((ars) => !principal.canManage(ars));
    if (outside.length > 0) {
      throw new ForbiddenException(`You do not manage ${outside.slice(0, 5).join(', ')}.`);
    }
    const lands = new Set(regions.map((ars) => ars.slice(0, 2)));
    if (lands.size > 1 && !principal.isAdmin) {
      throw new ApiValidationException([
        { field: 'regionArs', code: 'severalLands', message: 'a wave of a state analyst covers one Land' },
      ]);
    }
    return { regions, landArs: lands.size === 1 ? [...lands][0] : '' };
  }

  private async insertRegions(manager: EntityManager, waveId: string, regions: string[]): Promise<void> {
    for (let i = 0; i < regions.length; i += 1000) {
      await manager.insert(
        SurveyWaveRegion,
        regions.slice(i, i + 1000).map((regionArs) => ({ waveId, regionArs })),
      );
    }
  }

  private record(
    manager: EntityManager,
    actor: SignedInActor,
    action: string,
    wave: SurveyWave,
    details: Record<string, unknown>,
  ): Promise<unknown> {
    return this.audit.record(manager, {
      action,
      entityType: 'survey_wave',
      entityId: wave.id,
      actorId: actor.principal.userId,
      regionArs: wave.landArs || null,
      details,
      requestId: actor.requestId || null,
    });
  }
}

function checkPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() > startsAt.getTime()) return;
  throw new ApiValidationException([
    { field: 'endsAt', code: 'notAfterStart', message: 'endsAt must be after startsAt' },
  ]);
}
