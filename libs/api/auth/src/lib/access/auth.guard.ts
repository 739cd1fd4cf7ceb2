import { APP_CONFIG, type AppConfig } from '@digitalcheck/api-config';
import { ApiException } from '@digitalcheck/api-platform';
import type { Role } from '@digitalcheck/shared-contracts';
import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, SESSION_COOKIE } from '../sessions/session-cookies';
import { SessionService } from '../sessions/session.service';
import { sameToken } from '../tokens';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './access.decorators';
import type { AuthenticatedRequest } from './authenticated-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every API route (registered globally). Secure by default: a route needs a signed-in person
 * unless marked @Public(), and @Roles(...) narrows it further. It also stops cross-site request forgery:
 * signed-in writes must echo the session's CSRF token; anonymous writes from a browser must come from our
 * own origin.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);

    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const resolved = token ? await this.sessions.resolve(token) : null;
    if (resolved && token) {
      request.principal = resolved.principal;
      request.session = resolved.session;
      request.sessionToken = token;
    }

    if (!SAFE_METHODS.has(request.method)) this.checkCsrf(request);
    if (isPublic) return true;
    if (!request.principal) throw new UnauthorizedException('Sign in first.');
    if (roles && !request.principal.hasRole(...roles)) {
      throw new ForbiddenException('Your role does not allow this.');
    }
    return true;
  }

  private checkCsrf(request: AuthenticatedRequest): void {
    if (request.session) {
      const header = request.get(CSRF_HEADER);
      if (!header || !sameToken(header, request.session.csrfToken)) throw csrfFailure();
      return;
    }
    // No session: a forged cross-site form could still sign the victim in to the attacker's account
    // (login CSRF). Browsers send Origin with every cross-site POST; clients without one are not browsers.
    const origin = request.get('origin');
    if (origin && !this.isOwnOrigin(origin, request)) throw csrfFailure();
  }

  private isOwnOrigin(origin: string, request: AuthenticatedRequest): boolean {
    const own = [`${request.protocol}://${request.get('host')}`, new URL(this.config.auth.publicUrl).origin];
    return own.includes(origin);
  }
}

function csrfFailure(): ApiException {
  return new ApiException(403, 'CSRF_TOKEN_INVALID', 'The request lacks the session CSRF token (X-XSRF-TOKEN).');
}
