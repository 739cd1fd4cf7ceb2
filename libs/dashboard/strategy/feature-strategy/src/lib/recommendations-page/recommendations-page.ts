import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { StrategyApi, StrategySaver, describeStrategyError } from '@digitalcheck/dashboard-strategy-data-access';
import type { Recommendations, StrategyMeasure } from '@digitalcheck/shared-contracts';
import { forkJoin } from 'rxjs';
import { DraftStatus } from '../draft-status/draft-status';
import { FieldRecommendationCard } from '../field-recommendation/field-recommendation';
import { MeasurePlanForm, type PlanPatch } from '../measure-plan-form/measure-plan-form';
import { StrategyExportButtons } from '../strategy-export-buttons/strategy-export-buttons';
import { StrategyVersions } from '../strategy-versions/strategy-versions';
import {
  MAX_FOCUS_FIELDS,
  MIN_FOCUS_FIELDS,
  draftBlocker,
  toggleFocusField,
  toggleMeasure,
  updatePlan,
} from './strategy-edits';

type PageState =
  | { kind: 'loading' }
  | { kind: 'loaded'; recommendations: Recommendations }
  | { kind: 'failed'; message: string };

/**
 * Recommendations and the Digitalstrategie draft of a submitted response
 * (`/selbsteinschaetzung/:responseId/empfehlungen`): the ranking rule, the fields of action in rank order with
 * their suggested measures, the choice of focus fields and measures, and the draft (goals, responsible persons,
 * time frame, budget), saved as it is typed, with its versions and the DOCX/PDF exports.
 */
@Component({
  selector: 'dc-recommendations-page',
  imports: [RouterLink, DraftStatus, FieldRecommendationCard, MeasurePlanForm, StrategyExportButtons, StrategyVersions],
  providers: [StrategySaver],
  templateUrl: './recommendations-page.html',
  styleUrl: './recommendations-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class RecommendationsPage {
  private readonly api = inject(StrategyApi);
  protected readonly saver = inject(StrategySaver);
  protected readonly responseId = inject(ActivatedRoute).snapshot.paramMap.get('responseId') ?? '';
  protected readonly state = signal<PageState>({ kind: 'loading' });
  /** Plans of measures taken out of the draft, so picking them again brings back what was typed. */
  private readonly stash = new Map<string, StrategyMeasure>();

  protected readonly recommendations = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.recommendations : null;
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });

  protected readonly fieldTitles = computed(
    () => new Map((this.recommendations()?.fields ?? []).map((field) => [field.field, field.title])),
  );
  private readonly measures = computed(() =>
    (this.recommendations()?.fields ?? []).flatMap((field) => field.measures.map((item) => item.measure)),
  );
  protected readonly measureTitles = computed(() => new Map(this.measures().map((m) => [m.id, m.title])));
  private readonly fieldOfMeasure = computed(() => new Map(this.measures().map((m) => [m.id, m.field])));

  protected readonly focusCount = computed(() => this.saver.content().focusFields.length);
  protected readonly tooMany = computed(() => this.focusCount() > MAX_FOCUS_FIELDS);
  protected readonly tooFew = computed(() => this.focusCount() < MIN_FOCUS_FIELDS);
  protected readonly chosenIds = computed(() => this.saver.content().measures.map((m) => m.measureId));

  /** The chosen measures with their names, in the order of the draft. */
  protected readonly plans = computed(() => {
    const byId = new Map(this.measures().map((m) => [m.id, m]));
    return this.saver.content().measures.map((plan) => {
      const measure = byId.get(plan.measureId);
      // A measure of the draft that is no longer suggested (archived, or its prerequisite no longer holds).
      const title =
        measure?.title ??
        $localize`:Chosen measure not suggested any more@@strategy.plan.notSuggested:Maßnahme, die nicht mehr vorgeschlagen wird`;
      return { plan, title, code: measure?.code ?? plan.measureId };
    });
  });

  constructor() {
    this.saver.setBlocker(draftBlocker);
    forkJoin({ recommendations: this.api.recommendations(this.responseId), draft: this.api.draft(this.responseId) })
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: ({ recommendations, draft }) => {
          this.saver.start(this.responseId, draft);
          this.state.set({ kind: 'loaded', recommendations });
        },
        error: (error: unknown) => this.state.set({ kind: 'failed', message: describeStrategyError(error).message }),
      });
  }

  /** Something typed is not stored yet: the browser asks before the page is left or reloaded. */
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.saver.pending()) return;
    event.preventDefault();
    // Older browsers show the prompt only with a return value.
    event.returnValue = '';
  }

  protected isFocused(field: string): boolean {
    return this.saver.content().focusFields.includes(field);
  }

  protected onFocus(field: string, focused: boolean): void {
    this.saver.change(toggleFocusField(this.saver.content(), field, focused, this.fieldOfMeasure(), this.stash));
  }

  protected onMeasure(change: { measureId: string; chosen: boolean }): void {
    this.saver.change(toggleMeasure(this.saver.content(), change.measureId, change.chosen, this.stash));
  }

  protected onVision(event: Event): void {
    this.saver.change({ ...this.saver.content(), vision: (event.target as HTMLTextAreaElement).value });
  }

  protected onPlan(patch: PlanPatch): void {
    this.saver.change(updatePlan(this.saver.content(), patch));
  }
}
