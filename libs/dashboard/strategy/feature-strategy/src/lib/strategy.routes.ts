import { Route } from '@angular/router';
import { requireRole, requireSignedIn } from '@digitalcheck/dashboard-accounts-data-access';

/**
 * From assessment to strategy (issue 9), lazy: the respondent's recommendations and draft, the admins' catalogue
 * of measures and the Land's view of planned measures for analysts and admins.
 */
export const strategyRoutes: Route[] = [
  {
    path: 'selbsteinschaetzung/:responseId/empfehlungen',
    title: $localize`:Page title@@route.strategy.recommendations:Empfehlungen und Strategieentwurf`,
    canActivate: [requireSignedIn],
    loadComponent: () => import('./recommendations-page/recommendations-page').then((m) => m.RecommendationsPage),
  },
  {
    path: 'verwaltung/massnahmen',
    title: $localize`:Page title@@route.strategy.measures:Maßnahmenkatalog`,
    canActivate: [requireRole('ADMIN')],
    loadComponent: () => import('./measures-admin-page/measures-admin-page').then((m) => m.MeasuresAdminPage),
  },
  {
    path: 'auswertung/strategien',
    title: $localize`:Page title@@route.strategy.plans:Geplante Maßnahmen`,
    canActivate: [requireRole('ADMIN', 'STATE_ANALYST')],
    loadComponent: () => import('./strategy-plans-page/strategy-plans-page').then((m) => m.StrategyPlansPage),
  },
];
