import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, type TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { analystUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import type {
  AnalyticsHeatmap,
  AnalyticsKpi,
  AnalyticsOverview,
  AnalyticsScope,
  RegionSummary,
  SessionUser,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import { analyticsRoutes } from '../lib/analytics.routes';

export const WAVE_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

export const wave: WaveSummary = {
  id: WAVE_ID,
  title: 'Der digitale Landkreis 2017',
  questionnaireId: 'digitale-kommune',
  questionnaireVersion: 1,
  landArs: '',
  startsAt: '2017-11-15T08:00:00.000Z',
  endsAt: '2018-01-31T23:00:00.000Z',
  closedAt: null,
  status: 'closed',
  invited: 294,
  createdAt: '2017-11-01T08:00:00.000Z',
  updatedAt: '2017-11-01T08:00:00.000Z',
  manageable: false,
  myRegions: [],
};

export const land = (ars: string, name: string): RegionSummary => ({
  ars,
  ags: null,
  name,
  level: 'LAND',
  kind: 'Land',
  parentArs: null,
  landArs: ars,
  population: null,
  populationDate: null,
  nuts3: null,
  sizeClass: null,
});

const scope: AnalyticsScope = {
  waveId: WAVE_ID,
  waveTitle: wave.title,
  questionnaireId: 'digitale-kommune',
  questionnaireVersion: 1,
  filter: { landArs: '07', level: 'KREIS', kind: null, sizeClass: null, regionArs: [] },
  minimumGroupSize: 3,
};

const kpi = (code: string, label: string, n: number | null, base: number, rule: string): AnalyticsKpi => ({
  code,
  row: null,
  label,
  rule,
  n,
  base,
  share: n === null || base === 0 ? null : n / base,
  suppressed: n === null,
});

/** The DLT figures: 146 of 294 answered, 83 of 146 without a strategy (57 %). */
export const dltOverview: AnalyticsOverview = {
  scope,
  participation: { invited: 294, submitted: 146, share: 146 / 294, label: '146 von 294' },
  kpis: [kpi('ohneStrategie', 'ohne Digitalstrategie', 83, 146, 'Anteil der Antworten mit A1 ∈ {d, e}')],
  obstacles: [
    { ...kpi('grossesHemmnis', 'großes Hemmnis: fehlende Finanzmittel', 90, 140, 'H1 = großes Hemmnis'), row: 'b' },
    { ...kpi('grossesHemmnis', 'großes Hemmnis: Fachkräftemangel', null, 2, 'H1 = großes Hemmnis'), row: 'c' },
  ],
  index: {
    section: null,
    title: 'Gesamtindex',
    n: 146,
    suppressed: false,
    median: 48.2,
    quartiles: { q1: 39.5, median: 48.2, q3: 57.75 },
    levels: [],
    bins: Array.from({ length: 10 }, (_, i) => ({
      from: i * 10,
      to: i * 10 + 10,
      count: [0, 2, 10, 30, 45, 35, 15, 7, 2, 0][i],
    })),
  },
  fields: [],
};

export const dltHeatmap: AnalyticsHeatmap = {
  scope,
  fields: [{ section: 'VER', title: 'Verwaltung' }],
  rows: [
    {
      ars: '07131',
      name: 'Ahrweiler',
      kind: 'Landkreis',
      index: 61.5,
      scores: [70],
      indicators: { ohneStrategie: false },
    },
    {
      ars: '07132',
      name: 'Altenkirchen (Westerwald)',
      kind: 'Landkreis',
      index: 42,
      scores: [null],
      indicators: { ohneStrategie: true },
    },
  ],
};

/** Test bed with the analytics routes, de-DE, HttpTestingController and a signed-in analyst (or `user`). */
export async function setUpAnalyticsPage(
  user: SessionUser = analystUser,
): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  registerLocaleData(localeDe);
  TestBed.configureTestingModule({
    providers: [
      provideRouter(analyticsRoutes),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNoopAnimations(),
      { provide: LOCALE_ID, useValue: 'de-DE' },
    ],
  });
  TestBed.inject(SessionStore).set(sessionOf(user));
  return { http: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

/** Answers every open request whose URL starts with `path` (the first match of each). */
export function flush(http: HttpTestingController, path: string, body: unknown): TestRequest[] {
  const requests = http.match((request) => request.url.startsWith(path));
  for (const request of requests) request.flush(body as object);
  return requests;
}

export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}
