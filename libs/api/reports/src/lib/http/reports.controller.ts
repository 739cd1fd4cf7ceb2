import {
  type AuthenticatedRequest,
  CurrentPrincipal,
  type Principal,
  Roles,
  SESSION_COOKIE,
  SameSiteDownloadGuard,
} from '@digitalcheck/api-auth';
import { requestIdOf } from '@digitalcheck/api-auth';
import { Controller, Get, Param, Req, Res, StreamableFile, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type RenderedReport, type ReportCaller, ReportsService } from '../reports.service';
import { LandReportParams, RegionReportParams } from './reports.dto';

function callerOf(principal: Principal, request: AuthenticatedRequest): ReportCaller {
  if (!request.sessionToken) throw new UnauthorizedException('Sign in first.');
  return {
    principal,
    sessionToken: request.sessionToken,
    sessionCookie: SESSION_COOKIE,
    requestId: requestIdOf(request),
  };
}

/** A Land's figures: never kept by a browser or proxy cache. */
function asFile(report: RenderedReport, response: Response): StreamableFile {
  response.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(report.pdf, {
    type: 'application/pdf',
    disposition: `attachment; filename="${report.fileName}"`,
    length: report.pdf.length,
  });
}

/** PDF reports of a wave (issue 8) for admins and the analysts of a Land; respondents 403. */
@ApiTags('reports')
@Roles('ADMIN', 'STATE_ANALYST')
@UseGuards(SameSiteDownloadGuard)
@Controller('reports/waves/:id')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('lands/:land.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Land report as PDF (A4, German): KPIs with n, map, rankings, distributions, obstacles, participation',
  })
  async land(
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
    @Param() params: LandReportParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return asFile(await this.reports.landReport(callerOf(principal, request), params.id, params.land), response);
  }

  @Get('regions/:ars.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Region report as PDF (A4, German): results, field scores against peers and Land, priority matrix',
  })
  async region(
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
    @Param() params: RegionReportParams,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return asFile(await this.reports.regionReport(callerOf(principal, request), params.id, params.ars), response);
  }
}
