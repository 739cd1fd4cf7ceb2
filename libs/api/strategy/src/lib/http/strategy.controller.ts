import {
  type Actor,
  type AuthenticatedRequest,
  CurrentActor,
  CurrentPrincipal,
  type Principal,
  requestIdOf,
  SESSION_COOKIE,
} from '@digitalcheck/api-auth';
import type { StrategyDocument, StrategyDraft, StrategyVersionSummary } from '@digitalcheck/shared-contracts';
import {
  Body,
  Controller,
  Get,
  Param,
  Put,
  Req,
  StreamableFile,
  UnauthorizedException,
  UseFilters,
} from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { StrategyDraftsService } from '../drafts/strategy-drafts.service';
import { StrategyDocumentService } from '../export/strategy-document.service';
import { type StrategyExportCaller, StrategyExportService, type StrategyFile } from '../export/strategy-export.service';
import { StrategyConflictFilter } from './strategy-exception';
import { ResponseIdParams, SaveStrategyBody, StrategyVersionParams } from './strategy.dto';

function signedIn(actor: Actor): Actor & { principal: Principal } {
  if (!actor.principal) throw new UnauthorizedException('Sign in first.');
  return actor as Actor & { principal: Principal };
}

function callerOf(principal: Principal, request: AuthenticatedRequest): StrategyExportCaller {
  if (!request.sessionToken) throw new UnauthorizedException('Sign in first.');
  return {
    principal,
    sessionToken: request.sessionToken,
    sessionCookie: SESSION_COOKIE,
    requestId: requestIdOf(request),
  };
}

function asFile(file: StrategyFile): StreamableFile {
  return new StreamableFile(file.data, {
    type: file.contentType,
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.data.length,
  });
}

/**
 * The region's Digitalstrategie draft of a submitted response (issue 9): read by everyone who may read the
 * response's result (others 404), saved by the region's respondents (403 for analysts and admins), exported.
 */
@ApiTags('strategy')
@UseFilters(StrategyConflictFilter)
@Controller('responses/:id')
export class StrategyController {
  constructor(
    private readonly drafts: StrategyDraftsService,
    private readonly documents: StrategyDocumentService,
    private readonly exports: StrategyExportService,
  ) {}

  @Get('strategy')
  @ApiOperation({ summary: 'The region’s strategy draft (version 0 with empty content before the first save)' })
  draft(@CurrentPrincipal() principal: Principal, @Param() params: ResponseIdParams): Promise<StrategyDraft> {
    return this.drafts.draft(principal, params.id);
  }

  @Put('strategy')
  @ApiOperation({
    summary: 'Autosave the draft on top of baseVersion (409 STRATEGY_CONFLICT with the current draft otherwise)',
  })
  save(
    @CurrentActor() actor: Actor,
    @Param() params: ResponseIdParams,
    @Body() body: SaveStrategyBody,
  ): Promise<StrategyDraft> {
    return this.drafts.save(signedIn(actor), params.id, body.baseVersion, body.content);
  }

  @Get('strategy/versions')
  @ApiOperation({ summary: 'Saved versions of the draft, newest first' })
  versions(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ResponseIdParams,
  ): Promise<StrategyVersionSummary[]> {
    return this.drafts.versions(principal, params.id);
  }

  @Get('strategy/versions/:version')
  @ApiOperation({ summary: 'One saved version of the draft' })
  version(@CurrentPrincipal() principal: Principal, @Param() params: StrategyVersionParams): Promise<StrategyDraft> {
    return this.drafts.version(principal, params.id, params.version);
  }

  @Get('strategy/document')
  @ApiOperation({ summary: 'The draft laid out as a Digitalstrategie (what the DOCX and the PDF show)' })
  document(@CurrentPrincipal() principal: Principal, @Param() params: ResponseIdParams): Promise<StrategyDocument> {
    return this.documents.document(principal, params.id);
  }

  @Get('strategy.docx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOperation({ summary: 'The draft as Word document (Ausgangslage, Handlungsfelder, Maßnahmen, Zeitplan, …)' })
  async docx(
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
    @Param() params: ResponseIdParams,
  ): Promise<StreamableFile> {
    return asFile(await this.exports.docx(callerOf(principal, request), params.id));
  }

  @Get('strategy.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The draft as PDF, printed from the dashboard’s /bericht/strategie/:responseId' })
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
    @Param() params: ResponseIdParams,
  ): Promise<StreamableFile> {
    return asFile(await this.exports.pdf(callerOf(principal, request), params.id));
  }
}
