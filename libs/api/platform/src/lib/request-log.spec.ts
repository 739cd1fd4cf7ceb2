import { withoutSecrets } from './platform.module';

describe('request log URLs', () => {
  it('drops the query of the OIDC callback (authorisation code and state)', () => {
    expect(withoutSecrets('/api/v1/auth/oidc/callback?code=abc&state=def')).toBe(
      '/api/v1/auth/oidc/callback?[redacted]',
    );
  });

  it('keeps every other URL as it is', () => {
    expect(withoutSecrets('/api/v1/regions?q=mayen')).toBe('/api/v1/regions?q=mayen');
  });
});
