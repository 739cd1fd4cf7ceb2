import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { apiErrorBody } from '@digitalcheck/dashboard-accounts-data-access';
import { ErrorSummary, FieldError, type FieldProblem } from '@digitalcheck/dashboard-accounts-ui-forms';
import {
  MeasuresApi,
  costRangeText,
  describeStrategyError,
  effortLabel,
} from '@digitalcheck/dashboard-strategy-data-access';
import { MEASURE_EFFORTS, type Measure } from '@digitalcheck/shared-contracts';
import {
  EMPTY_FORM,
  FIELD_TITLES,
  type FormProblems,
  type MeasureFormValue,
  formFieldOf,
  formOf,
  inputOf,
  measureFieldMessage,
} from './measure-form-model';

type ListState = { kind: 'loading' } | { kind: 'loaded'; measures: Measure[] } | { kind: 'failed'; message: string };

/** The form: a new measure (`measure` null) or an edit of `measure`. */
interface Editing {
  measure: Measure | null;
  value: MeasureFormValue;
}

/** Labels of the form fields, also for the error summary's links. */
const LABELS: Record<keyof MeasureFormValue, string> = {
  code: $localize`:Measure form label@@strategy.measureForm.code:Kürzel`,
  field: $localize`:Measure form label@@strategy.measureForm.field:Handlungsfeld`,
  title: $localize`:Measure form label@@strategy.measureForm.title:Titel`,
  description: $localize`:Measure form label@@strategy.measureForm.description:Beschreibung`,
  effort: $localize`:Measure form label@@strategy.measureForm.effort:Aufwand`,
  costMin: $localize`:Measure form label@@strategy.measureForm.costMin:Kosten von (Euro)`,
  costMax: $localize`:Measure form label@@strategy.measureForm.costMax:Kosten bis (Euro)`,
  exampleTitle: $localize`:Measure form label@@strategy.measureForm.exampleTitle:Beispiel: Titel`,
  exampleDescription: $localize`:Measure form label@@strategy.measureForm.exampleDescription:Beispiel: Beschreibung`,
  prerequisite: $localize`:Measure form label@@strategy.measureForm.prerequisite:Voraussetzung (Bedingung als JSON)`,
  improves: $localize`:Measure form label@@strategy.measureForm.improves:Verbesserte Fragen`,
  archived: $localize`:Measure form label@@strategy.measureForm.archived:Archiviert (wird nicht mehr vorgeschlagen)`,
};

/**
 * The catalogue of measures for admins (`/verwaltung/massnahmen`): all measures by field of action, archived ones
 * marked, and the form to add or edit one. Field errors of the API appear beside their fields; a measure saved by
 * someone else meanwhile (409 MEASURE_CONFLICT) is shown, to keep one's own edit or take the other.
 */
