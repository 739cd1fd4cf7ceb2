import { AnalyticsService, RegionProfileService } from '@digitalcheck/api-analytics';
import { AuditService } from '@digitalcheck/api-audit';
import type { Principal } from '@digitalcheck/api-auth';
import { REPORT_LAND_PARAM, REPORT_WAVE_PARAM } from '@digitalcheck/shared-contracts';
import { exportFileName } from '@digitalcheck/shared-export';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportRendererService } from './report-renderer.service';

/** Who asks, with which session (the print page runs under it), under which request id. */
export interface ReportCaller {
  principal: Principal;
  sessionToken: string;
  sessionCookie: string;
  requestId: string;
}

export interface RenderedReport {
  fileName: string;
  pdf: Buffer;
}

/**
 * The Land report and the region report (issue 8). Access is decided first, by the same analytics queries
 * the print page will run (a wave or region the caller may not see is 404, exactly as in analytics); then
 * Chromium prints the page, and the export is audited as `export.report`.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly analytics: AnalyticsService,
    private readonly profiles: RegionProfileService,
    private readonly renderer: ReportRendererService,
    private readonly audit: AuditService,
  ) {}

  async landReport(caller: ReportCaller, waveId: string, land: string): Promise<RenderedReport> {
    const overview = await this.analytics.overview(caller.principal, waveId, {
      landArs: land,
      level: 'KREIS',
      kind: null,
      sizeClass: null,
      regionArs: [],
    });
    if (overview.participation.invited === 0) {
      throw new NotFoundException(`Wave ${waveId} invites no Kreise of Land ${land} that you may see.`);
    }
    const query = new URLSearchParams({ [REPORT_WAVE_PARAM]: overview.scope.waveId, [REPORT_LAND_PARAM]: land });
    const pdf = await this.renderer.render({ ...caller, path: `/bericht/land?${query.toString()}` });
    await this.record(caller, waveId, land, { report: 'land', land, bytes: pdf.length });
    return { fileName: exportFileName(['bericht', land, overview.scope.waveTitle], 'pdf'), pdf };
  }

  async regionReport(caller: ReportCaller, waveId: string, ars: string): Promise<RenderedReport> {
    const profile = await this.profiles.profile(caller.principal, waveId, ars);
    const query = new URLSearchParams({ [REPORT_WAVE_PARAM]: profile.waveId });
    const pdf = await this.renderer.render({
      ...caller,
      path: `/bericht/region/${encodeURIComponent(ars)}?${query.toString()}`,
    });
    await this.record(caller, waveId, ars, { report: 'region', ars, bytes: pdf.length });
    return { fileName: exportFileName(['bericht', profile.region.name, profile.waveTitle], 'pdf'), pdf };
  }

  private async record(
    caller: ReportCaller,
    waveId: string,
    regionArs: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(this.dataSource.manager, {
      action: 'export.report',
      entityType: 'wave',
      entityId: waveId,
      actorId: caller.principal.userId,
      regionArs,
      details: { format: 'pdf', ...details },
      requestId: caller.requestId,
    });
  }
}
