import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { healthDatabaseDown, healthOk, systemInfo } from '../testing/system-fixtures';
import { HEALTH_URL, SYSTEM_INFO_URL } from './system-api';
import { SystemStatusStore } from './system-status.store';

describe('SystemStatusStore', () => {
  let store: SystemStatusStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(SystemStatusStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('starts idle and is loading while both requests run', () => {
    expect(store.status().kind).toBe('idle');
    store.load();
    expect(store.loading()).toBe(true);
    http.expectOne(HEALTH_URL).flush(healthOk);
    expect(store.loading()).toBe(true);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    expect(store.loading()).toBe(false);
  });

  it('is operational with version and database mode when the API is healthy', () => {
    store.load();
    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    expect(store.status().kind).toBe('operational');
    expect(store.info()).toEqual(systemInfo);
  });

  it('is degraded when health answers 503', () => {
    store.load();
    http.expectOne(HEALTH_URL).flush(healthDatabaseDown, {
      status: 503,
      statusText: 'Service Unavailable',
    });
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    expect(store.status().kind).toBe('degraded');
    expect(store.info()?.version).toBe('0.1.0');
  });

  it('is unreachable when the network fails, and has no info', () => {
    store.load();
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'), { status: 0 });
    http.expectOne(SYSTEM_INFO_URL).error(new ProgressEvent('error'), { status: 0 });
    expect(store.status().kind).toBe('unreachable');
    expect(store.info()).toBeNull();
  });

  it('loads once, and refresh() asks again', () => {
    store.load();
    http.expectOne(HEALTH_URL).error(new ProgressEvent('error'), { status: 0 });
    http.expectOne(SYSTEM_INFO_URL).error(new ProgressEvent('error'), { status: 0 });
    store.load();
    http.expectNone(HEALTH_URL);
    store.refresh();
    http.expectOne(HEALTH_URL).flush(healthOk);
    http.expectOne(SYSTEM_INFO_URL).flush(systemInfo);
    expect(store.status().kind).toBe('operational');
  });
});
