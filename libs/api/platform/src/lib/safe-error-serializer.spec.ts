import { safeErrorSerializer } from './safe-error-serializer';

describe('safeErrorSerializer', () => {
  it('keeps message, code and stack but drops SQL, parameters and driver detail', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "UQ_user_email"'), {
      code: '23505',
      query: 'INSERT INTO "user"("email") VALUES ($1)',
      parameters: ['anna.schmidt@kreis-ahrweiler.de'],
      detail: 'Key (email)=(anna.schmidt@kreis-ahrweiler.de) already exists.',
      driverError: { detail: 'Key (email)=(anna.schmidt@kreis-ahrweiler.de) already exists.' },
    });
    const logged = safeErrorSerializer(error);
    expect(logged).toMatchObject({ type: 'Error', message: error.message, code: '23505' });
    expect(typeof logged['stack']).toBe('string');
    expect(JSON.stringify(logged)).not.toContain('anna.schmidt');
    expect(JSON.stringify(logged)).not.toContain('INSERT INTO');
  });
});
