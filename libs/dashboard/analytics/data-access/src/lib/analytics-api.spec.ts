import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AnalyticsApi, filterParams } from './analytics-api';

const WAVE = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('AnalyticsApi', () => {
  let api: AnalyticsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AnalyticsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the filters that are set, region keys repeated', () => {
    const params = filterParams({ landArs: '07', level: null, kind: 'Landkreis', regionArs: ['07131', '07132'] });
    expect(params.toString()).toBe('landArs=07&kind=Landkreis&regionArs=07131&regionArs=07132');
  });

  it('reads the overview, ranking, heatmap and a distribution of a wave', () => {
    api.overview(WAVE, { landArs: '07', level: 'KREIS' }).subscribe();
    http.expectOne(`/api/v1/analytics/waves/${WAVE}/overview?landArs=07&level=KREIS`).flush({});
    api.ranking(WAVE, { landArs: '07' }, 'VER').subscribe();
    http.expectOne(`/api/v1/analytics/waves/${WAVE}/ranking?landArs=07&by=VER`).flush({});
    api.heatmap(WAVE, { regionArs: ['07131'] }).subscribe();
    http.expectOne(`/api/v1/analytics/waves/${WAVE}/heatmap?regionArs=07131`).flush({});
    api.distribution(WAVE, { sizeClass: 'lt100k' }, 'A1', 'kind').subscribe();
    http.expectOne(`/api/v1/analytics/waves/${WAVE}/questions/A1/distribution?sizeClass=lt100k&splitBy=kind`).flush({});
    api.distribution(WAVE, {}, 'H1', null).subscribe();
    http.expectOne(`/api/v1/analytics/waves/${WAVE}/questions/H1/distribution`).flush({});
  });

  it('reads a region profile, its trend and a question trend over several waves', () => {
    api.profile(WAVE, '07131').subscribe();
    http.expectOne(`/api/v1/analytics/waves/${WAVE}/regions/07131`).flush({});
    api.regionTrend('07131').subscribe();
    http.expectOne('/api/v1/analytics/regions/07131/trend').flush({});
    api.questionTrend('A1', ['w1', 'w2'], { landArs: '07' }).subscribe();
    http.expectOne('/api/v1/analytics/questions/A1/trend?landArs=07&waveId=w1&waveId=w2').flush({});
  });
});
