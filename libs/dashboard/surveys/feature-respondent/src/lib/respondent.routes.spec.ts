import { respondentRoutes } from './respondent.routes';

describe('respondentRoutes', () => {
  it('has the four respondent pages with German titles, lazy and guarded', () => {
    expect(respondentRoutes.map((r) => [r.path, r.title, typeof r.loadComponent, r.canActivate?.length ?? 0])).toEqual([
      ['selbsteinschaetzung', 'Selbsteinschätzung', 'function', 1],
      ['selbsteinschaetzung/:responseId/abschnitt/:sectionCode', 'Abschnitt der Selbsteinschätzung', 'function', 1],
      ['selbsteinschaetzung/:responseId/pruefen', 'Prüfen und absenden', 'function', 1],
      ['selbsteinschaetzung/:responseId/ergebnis', 'Ergebnis der Selbsteinschätzung', 'function', 1],
    ]);
  });
});
