import { type Actor, CurrentActor, CurrentPrincipal, type Principal, Roles } from '@digitalcheck/api-auth';
import { toCsv } from '@digitalcheck/api-platform';
import type { AuditPage } from '@digitalcheck/shared-contracts';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuditLogService } from '../audit-log/audit-log.service';
import { AuditQueryParams } from './accounts.dto';
import { managing } from './users.controller';

const CSV_HEADER = ['Zeitpunkt', 'Aktion', 'Person', 'Objektart', 'Objekt', 'Region', 'Details', 'Anfrage-ID'];

@ApiTags('audit')
@Roles('ADMIN', 'STATE_ANALYST')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'Audit log, newest first, filtered; admins see all, analysts their Länder' })
  page(@CurrentPrincipal() principal: Principal, @Query() query: AuditQueryParams): Promise<AuditPage> {
    return this.auditLog.page(principal, query);
  }

  @Get('export')
  @ApiOperation({ summary: 'The filtered audit log as CSV (;-separated, UTF-8 with BOM); the export is audited' })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: AuditQueryParams,
    @Res() response: Response,
  ): Promise<void> {
    const entries = await this.auditLog.export(managing(actor), query);
    const rows = entries.map((e) => [
      e.occurredAt,
      e.action,
      e.actorEmail ?? '',
      e.entityType,
      e.entityId,
      e.regionArs ?? '',
      e.details,
      e.requestId ?? '',
    ]);
    const stamp = new Date().toISOString().slice(0, 10);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="protokoll-${stamp}.csv"`);
    response.send(toCsv(CSV_HEADER, rows));
  }
}
