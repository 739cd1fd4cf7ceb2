import { Route } from '@angular/router';

/** Pages of the shell. Titles are completed with the product name by the app's TitleStrategy. */
export const systemRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`:Page title@@route.start:Start`,
    loadComponent: () => import('./start-page/start-page').then((m) => m.StartPage),
  },
  {
    path: 'datenquellen',
    title: $localize`:Page title@@route.sources:Datenquellen und Lizenzen`,
    loadComponent: () => import('./data-sources-page/data-sources-page').then((m) => m.DataSourcesPage),
  },
];

/** Catch-all; the app registers it after all feature routes. */
export const notFoundRoute: Route = {
  path: '**',
  title: $localize`:Page title@@route.notFound:Seite nicht gefunden`,
  loadComponent: () => import('./not-found-page/not-found-page').then((m) => m.NotFoundPage),
};