@Component({
  selector: 'dc-measures-admin-page',
  imports: [ErrorSummary, FieldError],
  templateUrl: './measures-admin-page.html',
  styleUrl: './measures-admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasuresAdminPage {
  private readonly api = inject(MeasuresApi);
  private readonly injector = inject(Injector);

  protected readonly list = signal<ListState>({ kind: 'loading' });
  protected readonly editing = signal<Editing | null>(null);
  protected readonly problems = signal<FormProblems>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly saved = signal<string | null>(null);
  /** The stored measure after a 409: the user keeps their edit or takes this one. */
  protected readonly conflict = signal<Measure | null>(null);

  protected readonly labels = LABELS;
  protected readonly efforts = MEASURE_EFFORTS.map((effort) => ({ effort, label: effortLabel(effort) }));
  protected readonly fields = FIELD_TITLES;
  protected readonly cost = costRangeText;
  protected readonly effort = effortLabel;

  protected readonly failure = computed(() => {
    const list = this.list();
    return list.kind === 'failed' ? list.message : '';
  });

  /** The measures grouped by field of action, in the order of the fields, each group by code. */
  protected readonly groups = computed(() => {
    const list = this.list();
    if (list.kind !== 'loaded') return [];
    return FIELD_TITLES.map((field) => ({
      ...field,
      measures: list.measures
        .filter((measure) => measure.field === field.code)
        .sort((a, b) => a.code.localeCompare(b.code, 'de')),
    })).filter((group) => group.measures.length > 0);
  });

  protected readonly summaryFields = computed<FieldProblem[]>(() =>
    Object.entries(this.problems()).map(([field, message]) => ({
      id: `dc-measure-${field}`,
      message: `${LABELS[field as keyof MeasureFormValue]}: ${message}`,
    })),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.api.list(true).subscribe({
      next: (measures) => this.list.set({ kind: 'loaded', measures }),
      error: (error: unknown) => this.list.set({ kind: 'failed', message: describeStrategyError(error).message }),
    });
  }

  protected startNew(): void {
    this.open(null, EMPTY_FORM);
  }

  protected edit(measure: Measure): void {
    this.open(measure, formOf(measure));
  }

  protected cancel(): void {
    this.editing.set(null);
    this.conflict.set(null);
  }

  protected set(key: keyof MeasureFormValue, event: Event): void {
    const target = event.target as HTMLInputElement;
    const value = target.type === 'checkbox' ? target.checked : target.value;
    this.editing.update((editing) => (editing ? { ...editing, value: { ...editing.value, [key]: value } } : editing));
  }

  protected problem(key: keyof MeasureFormValue): string | null {
    return this.problems()[key] ?? null;
  }

  protected save(event: Event, baseVersion?: number): void {
    event.preventDefault();
    const editing = this.editing();
    if (!editing || this.busy()) return;
    this.saved.set(null);
    const result = inputOf(editing.value);
    if ('problems' in result) {
      this.problems.set(result.problems);
      this.formError.set(
        $localize`:Measure form error@@strategy.measureForm.check:Bitte prüfen Sie die markierten Angaben.`,
      );
      return;
    }
    this.busy.set(true);
    const request = editing.measure
      ? this.api.update(editing.measure.id, { ...result.input, baseVersion: baseVersion ?? editing.measure.version })
      : this.api.create(result.input);
    request.subscribe({
      next: (measure) => this.stored(measure),
      error: (error: unknown) => this.refused(error, editing),
    });
  }

  /** After a conflict: save the own edit on top of the stored version. */
  protected keepMine(event: Event): void {
    const current = this.conflict();
    if (!current) return;
    this.conflict.set(null);
    this.editing.update((editing) => (editing ? { ...editing, measure: current } : editing));
    this.save(event, current.version);
  }

  /** After a conflict: take the stored measure into the form. */
  protected takeTheirs(): void {
    const current = this.conflict();
    if (!current) return;
    this.conflict.set(null);
    this.open(current, formOf(current));
  }

  private open(measure: Measure | null, value: MeasureFormValue): void {
    this.editing.set({ measure, value });
    this.problems.set({});
    this.formError.set(null);
    this.conflict.set(null);
    // The form is above the list: take the keyboard (and the view) there.
    afterNextRender(() => document.getElementById('dc-measure-form-title')?.focus(), { injector: this.injector });
  }

  private stored(measure: Measure): void {
    this.busy.set(false);
    this.editing.set(null);
    this.problems.set({});
    this.formError.set(null);
    this.saved.set(
      $localize`:Measure saved@@strategy.measureForm.saved:Die Maßnahme ${measure.code}:code: „${measure.title}:title:“ ist gespeichert.`,
    );
    this.list.update((list) =>
      list.kind === 'loaded'
        ? { kind: 'loaded', measures: [...list.measures.filter((m) => m.id !== measure.id), measure] }
        : list,
    );
  }

  private refused(error: unknown, editing: Editing): void {
    this.busy.set(false);
    const body = apiErrorBody(error);
    if (
      error instanceof HttpErrorResponse &&
      error.status === 409 &&
      body?.code === 'MEASURE_CONFLICT' &&
      editing.measure
    ) {
      const id = editing.measure.id;
      this.formError.set(describeStrategyError(error).message);
      this.api.list(true).subscribe({
        next: (measures) => {
          this.list.set({ kind: 'loaded', measures });
          this.conflict.set(measures.find((m) => m.id === id) ?? null);
        },
      });
      return;
    }
    const problems: FormProblems = {};
    for (const fieldError of body?.errors ?? []) {
      const field = formFieldOf(fieldError.field);
      if (field) problems[field] ??= measureFieldMessage(fieldError.field, fieldError.code, fieldError.message);
    }
    this.problems.set(problems);
    this.formError.set(describeStrategyError(error).message);
  }
}
