import { regionImportRoutes } from './region-import.routes';

describe('regionImportRoutes', () => {
  it('has the import page with a German title, guarded and loaded lazily', async () => {
    expect(regionImportRoutes.map((r) => [r.path, r.title, r.canActivate?.length, typeof r.loadComponent])).toEqual([
      ['verwaltung/regionen-import', 'Regionen importieren', 1, 'function'],
    ]);
    const component = await regionImportRoutes[0].loadComponent?.();
    expect((component as { name: string }).name).toBe('RegionImportPage');
  });
});
