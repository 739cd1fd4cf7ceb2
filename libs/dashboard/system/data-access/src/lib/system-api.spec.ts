import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { HealthReport } from '@digitalcheck/shared-contracts';
import { healthDatabaseDown, healthOk, systemInfo } from '../testing/system-fixtures';
import { HEALTH_URL, SYSTEM_INFO_URL, SystemApi, isHealthReport } from './system-api';

describe('SystemApi', () => {
  let api: SystemApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SystemApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the health report from /api/health', () => {
    let report: HealthReport | undefined;
    api.health().subscribe((r) => (report = r));
    http.expectOne({ method: 'GET', url: HEALTH_URL }).flush(healthOk);
    expect(report).toEqual(healthOk);
  });

  it('returns the report of a 503 answer instead of failing (terminus: an indicator is down)', () => {
    let report: HealthReport | undefined;
    api.health().subscribe((r) => (report = r));
    http.expectOne(HEALTH_URL).flush(healthDatabaseDown, {
      status: 503,
      statusText: 'Service Unavailable',
    });
    expect(report?.status).toBe('error');
    expect(report?.error?.['database']?.status).toBe('down');
  });

  it('fails when the API cannot be reached', () => {
    let failure: unknown;
    api.health().subscribe({ error: (e) => (failure = e) });
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'), { status: 0 });
    expect(failure).toBeInstanceOf(HttpErrorResponse);
    expect((failure as HttpErrorResponse).status).toBe(0);
  });

  it('fails on a 502 from a proxy even though the status is 5xx', () => {
    let failure: unknown;
    api.health().subscribe({ error: (e) => (failure = e) });
    http.expectOne(HEALTH_URL).flush('<html>Bad Gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
    });
    expect((failure as HttpErrorResponse).status).toBe(502);
  });

  it('reads product, version and database mode from /api/v1/info', () => {
    let info: unknown;
    api.info().subscribe((i) => (info = i));
    http.expectOne({ method: 'GET', url: SYSTEM_INFO_URL }).flush(systemInfo);
    expect(info).toEqual({
      product: 'Digitalcheck Kommune',
      version: '0.1.0',
      database: 'embedded',
    });
  });

  it('recognises terminus reports only', () => {
    expect(isHealthReport(healthOk)).toBe(true);
    expect(isHealthReport({ status: 'shutting_down', details: {} })).toBe(true);
    expect(isHealthReport({ statusCode: 503, message: 'x' })).toBe(false);
    expect(isHealthReport('Bad Gateway')).toBe(false);
    expect(isHealthReport(null)).toBe(false);
  });
});
