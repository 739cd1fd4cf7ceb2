import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface ScoreBar {
  label: string;
  /** 0–100, null when there is no score ("nicht bewertbar"). */
  value: number | null;
  /** Shown instead of the number when `value` is null. */
  note?: string;
}

/**
 * Horizontal bar chart of scores on 0–100, drawn with HTML (prints and zooms well). The figure is one image
 * for screen readers, named by `label`; the numbers are in the table next to it (its text alternative).
 */
@Component({
  selector: 'dc-score-bars',
  imports: [DecimalPipe],
  template: `
    <figure class="dc-bars" role="img" [attr.aria-label]="label()">
      <div class="dc-bars__scale" aria-hidden="true"><span>0</span><span>50</span><span>100</span></div>
      @for (bar of bars(); track bar.label) {
        <div class="dc-bars__row" aria-hidden="true">
          <span class="dc-bars__label">{{ bar.label }}</span>
          <span class="dc-bars__track">
            @if (bar.value !== null) {
              <span class="dc-bars__bar" [style.width.%]="bar.value"></span>
            }
          </span>
          <span class="dc-bars__value">{{ bar.value === null ? bar.note : (bar.value | number: '1.0-0') }}</span>
        </div>
      }
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .dc-bars {
      display: grid;
      gap: var(--kern-metric-space-small, 8px);
      margin: 0;
    }
    .dc-bars__scale,
    .dc-bars__row {
      display: grid;
      grid-template-columns: minmax(8rem, 16rem) 1fr 7rem;
      align-items: center;
      gap: var(--kern-metric-space-small, 8px);
    }
    .dc-bars__scale {
      grid-template-columns: minmax(8rem, 16rem) repeat(3, 1fr) 7rem;
      font-size: 0.875rem;
    }
    .dc-bars__scale span:first-child {
      grid-column: 2;
    }
    .dc-bars__scale span:nth-child(2) {
      text-align: center;
    }
    .dc-bars__scale span:nth-child(3) {
      text-align: right;
    }
    .dc-bars__track {
      height: 1.25rem;
      border: 1px solid var(--kern-color-layout-border, #767676);
      background: var(--kern-color-layout-background-default, #fff);
    }
    .dc-bars__bar {
      display: block;
      height: 100%;
      background: var(--kern-color-action-default, #171a2b);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .dc-bars__value {
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreBars {
  readonly bars = input.required<readonly ScoreBar[]>();
  readonly label = input.required<string>();
}
