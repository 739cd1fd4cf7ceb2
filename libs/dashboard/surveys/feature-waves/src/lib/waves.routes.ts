import { Route } from '@angular/router';
import { requireRole } from '@digitalcheck/dashboard-accounts-data-access';

const canManage = requireRole('ADMIN', 'STATE_ANALYST');

/** Survey wave management (`/verwaltung/befragungen/…`): ADMIN and STATE_ANALYST only, lazy. */
export const wavesRoutes: Route[] = [
  {
    path: 'verwaltung/befragungen',
    title: $localize`:Page title@@route.waves:Befragungen`,
    canActivate: [canManage],
    loadComponent: () => import('./waves-page/waves-page').then((m) => m.WavesPage),
  },
  {
    path: 'verwaltung/befragungen/neu',
    title: $localize`:Page title@@route.waves.new:Neue Befragung`,
    canActivate: [canManage],
    loadComponent: () => import('./wave-form-page/wave-form-page').then((m) => m.WaveFormPage),
  },
  {
    path: 'verwaltung/befragungen/:waveId/bearbeiten',
    title: $localize`:Page title@@route.waves.edit:Befragung bearbeiten`,
    canActivate: [canManage],
    loadComponent: () => import('./wave-form-page/wave-form-page').then((m) => m.WaveFormPage),
  },
  {
    path: 'verwaltung/befragungen/:waveId',
    title: $localize`:Page title@@route.waves.detail:Befragung`,
    canActivate: [canManage],
    loadComponent: () => import('./wave-detail-page/wave-detail-page').then((m) => m.WaveDetailPage),
  },
];
