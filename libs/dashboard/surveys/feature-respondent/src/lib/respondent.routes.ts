import { Route } from '@angular/router';
import { requireSignedIn } from '@digitalcheck/dashboard-accounts-data-access';

/** The respondent's self-assessment (`/selbsteinschaetzung/…`): signed-in users only, lazy. */
export const respondentRoutes: Route[] = [
  {
    path: 'selbsteinschaetzung',
    title: $localize`:Page title@@route.selfAssessment:Selbsteinschätzung`,
    canActivate: [requireSignedIn],
    loadComponent: () => import('./start-page/start-page').then((m) => m.StartPage),
  },
  {
    path: 'selbsteinschaetzung/:responseId/abschnitt/:sectionCode',
    title: $localize`:Page title@@route.selfAssessment.section:Abschnitt der Selbsteinschätzung`,
    canActivate: [requireSignedIn],
    loadComponent: () => import('./section-page/section-page').then((m) => m.SectionPage),
  },
  {
    path: 'selbsteinschaetzung/:responseId/pruefen',
    title: $localize`:Page title@@route.selfAssessment.review:Prüfen und absenden`,
    canActivate: [requireSignedIn],
    loadComponent: () => import('./review-page/review-page').then((m) => m.ReviewPage),
  },
  {
    path: 'selbsteinschaetzung/:responseId/ergebnis',
    title: $localize`:Page title@@route.selfAssessment.result:Ergebnis der Selbsteinschätzung`,
    canActivate: [requireSignedIn],
    loadComponent: () => import('./result-page/result-page').then((m) => m.ResultPage),
  },
];
