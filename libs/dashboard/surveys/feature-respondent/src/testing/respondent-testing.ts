import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import localeDe from '@angular/common/locales/de';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { respondentUser, sessionOf } from '@digitalcheck/dashboard-accounts-data-access/testing';
import { ANSWER_SAVER_OPTIONS } from '@digitalcheck/dashboard-surveys-data-access';
import { surveyDefinition } from '@digitalcheck/dashboard-surveys-data-access/testing';
import type { QuestionnaireVersionDetail } from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { respondentRoutes } from '../lib/respondent.routes';

export const DEFINITION_URL = '/api/v1/questionnaires/test-kommune/versions/1';

/**
 * Test bed with the respondent routes, de-DE, no-op animations, HttpTestingController and a signed-in respondent. Saves are sent
 * without debounce and retried after 10 ms, so the tests run on real timers.
 */
export async function setUpRespondentPage(): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  registerLocaleData(localeDe);
  TestBed.configureTestingModule({
    providers: [
      provideRouter(respondentRoutes),
      provideHttpClient(),
      provideHttpClientTesting(),
      // The result page's charts (ngx-charts) use Angular animations.
      provideNoopAnimations(),
      { provide: LOCALE_ID, useValue: 'de-DE' },
      { provide: ANSWER_SAVER_OPTIONS, useValue: { debounceMs: 0, retryDelaysMs: [10] } },
    ],
  });
  TestBed.inject(SessionStore).set(sessionOf(respondentUser));
  return { http: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

export function versionOf(
  definition: QuestionnaireDefinition = surveyDefinition,
): QuestionnaireVersionDetail<QuestionnaireDefinition> {
  return {
    questionnaireId: definition.id,
    version: definition.version,
    title: definition.title,
    status: 'published',
    contentHash: 'abc',
    publishedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    definition,
  };
}

/** Lets timers of 0–10 ms (debounce, retry) run. */
export function tick(ms = 20): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}

export function rowsOf(root: HTMLElement, selector: string): (string | undefined)[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr`)).map((tr) =>
    Array.from(tr.children).map((cell) => textOf(cell)),
  );
}
