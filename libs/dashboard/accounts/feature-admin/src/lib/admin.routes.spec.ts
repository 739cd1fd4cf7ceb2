import { adminRoutes } from './admin.routes';

describe('adminRoutes', () => {
  it('has the management pages with German titles, lazy and guarded', () => {
    expect(adminRoutes.map((r) => [r.path, r.title, typeof r.loadComponent, r.canActivate?.length ?? 0])).toEqual([
      ['verwaltung', undefined, 'undefined', 0],
      ['verwaltung/benutzer', 'Benutzerkonten', 'function', 1],
      ['verwaltung/einladungen', 'Einladungen', 'function', 1],
      ['verwaltung/protokoll', 'Protokoll', 'function', 1],
    ]);
    expect(adminRoutes[0].redirectTo).toBe('verwaltung/benutzer');
  });
});
