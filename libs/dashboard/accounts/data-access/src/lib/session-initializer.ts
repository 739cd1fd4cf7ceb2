import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { SessionStore } from './session.store';

/**
 * Reads `GET /api/v1/auth/session` before the first page renders: it sets the `XSRF-TOKEN` cookie that every
 * POST/PATCH/DELETE echoes, and the guards and the header know who is signed in. A failure does not stop the app.
 */
export function provideSession(): EnvironmentProviders {
  return provideAppInitializer(() => inject(SessionStore).load());
}
