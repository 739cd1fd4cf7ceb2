import { ForbiddenException, type ExecutionContext } from '@nestjs/common';
import { SameSiteDownloadGuard } from './same-site-download.guard';

function contextWith(site: string | undefined): ExecutionContext {
  const request = { header: (name: string) => (name === 'sec-fetch-site' ? site : undefined) };
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe('SameSiteDownloadGuard', () => {
  const guard = new SameSiteDownloadGuard();

  it.each(['same-origin', 'none', undefined])('lets a request from %s through', (site) => {
    expect(guard.canActivate(contextWith(site))).toBe(true);
  });

  it.each(['cross-site', 'same-site'])('refuses a request from %s', (site) => {
    expect(() => guard.canActivate(contextWith(site))).toThrow(ForbiddenException);
  });
});
