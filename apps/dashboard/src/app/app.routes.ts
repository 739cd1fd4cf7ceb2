import { Route } from '@angular/router';
import { notFoundRoute, systemRoutes } from '@digitalcheck/dashboard-system-feature-shell';

/** Feature routes come before the catch-all. Every page is a lazy `loadComponent`. */
export const appRoutes: Route[] = [...systemRoutes, notFoundRoute];
