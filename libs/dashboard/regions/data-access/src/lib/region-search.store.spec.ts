import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ahrweiler, pageOf } from '../testing/region-fixtures';
import { RegionSearchStore } from './region-search.store';

describe('RegionSearchStore', () => {
  let store: RegionSearchStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [RegionSearchStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(RegionSearchStore);
    http = TestBed.inject(HttpTestingController);
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('asks for ten regions by name or key prefix and exposes results and total', () => {
    store.search('  Ahrw ');
    TestBed.tick();
    expect(store.loading()).toBe(true);
    http.expectOne('/api/v1/regions?q=Ahrw&limit=10').flush(pageOf([ahrweiler], 1));
    expect(store.loading()).toBe(false);
    expect(store.results().map((r) => r.ars)).toEqual(['07131']);
    expect(store.total()).toBe(1);
  });

  it('does not search for fewer than two characters and clears the results', () => {
    store.search('Ahrw');
    TestBed.tick();
    http.expectOne((r) => r.params.get('q') === 'Ahrw').flush(pageOf([ahrweiler]));
    store.search('A');
    TestBed.tick();
    http.expectNone(() => true);
    expect(store.results()).toEqual([]);
    expect(store.total()).toBeNull();
  });

  it('cancels a running search when the query changes', () => {
    store.search('Ah');
    TestBed.tick();
    const first = http.expectOne((r) => r.params.get('q') === 'Ah');
    store.search('Ahr');
    TestBed.tick();
    expect(first.cancelled).toBe(true);
    http.expectOne((r) => r.params.get('q') === 'Ahr').flush(pageOf([ahrweiler]));
    expect(store.results()).toHaveLength(1);
  });

  it('shows no results when the search fails', () => {
    store.search('07');
    TestBed.tick();
    http.expectOne((r) => r.params.get('q') === '07').error(new ProgressEvent('error'), { status: 0 });
    expect(store.results()).toEqual([]);
    expect(store.loading()).toBe(false);
  });
});
