import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { Request } from 'express';

/** Fetch metadata values of a request the user made on our own pages or typed into the address bar. */
const OWN_SITE = new Set(['same-origin', 'none']);

/**
 * For GET endpoints with side effects (exports and reports: a render, an audit record in the caller's name): the
 * session cookie is SameSite=Lax, so another website could start them by a link or a top-level navigation. Browsers
 * say where a request comes from (`Sec-Fetch-Site`); anything but our own pages is refused. Clients that send no
 * fetch metadata (scripts, curl) are not browsers carrying someone's cookie by accident and pass.
 */
@Injectable()
export class SameSiteDownloadGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const site = context.switchToHttp().getRequest<Request>().header('sec-fetch-site');
    if (site !== undefined && !OWN_SITE.has(site)) {
      throw new ForbiddenException('Exports can only be started from Digitalcheck Kommune itself.');
    }
    return true;
  }
}
