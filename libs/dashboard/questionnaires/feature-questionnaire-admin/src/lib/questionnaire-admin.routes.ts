import { Route } from '@angular/router';
import { requireRole } from '@digitalcheck/dashboard-accounts-data-access';

/** Questionnaire administration (`/verwaltung/frageboegen`): import and publish, administrators only, lazy. */
export const questionnaireAdminRoutes: Route[] = [
  {
    path: 'verwaltung/frageboegen',
    title: $localize`:Page title@@route.questionnaireAdmin:Fragebögen verwalten`,
    canActivate: [requireRole('ADMIN')],
    loadComponent: () =>
      import('./questionnaire-admin-page/questionnaire-admin-page').then((m) => m.QuestionnaireAdminPage),
  },
];
