import { Route } from '@angular/router';
import { requireRole } from '@digitalcheck/dashboard-accounts-data-access';

/** The region import (`/verwaltung/regionen-import`): administrators only, lazy. */
export const regionImportRoutes: Route[] = [
  {
    path: 'verwaltung/regionen-import',
    title: $localize`:Page title@@route.regionImport:Regionen importieren`,
    canActivate: [requireRole('ADMIN')],
    loadComponent: () => import('./region-import-page/region-import-page').then((m) => m.RegionImportPage),
  },
];
