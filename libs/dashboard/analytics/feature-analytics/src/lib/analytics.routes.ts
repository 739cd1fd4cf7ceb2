import { Route } from '@angular/router';
import { requireRole } from '@digitalcheck/dashboard-accounts-data-access';

const canAnalyse = requireRole('ADMIN', 'STATE_ANALYST');

/** The analytics pages (`/auswertung/…`) for state analysts and admins, lazy; filters live in the URL. */
export const analyticsRoutes: Route[] = [
  {
    path: 'auswertung',
    title: $localize`:Page title@@route.analytics:Auswertung`,
    canActivate: [canAnalyse],
    loadComponent: () => import('./overview-page/overview-page').then((m) => m.OverviewPage),
  },
  {
    path: 'auswertung/regionen/:ars',
    title: $localize`:Page title@@route.analytics.region:Regionsprofil`,
    canActivate: [canAnalyse],
    loadComponent: () => import('./region-profile-page/region-profile-page').then((m) => m.RegionProfilePage),
  },
  {
    path: 'auswertung/vergleich',
    title: $localize`:Page title@@route.analytics.comparison:Regionen vergleichen`,
    canActivate: [canAnalyse],
    loadComponent: () => import('./comparison-page/comparison-page').then((m) => m.ComparisonPage),
  },
  {
    path: 'auswertung/fragen',
    title: $localize`:Page title@@route.analytics.questions:Fragen im Detail`,
    canActivate: [canAnalyse],
    loadComponent: () => import('./question-explorer-page/question-explorer-page').then((m) => m.QuestionExplorerPage),
  },
];
