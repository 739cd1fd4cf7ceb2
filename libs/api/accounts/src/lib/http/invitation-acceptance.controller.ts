import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import {
  type AuthenticatedRequest,
  clientInfo,
  Public,
  SessionService,
  sessionInfo,
  setSessionCookies,
} from '@digitalcheck/api-auth';
import type { InvitationPreview, SessionInfo } from '@digitalcheck/shared-contracts';
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { InvitationAcceptanceService } from '../invitations/invitation-acceptance.service';
import { InvitationAcceptanceBody, InvitationTokenBody } from './accounts.dto';

/** The invitee's endpoints: the token travels in the body, never in a URL that ends up in logs. */
@ApiTags('invitations')
@Public()
@Controller('invitations')
export class InvitationAcceptanceController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly acceptance: InvitationAcceptanceService,
    private readonly sessions: SessionService,
  ) {}

  @Post('inspect')
  @HttpCode(200)
  @ApiOperation({ summary: 'What an invitation link is for (404/410 when unusable)' })
  inspect(@Body() body: InvitationTokenBody): Promise<InvitationPreview> {
    return this.acceptance.inspect(body.token);
  }

  @Post('accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: set the password (new account) or confirm it (existing); signs in' })
  async accept(
    @Body() body: InvitationAcceptanceBody,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionInfo> {
    const signedIn = await this.acceptance.accept(body, clientInfo(request));
    if (request.sessionToken) await this.sessions.close(request.sessionToken);
    const { token, session } = signedIn;
    setSessionCookies(response, request, this.config.auth, token, session.csrfToken, session.absoluteExpiresAt);
    return sessionInfo(this.dataSource.manager, this.config, signedIn);
  }
}
