import { Route } from '@angular/router';
import { questionnaireRoutes } from '@digitalcheck/dashboard-questionnaires-feature-questionnaire-viewer';
import { regionsRoutes } from '@digitalcheck/dashboard-regions-feature-regions';
import { notFoundRoute, systemRoutes } from '@digitalcheck/dashboard-system-feature-shell';

/** Feature routes come before the catch-all. Every page is a lazy `loadComponent`. */
export const appRoutes: Route[] = [...systemRoutes, ...regionsRoutes, ...questionnaireRoutes, notFoundRoute];
