import { AuditService } from '@digitalcheck/api-audit';
import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import type { SessionInfo } from '@digitalcheck/shared-contracts';
import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import { type AuthenticatedRequest, requestIdOf } from '../access/authenticated-request';
import { LoginService } from '../login/login.service';
import { PasswordResetService } from '../password-reset/password-reset.service';
import { clearSessionCookies, setSessionCookies } from '../sessions/session-cookies';
import { sessionInfo } from '../sessions/session-info';
import { SessionService } from '../sessions/session.service';
import { LoginBody, PasswordResetBody, PasswordResetCompletionBody } from './auth.dto';
import { clientInfo } from './client-info';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('AuthController');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    private readonly passwordReset: PasswordResetService,
    private readonly audit: AuditService,
  ) {}

  @Public()
  @Get('session')
  @ApiOperation({ summary: 'Who is signed in (user null if nobody), and the CSRF token for writes' })
  session(@Req() request: AuthenticatedRequest): Promise<SessionInfo> {
    const signedIn =
      request.principal && request.session ? { principal: request.principal, session: request.session } : null;
    return sessionInfo(this.dataSource.manager, this.config, signedIn);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; sets the session cookie' })
  async signIn(
    @Body() body: LoginBody,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionInfo> {
    const signedIn = await this.login.login(body.email, body.password, clientInfo(request));
    if (request.sessionToken) await this.sessions.close(request.sessionToken); // a new sign-in replaces the old
    const { token, session } = signedIn;
    setSessionCookies(response, request, this.config.auth, token, session.csrfToken, session.absoluteExpiresAt);
    return sessionInfo(this.dataSource.manager, this.config, signedIn);
  }

  @Public() // an expired session must still be able to clear its cookies
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookies' })
  async signOut(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.sessionToken && request.principal) {
      await this.sessions.close(request.sessionToken);
      const principal = request.principal;
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, {
          action: 'auth.logout',
          entityType: 'user',
          entityId: principal.userId,
          actorId: principal.userId,
          requestId: requestIdOf(request),
        }),
      );
    }
    clearSessionCookies(response, request, this.config.auth);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a reset link if the email has an active account (the answer is always 202)' })
  requestReset(@Body() body: PasswordResetBody, @Req() request: AuthenticatedRequest): void {
    // Not awaited: the answer takes as long for an unknown email as for a known one (no timing oracle).
    this.passwordReset.request(body.email, clientInfo(request)).catch((error: unknown) => {
      this.logger.error({ err: error }, 'password reset request failed');
    });
  }

  @Public()
  @Post('password-reset/complete')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with a reset link token; ends every session of the account' })
  async completeReset(@Body() body: PasswordResetCompletionBody, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.passwordReset.complete(body.token, body.password, clientInfo(request));
  }
}
