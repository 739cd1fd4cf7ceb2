import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ConfirmPanel } from '@digitalcheck/dashboard-accounts-ui-forms';
import { SurveysApi, answerErrorMessage, describeSurveyError } from '@digitalcheck/dashboard-surveys-data-access';
import { validateAnswers } from '@digitalcheck/shared-scoring';
import { type ResponseLoadState, responseLoader } from '../response-loader';

interface OpenQuestion {
  code: string;
  text: string;
  message: string;
}

interface OpenSection {
  code: string;
  title: string;
  questions: OpenQuestion[];
}

/**
 * "Prüfen und absenden": the visible required questions still open, linked to their place, and the submit with a
 * confirmation step. After the submit the result page follows.
 */
@Component({
  selector: 'dc-review-page',
  imports: [RouterLink, ConfirmPanel],
  templateUrl: './review-page.html',
  styleUrl: './review-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly api = inject(SurveysApi);
  private readonly router = inject(Router);
  protected readonly responseId = inject(ActivatedRoute).snapshot.paramMap.get('responseId') ?? '';
  protected readonly state = signal<ResponseLoadState>({ kind: 'loading' });
  protected readonly loaded = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });
  /** What the server listed on a 422 (question code → message); it wins over the client's check. */
  private readonly serverMissing = signal<Record<string, string> | null>(null);

  protected readonly open = computed<OpenSection[]>(() => {
    const loaded = this.loaded();
    if (!loaded) return [];
    const answers = Object.fromEntries(Object.entries(loaded.response.answers).map(([code, a]) => [code, a.value]));
    const errors: Record<string, string> =
      this.serverMissing() ??
      Object.fromEntries(
        Object.entries(validateAnswers(loaded.definition, answers, { forSubmit: true }).errors).map(([code, error]) => [
          code,
          answerErrorMessage(error),
        ]),
      );
    return loaded.definition.sections
      .map((section) => ({
        code: section.code,
        title: section.title,
        questions: section.questions
          .filter((q) => errors[q.code] !== undefined)
          .map((q) => ({ code: q.code, text: q.text, message: errors[q.code] })),
      }))
      .filter((section) => section.questions.length > 0);
  });
  protected readonly openCount = computed(() => this.open().reduce((sum, s) => sum + s.questions.length, 0));
  protected readonly submitted = computed(() => {
    const status = this.loaded()?.response.status;
    return status === 'submitted' || status === 'published';
  });

  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly submitError = signal<string | null>(null);

  constructor() {
    responseLoader()(this.responseId)
      .pipe(takeUntilDestroyed())
      .subscribe((state) => this.state.set(state));
  }

  protected ask(): void {
    this.submitError.set(null);
    this.confirming.set(true);
  }

  protected submit(): void {
    this.busy.set(true);
    this.api.submit(this.responseId).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(false);
        void this.router.navigate(['/selbsteinschaetzung', this.responseId, 'ergebnis']);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.confirming.set(false);
        const description = describeSurveyError(error);
        if (description.code === 'RESPONSE_STATUS') {
          // Already submitted: by an earlier attempt whose answer never arrived, or by a colleague. Show the result.
          void this.router.navigate(['/selbsteinschaetzung', this.responseId, 'ergebnis']);
          return;
        }
        if (Object.keys(description.fields).length > 0) this.serverMissing.set(description.fields);
        this.submitError.set(description.message);
      },
    });
  }
}
