import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { costRangeText, effortLabel } from '@digitalcheck/dashboard-strategy-data-access';
import type { FieldRecommendation } from '@digitalcheck/shared-contracts';
import { type MaturityLevel, maturityLevelName, roundScoreForDisplay } from '@digitalcheck/shared-scoring';

const POINTS = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/**
 * One field of action in the ranking: its score, level, priority, gap and urgency, the "weil …" sentence, the
 * focus-field checkbox and the suggested measures with their checkboxes (only in focus fields, as the API wants).
 */
@Component({
  selector: 'dc-field-recommendation',
  templateUrl: './field-recommendation.html',
  styleUrl: './field-recommendation.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldRecommendationCard {
  readonly field = input.required<FieldRecommendation>();
  readonly focused = input.required<boolean>();
  readonly chosenMeasureIds = input.required<readonly string[]>();

  readonly focusToggled = output<boolean>();
  readonly measureToggled = output<{ measureId: string; chosen: boolean }>();

  protected readonly ids = computed(() => `dc-field-${this.field().field}`);
  protected readonly scoreText = computed(() => {
    const score = this.field().score;
    return score === null
      ? $localize`:No score@@strategy.field.noScore:kein Wert`
      : String(roundScoreForDisplay(score));
  });
  protected readonly levelText = computed(() => {
    const level = this.field().maturityLevel;
    return level === null
      ? '–'
      : $localize`:Maturity level with name@@strategy.field.level:Stufe ${level}:level: – ${maturityLevelName(level as MaturityLevel)}:name:`;
  });
  protected readonly priorityText = computed(() => {
    const priority = this.field().priority;
    return priority === null
      ? $localize`:Priority not given@@strategy.field.noPriority:keine Angabe (zählt als 3)`
      : String(priority);
  });

  /** Gap and urgency can be fractions (16.25 points): German, one decimal at most. */
  protected readonly gapText = computed(() => POINTS.format(this.field().gap));
  protected readonly urgencyText = computed(() => POINTS.format(this.field().urgency));

  protected readonly effort = effortLabel;
  protected readonly cost = costRangeText;

  protected isChosen(measureId: string): boolean {
    return this.chosenMeasureIds().includes(measureId);
  }

  protected toggleFocus(event: Event): void {
    this.focusToggled.emit((event.target as HTMLInputElement).checked);
  }

  protected toggleMeasure(measureId: string, event: Event): void {
    this.measureToggled.emit({ measureId, chosen: (event.target as HTMLInputElement).checked });
  }

  protected itemScore(score: number | null): string {
    return score === null
      ? $localize`:Item not answered@@strategy.item.unanswered:unbeantwortet`
      : $localize`:Item score@@strategy.item.score:${roundScoreForDisplay(score)}:score: von 100 Punkten`;
  }
}
