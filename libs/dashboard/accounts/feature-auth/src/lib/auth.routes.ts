import { Route } from '@angular/router';

/** Sign-in, password reset and invitation pages: public, lazy. */
export const authRoutes: Route[] = [
  {
    path: 'anmelden',
    title: $localize`:Page title@@route.login:Anmelden`,
    loadComponent: () => import('./login-page/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'passwort-vergessen',
    title: $localize`:Page title@@route.forgotPassword:Passwort vergessen`,
    loadComponent: () => import('./forgot-password-page/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'passwort-zuruecksetzen',
    title: $localize`:Page title@@route.resetPassword:Passwort zurücksetzen`,
    loadComponent: () => import('./reset-password-page/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'einladung',
    title: $localize`:Page title@@route.invitation:Einladung annehmen`,
    loadComponent: () => import('./invitation-page/invitation-page').then((m) => m.InvitationPage),
  },
  {
    path: 'kein-zugriff',
    title: $localize`:Page title@@route.forbidden:Kein Zugriff`,
    loadComponent: () => import('./forbidden-page/forbidden-page').then((m) => m.ForbiddenPage),
  },
];
