import { AuditService } from '@digitalcheck/api-audit';
import type { Actor, Principal } from '@digitalcheck/api-auth';
import { WavesService } from '@digitalcheck/api-surveys';
import type { ChartExportRecordRequest, ChartExportRecordResponse } from '@digitalcheck/shared-contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type SignedInActor = Actor & { principal: Principal };

/**
 * Chart images and chart data are made in the browser; before the browser hands a file over it records the
 * export here (audit action `export.chart`). A named wave must be one the caller sees (otherwise 404).
 */
@Injectable()
export class ExportRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waves: WavesService,
    private readonly audit: AuditService,
  ) {}

  record(actor: SignedInActor, body: ChartExportRecordRequest): Promise<ChartExportRecordResponse> {
    const { principal } = actor;
    return this.dataSource.transaction(async (manager) => {
      let landArs: string | null = null;
      if (body.waveId) {
        const wave = await this.waves
          .visible(manager, principal)
          .andWhere('w.id = :recordWave', { recordWave: body.waveId })
          .getOne();
        if (!wave) throw new NotFoundException(`There is no wave ${body.waveId}.`);
        landArs = wave.landArs || null;
      }
      const event = await this.audit.record(manager, {
        action: 'export.chart',
        entityType: body.waveId ? 'wave' : 'chart',
        entityId: body.waveId ?? body.fileName.slice(0, 64),
        actorId: principal.userId,
        regionArs: landArs ?? homeRegionOf(principal),
        details: { ...body },
        requestId: actor.requestId,
      });
      return { id: String(event.id) };
    });
  }
}

/**
 * The region an event without a wave belongs to, so the audit log shows it to those who manage the caller:
 * an analyst's only Land, a respondent's only region; none for admins and people with several.
 */
export function homeRegionOf(principal: Principal): string | null {
  if (principal.isAdmin) return null;
  if (principal.lands.length === 1) return principal.lands[0];
  if (principal.lands.length === 0 && principal.regions.length === 1) return principal.regions[0];
  return null;
}
