import { Route } from '@angular/router';
import { requireRole, requireSignedIn } from '@digitalcheck/dashboard-accounts-data-access';

const canReport = requireRole('ADMIN', 'STATE_ANALYST');

/**
 * Print pages of the PDF reports (`/bericht/…`), lazy and without the app shell. The API opens them in Chromium
 * with the caller's session and prints them (docs/REPORTS.md); in a browser they show the same report.
 */
export const reportsRoutes: Route[] = [
  {
    path: 'bericht/land',
    title: $localize`:Page title@@route.report.land:Landesbericht`,
    canActivate: [canReport],
    loadComponent: () => import('./land-report/land-report').then((m) => m.LandReport),
  },
  {
    path: 'bericht/region/:ars',
    title: $localize`:Page title@@route.report.region:Regionsbericht`,
    canActivate: [canReport],
    loadComponent: () => import('./region-report/region-report').then((m) => m.RegionReport),
  },
  {
    // The region's team and the Land's analysts: the API decides (404 for everyone else).
    path: 'bericht/strategie/:responseId',
    title: $localize`:Page title@@route.report.strategy:Digitalstrategie`,
    canActivate: [requireSignedIn],
    loadComponent: () => import('./strategy-report/strategy-report').then((m) => m.StrategyReport),
  },
];
