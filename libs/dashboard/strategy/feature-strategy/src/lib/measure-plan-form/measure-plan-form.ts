import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { StrategyMeasure } from '@digitalcheck/shared-contracts';

/** A change to one measure's plan. */
export type PlanPatch = Partial<StrategyMeasure> & Pick<StrategyMeasure, 'measureId'>;

/** "2027-01" or nothing. */
const MONTH = /^\d{4}-\d{2}$/;

/** The plan for one chosen measure: goal, responsible person, time frame (months) and budget. */
@Component({
  selector: 'dc-measure-plan-form',
  template: `
    <fieldset class="kern-fieldset dc-plan" [attr.data-testid]="'plan-' + code()">
      <legend class="kern-label dc-plan__legend">{{ title() }}</legend>
      <p class="dc-plan__remove">
        <button class="kern-btn kern-btn--tertiary" type="button" (click)="removed.emit()" data-testid="plan-remove">
          <span class="kern-label" i18n="@@strategy.plan.remove"
            >Aus dem Entwurf nehmen<span class="kern-sr-only">: {{ title() }}</span></span
          >
        </button>
      </p>
      <div class="kern-form-input">
        <label class="kern-label" [for]="id('goal')" i18n="@@strategy.plan.goal">Ziel der Maßnahme</label>
        <textarea
          class="kern-form-input__input"
          [id]="id('goal')"
          rows="2"
          maxlength="2000"
          [value]="plan().goal"
          (input)="set('goal', $event)"
          data-testid="plan-goal"
        ></textarea>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" [for]="id('responsible')" i18n="@@strategy.plan.responsible">Verantwortlich</label>
        <input
          class="kern-form-input__input"
          type="text"
          [id]="id('responsible')"
          maxlength="200"
          autocomplete="off"
          [value]="plan().responsible"
          (input)="set('responsible', $event)"
          data-testid="plan-responsible"
        />
      </div>
      <div class="dc-plan__row">
        <div class="kern-form-input">
          <label class="kern-label" [for]="id('start')" i18n="@@strategy.plan.start">Beginn (Monat)</label>
          <input
            class="kern-form-input__input"
            type="month"
            [id]="id('start')"
            [value]="plan().startMonth ?? ''"
            (input)="setMonth('startMonth', $event)"
            data-testid="plan-start"
          />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" [for]="id('end')" i18n="@@strategy.plan.end">Ende (Monat)</label>
          <input
            class="kern-form-input__input"
            type="month"
            [id]="id('end')"
            [value]="plan().endMonth ?? ''"
            (input)="setMonth('endMonth', $event)"
            [attr.aria-invalid]="endBeforeStart() ? 'true' : null"
            [attr.aria-describedby]="endBeforeStart() ? id('end-error') : null"
            data-testid="plan-end"
          />
          @if (endBeforeStart()) {
            <p class="kern-error" [id]="id('end-error')">
              <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
              <span class="kern-body" i18n="@@strategy.plan.endBeforeStart"
                >Das Ende darf nicht vor dem Beginn liegen.</span
              >
            </p>
          }
        </div>
        <div class="kern-form-input">
          <label class="kern-label" [for]="id('budget')" i18n="@@strategy.plan.budget">Budget in Euro</label>
          <input
            class="kern-form-input__input"
            type="number"
            min="0"
            step="100"
            [id]="id('budget')"
            [value]="plan().budgetEur ?? ''"
            (input)="setBudget($event)"
            data-testid="plan-budget"
          />
        </div>
      </div>
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .dc-plan {
      display: flex;
      flex-direction: column;
      gap: var(--kern-metric-space-default, 16px);
      margin: 0;
      padding: var(--kern-metric-space-default, 16px);
      border: 1px solid var(--kern-color-layout-border, #767676);
      border-radius: 4px;
    }
    .dc-plan__remove {
      margin: 0;
    }
    .dc-plan__legend {
      font-weight: 700;
    }
    .dc-plan__row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--kern-metric-space-default, 16px);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasurePlanForm {
  readonly plan = input.required<StrategyMeasure>();
  readonly title = input.required<string>();
  readonly code = input.required<string>();
  /** One changed value of the plan (merged by the page into the newest draft). */
  readonly planChange = output<PlanPatch>();
  /** The user takes the measure out of the draft (also one no longer suggested, which has no checkbox). */
  readonly removed = output<void>();

  protected readonly endBeforeStart = computed(() => endsBeforeStart(this.plan()));

  protected id(part: string): string {
    return `dc-plan-${this.plan().measureId}-${part}`;
  }

  protected set(key: 'goal' | 'responsible', event: Event): void {
    this.planChange.emit({ measureId: this.plan().measureId, [key]: (event.target as HTMLInputElement).value });
  }

  protected setMonth(key: 'startMonth' | 'endMonth', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.planChange.emit({ measureId: this.plan().measureId, [key]: MONTH.test(value) ? value : null });
  }

  protected setBudget(event: Event): void {
    const raw = (event.target as HTMLInputElement).value;
    const value = raw === '' ? null : Number(raw);
    this.planChange.emit({
      measureId: this.plan().measureId,
      budgetEur: value === null || !Number.isFinite(value) ? null : value,
    });
  }
}

/** A time frame that ends before it starts (the API refuses it). */
export function endsBeforeStart(plan: StrategyMeasure): boolean {
  return plan.startMonth !== null && plan.endMonth !== null && plan.endMonth < plan.startMonth;
}
