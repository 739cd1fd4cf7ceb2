import { Route } from '@angular/router';

/** The read-only questionnaire viewer; lazy, so it stays out of the initial bundle. */
export const questionnaireRoutes: Route[] = [
  {
    path: 'fragebogen',
    title: $localize`:Page title@@route.questionnaire:Fragebogen`,
    loadComponent: () => import('./questionnaire-page/questionnaire-page').then((m) => m.QuestionnairePage),
  },
];
