import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { RegionsApi } from '@digitalcheck/dashboard-regions-data-access';
import {
  AnswerSaver,
  type SaveState,
  answerErrorMessage,
  saveStateText,
} from '@digitalcheck/dashboard-surveys-data-access';
import {
  type AnswerValue,
  type QuestionDefinition,
  questionVisibility,
  validateAnswers,
} from '@digitalcheck/shared-scoring';
import { type Observable, catchError, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { answerText, isEmptyAnswerValue, without } from '../answer-text';
import { type PrefillSource, needsReferenceData, prefillValue, questionsToPrefill } from '../prefill';
import { QuestionField, type FieldInput } from '../question-field/question-field';
import { type ResponseLoadState, responseLoader } from '../response-loader';

interface SectionEntry {
  code: string;
  title: string;
  visible: number;
  answered: number;
}

/**
 * One section of the self-assessment per page: every visible question as a form control, autosaved per question
 * (AnswerSaver), with the save state in a live region, a choice for conflicting answers, inline validation and
 * links to the previous and next section. Leaving the tab while saves are pending or an entry was refused asks
 * first. Questions with a prefill hint that were never answered get their prefilled answer, saved like any other.
 */
@Component({
  selector: 'dc-section-page',
  imports: [RouterLink, DatePipe, QuestionField],
  templateUrl: './section-page.html',
  styleUrl: './section-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AnswerSaver],
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class SectionPage {
  /** German date and time of a saved answer, e.g. 24.11.2026, 14:05. */
  protected readonly dateTime = 'dd.MM.yyyy, HH:mm';
  protected readonly saver = inject(AnswerSaver);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly regions = inject(RegionsApi);
  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  private readonly fragment = toSignal(this.route.fragment, { initialValue: null });

  protected readonly responseId = computed(() => this.params().get('responseId') ?? '');
  protected readonly sectionCode = computed(() => this.params().get('sectionCode') ?? '');
  protected readonly state = signal<ResponseLoadState>({ kind: 'loading' });
  protected readonly loaded = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });
  protected readonly editable = computed(() => this.loaded()?.response.editable ?? false);
  protected readonly visibility = computed(() => {
    const loaded = this.loaded();
    return loaded ? questionVisibility(loaded.definition, this.saver.answers()) : {};
  });
  /** Every section with its answered and visible questions, from the current answers. */
  protected readonly sections = computed<SectionEntry[]>(() => {
    const loaded = this.loaded();
    if (!loaded) return [];
    const visibility = this.visibility();
    const answers = this.saver.answers();
    return loaded.definition.sections.map((section) => {
      const visible = section.questions.filter((q) => visibility[q.code] !== false);
      return {
        code: section.code,
        title: section.title,
        visible: visible.length,
        answered: visible.filter((q) => !isEmptyAnswerValue(answers[q.code])).length,
      };
    });
  });
  protected readonly index = computed(() => this.sections().findIndex((s) => s.code === this.sectionCode()));
  protected readonly section = computed(() => {
    const loaded = this.loaded();
    return loaded?.definition.sections.find((s) => s.code === this.sectionCode()) ?? null;
  });
  protected readonly progress = computed<SectionEntry | null>(() => this.sections()[this.index()] ?? null);
  protected readonly previous = computed<SectionEntry | null>(() => this.sections()[this.index() - 1] ?? null);
  protected readonly next = computed<SectionEntry | null>(() => this.sections()[this.index() + 1] ?? null);
  protected readonly questions = computed(() => {
    const visibility = this.visibility();
    return (this.section()?.questions ?? []).filter((q) => visibility[q.code] !== false);
  });
  /** Client-side errors (not a number, out of range …): such values are not sent. */
  private readonly localErrors = signal<Record<string, string>>({});
  /** The saver's state, but an entry refused here is not saved either: then "Nicht gespeichert – bitte prüfen …". */
  protected readonly saveState = computed<SaveState>(() => {
    const state = this.saver.state();
    return state !== 'conflict' && Object.keys(this.localErrors()).length > 0 ? 'failed' : state;
  });
  protected readonly saveText = computed(() => saveStateText(this.saveState()));
  /** Questions prefilled on this page already (each once, even before the save returns). */
  private readonly prefilled = new Set<string>();
  protected readonly answerText = answerText;

  constructor() {
    const load = responseLoader();
    this.route.paramMap
      .pipe(
        map((params) => params.get('responseId') ?? ''),
        distinctUntilChanged(),
        switchMap((id) => load(id)),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        if (state.kind === 'loaded') this.saver.start(state.value.response.id, state.value.response.answers);
        this.state.set(state);
      });

    // WCAG 2.4.2: the tab names the section.
    const title = inject(Title);
    effect(() => {
      const section = this.section();
      if (!section) return;
      const parts = title.getTitle().split(' – ');
      title.setTitle([section.title, ...parts.slice(parts.length > 1 ? 1 : 0)].join(' – '));
    });

    // Prefills of the shown section, once the response is loaded (and again when another section is shown).
    effect(() => {
      const loaded = this.loaded();
      const section = this.section();
      if (loaded && section && loaded.response.editable) untracked(() => this.prefill(loaded.response.regionArs));
    });

    // A link from the review page (#frage-A1) focuses the question's first control once it is rendered.
    effect(() => {
      const fragment = this.fragment();
      if (!fragment || this.questions().length === 0) return;
      afterNextRender(
        () => {
          const target = document.getElementById(fragment);
          target?.scrollIntoView?.({ block: 'start' });
          (target?.querySelector<HTMLElement>('input, select, textarea') ?? target)?.focus();
        },
        { injector: this.injector },
      );
    });
  }

  protected errorFor(code: string): string | null {
    return this.localErrors()[code] ?? this.saver.errors()[code] ?? null;
  }

  protected onChange(question: QuestionDefinition, input: FieldInput): void {
    const loaded = this.loaded();
    if (!loaded) return;
    if ('invalid' in input) {
      this.setLocalError(question.code, answerErrorMessage(input.invalid, question));
      return;
    }
    const error = validateAnswers(loaded.definition, { [question.code]: input.value }).errors[question.code];
    if (error) {
      this.setLocalError(question.code, answerErrorMessage(error, question));
      return;
    }
    this.setLocalError(question.code, null);
    this.saver.change(question.code, input.value as AnswerValue);
  }

  /** Sends debounced answers at once before going to another page. */
  protected leave(): void {
    this.saver.flush();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.saver.pending() && Object.keys(this.localErrors()).length === 0) return;
    event.preventDefault();
    // Older browsers show the prompt only with a return value.
    event.returnValue = '';
  }

  /** Gives the visible questions with a prefill hint that never had an answer their prefilled answer. */
  private prefill(regionArs: string): void {
    const loaded = this.loaded();
    const questions = questionsToPrefill(this.questions(), this.saver.answers()).filter(
      (q) => !this.prefilled.has(q.code),
    );
    if (!loaded || questions.length === 0) return;
    for (const q of questions) this.prefilled.add(q.code);
    const source$: Observable<PrefillSource> = needsReferenceData(questions)
      ? this.regions.get(regionArs).pipe(
          map((region) => ({ regionArs, population: region.population, populationDate: region.populationDate })),
          catchError(() => of({ regionArs })),
        )
      : of({ regionArs });
    source$.subscribe((source) => {
      for (const q of questions) {
        const value = prefillValue(q, source);
        if (value === null || q.code in this.saver.answers()) continue;
        if (validateAnswers(loaded.definition, { [q.code]: value }).errors[q.code]) continue;
        this.saver.change(q.code, value);
      }
    });
  }

  private setLocalError(code: string, message: string | null): void {
    this.localErrors.update((all) => (message ? { ...all, [code]: message } : without(all, code)));
  }
}
