import { APP_CONFIG, type AppConfig, type OidcConfig } from '@digitalcheck/api-config';
import { ApiException } from '@digitalcheck/api-platform';
import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../access/access.decorators';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { clearOidcCookie, readOidcCookie, setOidcCookie } from '../oidc/oidc-cookie';
import { OidcLoginError } from '../oidc/oidc-login-error';
import { OidcService } from '../oidc/oidc.service';
import { setSessionCookies } from '../sessions/session-cookies';
import { SessionService } from '../sessions/session.service';
import { clientInfo } from './client-info';

/** Where the dashboard's login page lives; failures go back there with `?fehler=`. */
const LOGIN_PAGE = '/anmelden';

/**
 * Sign-in through the identity provider (OpenID Connect, authorization code flow with PKCE). Both routes
 * are browser navigations, so they answer with redirects rather than JSON (except 404 when OIDC is off).
 */
@ApiTags('auth')
@Public()
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OidcController');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly oidc: OidcService,
    private readonly sessions: SessionService,
  ) {}

  @Get('login')
  @ApiOperation({ summary: 'Redirect to the identity provider (`ziel`: a path to return to afterwards)' })
  async login(
    @Query('ziel') ziel: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() response: Response,
  ): Promise<void> {
    const oidc = this.settings();
    try {
      const { url, pending } = await this.oidc.start(ziel);
      setOidcCookie(response, request, this.config.auth, oidc, pending);
      response.set('Cache-Control', 'no-store').redirect(302, url);
    } catch (error) {
      if (!(error instanceof OidcLoginError)) this.logger.error({ err: error }, 'OIDC sign-in could not start');
      response.set('Cache-Control', 'no-store').redirect(302, `${LOGIN_PAGE}?fehler=sso`);
    }
  }

  @Get('callback')
  @ApiOperation({ summary: 'Where the identity provider sends the browser back; sets the session cookie' })
  async callback(@Req() request: AuthenticatedRequest, @Res() response: Response): Promise<void> {
    const oidc = this.settings();
    const pending = readOidcCookie(request);
    clearOidcCookie(response, request, this.config.auth, oidc); // single use, whatever happens
    response.set('Cache-Control', 'no-store');
    const query = request.originalUrl.includes('?')
      ? request.originalUrl.slice(request.originalUrl.indexOf('?') + 1)
      : '';
    try {
      const signedIn = await this.oidc.finish(query, pending, clientInfo(request));
      if (request.sessionToken) await this.sessions.close(request.sessionToken); // a new sign-in replaces the old
      const { token, session } = signedIn;
      setSessionCookies(response, request, this.config.auth, token, session.csrfToken, session.absoluteExpiresAt);
      response.redirect(302, signedIn.returnTo);
    } catch (error) {
      const code = error instanceof OidcLoginError ? error.code : 'sso';
      response.redirect(302, `${LOGIN_PAGE}?fehler=${code}`);
    }
  }

  private settings(): OidcConfig {
    const oidc = this.config.auth.oidc;
    if (!oidc) throw new ApiException(404, 'NOT_FOUND', 'Sign-in through an identity provider is not configured.');
    return oidc;
  }
}
