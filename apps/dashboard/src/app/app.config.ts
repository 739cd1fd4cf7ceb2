import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withXsrfConfiguration } from '@angular/common/http';
import localeDe from '@angular/common/locales/de';
import { ApplicationConfig, LOCALE_ID, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { TitleStrategy, provideRouter, withInMemoryScrolling } from '@angular/router';
import { provideSession } from '@digitalcheck/dashboard-accounts-data-access';
import { ExportRecordsApi } from '@digitalcheck/dashboard-analytics-data-access';
import { CHART_EXPORT_RECORDER } from '@digitalcheck/dashboard-ui-charts';
import { appRoutes } from './app.routes';
import { PageTitleStrategy } from './page-title-strategy';

// Numbers, dates and percentages in the German format (1.234,5 · 24.11.2026).
registerLocaleData(localeDe);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // Every POST/PATCH/DELETE echoes the XSRF-TOKEN cookie (set by GET /api/v1/auth/session) as X-XSRF-TOKEN.
    provideHttpClient(withFetch(), withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' })),
    provideSession(),
    // Chart exports (SVG, PNG, CSV, XLSX) are made in the browser and recorded in the audit log first.
    { provide: CHART_EXPORT_RECORDER, useExisting: ExportRecordsApi },
    // ngx-charts 25 (dashboard-ui-charts) still animates with @angular/animations triggers, which need an
    // animation renderer. The async variant loads @angular/animations/browser only when the first chart renders,
    // so the initial bundle keeps only the small provider (deprecated since Angular 20.2, still required here).
    provideAnimationsAsync(),
    { provide: LOCALE_ID, useValue: 'de-DE' },
    { provide: TitleStrategy, useClass: PageTitleStrategy },
  ],
};
