import { wavesRoutes } from './waves.routes';

describe('wavesRoutes', () => {
  it('has the wave pages with German titles, lazy and guarded, "neu" before the id', () => {
    expect(wavesRoutes.map((r) => [r.path, r.title, typeof r.loadComponent, r.canActivate?.length ?? 0])).toEqual([
      ['verwaltung/befragungen', 'Befragungen', 'function', 1],
      ['verwaltung/befragungen/neu', 'Neue Befragung', 'function', 1],
      ['verwaltung/befragungen/:waveId/bearbeiten', 'Befragung bearbeiten', 'function', 1],
      ['verwaltung/befragungen/:waveId', 'Befragung', 'function', 1],
    ]);
  });
});
