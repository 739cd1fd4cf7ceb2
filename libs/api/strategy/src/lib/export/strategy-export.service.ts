import { AuditService } from '@digitalcheck/api-audit';
import type { Principal } from '@digitalcheck/api-auth';
import { ReportRendererService } from '@digitalcheck/api-reports';
import { exportFileName } from '@digitalcheck/shared-export';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildStrategyDocx } from './strategy-docx';
import { StrategyDocumentService } from './strategy-document.service';

/** Who exports, with which session (the PDF's print page runs under it), under which request id. */
export interface StrategyExportCaller {
  principal: Principal;
  sessionToken: string;
  sessionCookie: string;
  requestId: string;
}

export interface StrategyFile {
  fileName: string;
  contentType: string;
  data: Buffer;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The draft as DOCX (built here with `docx`) and as PDF (the dashboard's print route `/bericht/strategie/:id`
 * printed by the report renderer), both from StrategyDocument; audited as `export.strategy` with the format.
 */
@Injectable()
export class StrategyExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: StrategyDocumentService,
    private readonly renderer: ReportRendererService,
    private readonly audit: AuditService,
  ) {}

  async docx(caller: StrategyExportCaller, responseId: string): Promise<StrategyFile> {
    const document = await this.documents.document(caller.principal, responseId);
    const data = await buildStrategyDocx(document, new Date());
    await this.record(caller, responseId, document.regionArs, 'docx', document.version, data.length);
    return { fileName: fileNameOf(document.regionName, 'docx'), contentType: DOCX_TYPE, data };
  }

  async pdf(caller: StrategyExportCaller, responseId: string): Promise<StrategyFile> {
    // Access first, by the same query the print page runs (404 unseen, 409 before a submit).
    const document = await this.documents.document(caller.principal, responseId);
    const data = await this.renderer.render({
      sessionToken: caller.sessionToken,
      sessionCookie: caller.sessionCookie,
      path: `/bericht/strategie/${encodeURIComponent(responseId)}`,
    });
    await this.record(caller, responseId, document.regionArs, 'pdf', document.version, data.length);
    return { fileName: fileNameOf(document.regionName, 'pdf'), contentType: 'application/pdf', data };
  }

  private async record(
    caller: StrategyExportCaller,
    responseId: string,
    regionArs: string,
    format: 'docx' | 'pdf',
    version: number,
    bytes: number,
  ): Promise<void> {
    await this.audit.record(this.dataSource.manager, {
      action: 'export.strategy',
      entityType: 'survey_response',
      entityId: responseId,
      actorId: caller.principal.userId,
      regionArs,
      details: { format, version, bytes },
      requestId: caller.requestId || null,
    });
  }
}

/** "mayen-koblenz_digitalstrategie_entwurf.docx". */
export function fileNameOf(regionName: string, extension: string): string {
  return exportFileName([regionName, 'digitalstrategie', 'entwurf'], extension);
}
