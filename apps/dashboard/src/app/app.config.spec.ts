import { DecimalPipe, formatDate } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { analystUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { appConfig } from './app.config';

describe('appConfig', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] }));

  afterEach(() => (document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'));

  it('reads the session before the app starts, then echoes the XSRF-TOKEN cookie on POST', async () => {
    const http = TestBed.inject(HttpTestingController);
    const init = TestBed.inject(ApplicationInitStatus);
    http.expectOne({ method: 'GET', url: '/api/v1/auth/session' }).flush(sessionOf(analystUser));
    await init.donePromise;
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Lena Land');

    document.cookie = 'XSRF-TOKEN=csrf-token-1';
    TestBed.inject(HttpClient).post('/api/v1/auth/logout', null).subscribe();
    expect(http.expectOne('/api/v1/auth/logout').request.headers.get('X-XSRF-TOKEN')).toBe('csrf-token-1');
    TestBed.inject(HttpClient).get('/api/v1/regions').subscribe();
    expect(http.expectOne('/api/v1/regions').request.headers.has('X-XSRF-TOKEN')).toBe(false);
    http.verify();
  });

  it('formats numbers and dates for de-DE', () => {
    const locale = TestBed.inject(LOCALE_ID);
    expect(locale).toBe('de-DE');
    expect(new DecimalPipe(locale).transform(1234.5, '1.1-1')).toBe('1.234,5');
    expect(formatDate(new Date(2026, 10, 24), 'longDate', locale)).toBe('24. November 2026');
  });
});
