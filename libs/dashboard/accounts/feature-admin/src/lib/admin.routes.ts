import { Route } from '@angular/router';
import { requireRole } from '@digitalcheck/dashboard-accounts-data-access';

const canManage = requireRole('ADMIN', 'STATE_ANALYST');

/** Account administration (`/verwaltung/…`): ADMIN and STATE_ANALYST only, lazy. */
export const adminRoutes: Route[] = [
  { path: 'verwaltung', pathMatch: 'full', redirectTo: 'verwaltung/benutzer' },
  {
    path: 'verwaltung/benutzer',
    title: $localize`:Page title@@route.users:Benutzerkonten`,
    canActivate: [canManage],
    loadComponent: () => import('./users-page/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'verwaltung/einladungen',
    title: $localize`:Page title@@route.invitations:Einladungen`,
    canActivate: [canManage],
    loadComponent: () => import('./invitations-page/invitations-page').then((m) => m.InvitationsPage),
  },
  {
    path: 'verwaltung/protokoll',
    title: $localize`:Page title@@route.audit:Protokoll`,
    canActivate: [canManage],
    loadComponent: () => import('./audit-page/audit-page').then((m) => m.AuditPage),
  },
];
