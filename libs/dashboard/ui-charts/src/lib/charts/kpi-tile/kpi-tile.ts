import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MINIMUM_GROUP_SIZE } from '@digitalcheck/shared-scoring';
import { formatShare, formatValue } from '../chart-format';

let nextId = 0;

/**
 * One key figure: a share as German percent ("57 %"), "83 von 146 (n = 146)", and the aggregation rule behind an info
 * button. The rule is a tooltip that appears on hover and on focus, stays while the pointer is over it, and
 * closes with Escape (WCAG 1.4.13); it is also the button's accessible description. Suppressed figures (small-n
 * rule) read "nicht ausgewiesen (weniger als X Antworten)" instead of a number.
 */
@Component({
  selector: 'dc-kpi-tile',
  templateUrl: './kpi-tile.html',
  styleUrl: './kpi-tile.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'dismiss()' },
})
export class KpiTile {
  readonly label = input.required<string>();
  /** Share 0..1; null = no value. */
  readonly share = input.required<number | null>();
  /** Answers the share is computed from; null = unknown. */
  readonly n = input<number | null>(null);
  /** Everyone who could have answered (e.g. invited municipalities). */
  readonly base = input.required<number>();
  /** Aggregation rule in words, shown in the tooltip. */
  readonly rule = input.required<string>();
  readonly suppressed = input(false);
  readonly minimumGroupSize = input(MINIMUM_GROUP_SIZE);
  readonly digitsInfo = input('1.0-0');

  protected readonly ids = { label: `dc-kpi-label-${++nextId}`, rule: `dc-kpi-rule-${nextId}` };
  private readonly hovered = signal(false);
  private readonly focused = signal(false);
  private readonly dismissed = signal(false);
  protected readonly tooltipShown = computed(() => (this.hovered() || this.focused()) && !this.dismissed());

  protected readonly value = computed(() =>
    this.suppressed()
      ? $localize`:KPI tile, figure withheld under the small-n rule@@kpi.suppressed:nicht ausgewiesen (weniger als ${this.minimumGroupSize()}:minimum: Antworten)`
      : formatShare(this.share(), this.digitsInfo()),
  );
  protected readonly count = computed(() => {
    const base = formatValue(this.base(), '1.0-0');
    const n = this.n();
    return n === null
      ? $localize`:KPI tile, base only@@kpi.base:Basis: ${base}:base:`
      : $localize`:KPI tile, answers of base; n is the base@@kpi.count:${formatValue(n, '1.0-0')}:n: von ${base}:base: (n = ${base}:base:)`;
  });

  protected hover(over: boolean): void {
    if (over && !this.hovered()) this.dismissed.set(false);
    this.hovered.set(over);
  }

  protected focus(focused: boolean): void {
    if (focused) this.dismissed.set(false);
    this.focused.set(focused);
  }

  protected dismiss(): void {
    if (this.tooltipShown()) this.dismissed.set(true);
  }
}
