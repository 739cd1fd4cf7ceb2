import { authRoutes } from './auth.routes';

describe('authRoutes', () => {
  it('has the German paths and titles, loaded lazily', () => {
    expect(authRoutes.map((r) => [r.path, r.title, typeof r.loadComponent])).toEqual([
      ['anmelden', 'Anmelden', 'function'],
      ['passwort-vergessen', 'Passwort vergessen', 'function'],
      ['passwort-zuruecksetzen', 'Passwort zurücksetzen', 'function'],
      ['einladung', 'Einladung annehmen', 'function'],
      ['kein-zugriff', 'Kein Zugriff', 'function'],
    ]);
  });
});
