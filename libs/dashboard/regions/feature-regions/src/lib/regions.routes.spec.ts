import { regionsRoutes } from './regions.routes';

describe('regionsRoutes', () => {
  it('has the Regionen page and the detail page, German titles, loaded lazily', () => {
    expect(regionsRoutes.map((r) => [r.path, r.title, typeof r.loadComponent])).toEqual([
      ['regionen', 'Regionen', 'function'],
      ['regionen/:ars', 'Region', 'function'],
    ]);
  });
});
