import { Route } from '@angular/router';
import { adminRoutes } from '@digitalcheck/dashboard-accounts-feature-admin';
import { analyticsRoutes } from '@digitalcheck/dashboard-analytics-feature-analytics';
import { authRoutes } from '@digitalcheck/dashboard-accounts-feature-auth';
import { questionnaireAdminRoutes } from '@digitalcheck/dashboard-questionnaires-feature-questionnaire-admin';
import { questionnaireRoutes } from '@digitalcheck/dashboard-questionnaires-feature-questionnaire-viewer';
import { regionImportRoutes } from '@digitalcheck/dashboard-regions-feature-region-import';
import { regionsRoutes } from '@digitalcheck/dashboard-regions-feature-regions';
import { reportsRoutes } from '@digitalcheck/dashboard-reports-feature-reports';
import { notFoundRoute, systemRoutes } from '@digitalcheck/dashboard-system-feature-shell';
import { respondentRoutes } from '@digitalcheck/dashboard-surveys-feature-respondent';
import { strategyRoutes } from '@digitalcheck/dashboard-strategy-feature-strategy';
import { wavesRoutes } from '@digitalcheck/dashboard-surveys-feature-waves';

/** Feature routes come before the catch-all. Every page is a lazy `loadComponent`. */
export const appRoutes: Route[] = [
  ...systemRoutes,
  ...regionsRoutes,
  ...questionnaireRoutes,
  ...authRoutes,
  ...regionImportRoutes,
  ...questionnaireAdminRoutes,
  ...respondentRoutes,
  ...strategyRoutes,
  ...wavesRoutes,
  ...analyticsRoutes,
  ...reportsRoutes,
  ...adminRoutes,
  notFoundRoute,
];
