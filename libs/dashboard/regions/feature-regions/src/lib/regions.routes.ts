import { Route } from '@angular/router';

/** The Regionen pages; lazy, so the map and d3 stay out of the initial bundle. */
export const regionsRoutes: Route[] = [
  {
    path: 'regionen',
    title: $localize`:Page title@@route.regions:Regionen`,
    loadComponent: () => import('./regions-page/regions-page').then((m) => m.RegionsPage),
  },
  {
    path: 'regionen/:ars',
    title: $localize`:Page title of a region's detail page@@route.region:Region`,
    loadComponent: () => import('./region-detail-page/region-detail-page').then((m) => m.RegionDetailPage),
  },
];
