import { questionnaireAdminRoutes } from './questionnaire-admin.routes';

describe('questionnaireAdminRoutes', () => {
  it('has the admin page with a German title, guarded and loaded lazily', async () => {
    expect(questionnaireAdminRoutes.map((r) => [r.path, r.title, r.canActivate?.length])).toEqual([
      ['verwaltung/frageboegen', 'Fragebögen verwalten', 1],
    ]);
    const component = await questionnaireAdminRoutes[0].loadComponent?.();
    expect((component as { name: string }).name).toBe('QuestionnaireAdminPage');
  });
});
