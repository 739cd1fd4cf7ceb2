import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { COMPARISON_SERIES, type ComparisonRowView, seriesLabel } from './comparison-rows';

/**
 * Grouped horizontal bars on 0–100: per row the own value, the peer median and the Land mean. Drawn with HTML
 * (prints and zooms well) and told apart by fill pattern as well as colour (WCAG 1.4.1). One image for screen
 * readers, named by `label`; the comparison table is its text alternative.
 */
@Component({
  selector: 'dc-comparison-bars',
  template: `
    <figure class="dc-cbars" role="img" [attr.aria-label]="label()">
      <div class="dc-cbars__legend" aria-hidden="true">
        @for (series of seriesList; track series) {
          <span class="dc-cbars__key"
            ><span class="dc-cbars__swatch dc-cbars__bar--{{ series }}"></span>{{ labelOf(series) }}</span
          >
        }
      </div>
      @for (row of rows(); track row.key) {
        <div class="dc-cbars__group" aria-hidden="true">
          <span class="dc-cbars__title">{{ row.title }}</span>
          @for (series of seriesList; track series) {
            <span class="dc-cbars__track">
              @if (row.cells[series].value !== null) {
                <span
                  class="dc-cbars__bar dc-cbars__bar--{{ series }}"
                  [style.width.%]="row.cells[series].value"
                ></span>
              }
            </span>
            <span class="dc-cbars__value">{{ row.cells[series].text }}</span>
          }
        </div>
      }
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .dc-cbars {
      display: grid;
      gap: var(--kern-metric-space-default, 16px);
      margin: 0;
    }
    .dc-cbars__legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--kern-metric-space-default, 16px);
    }
    .dc-cbars__key {
      display: inline-flex;
      align-items: center;
      gap: var(--kern-metric-space-x-small, 4px);
    }
    .dc-cbars__swatch {
      display: inline-block;
      width: 1.5rem;
      height: 0.875rem;
      border: 1px solid #171a2b;
    }
    .dc-cbars__group {
      display: grid;
      grid-template-columns: 1fr 9rem;
      column-gap: var(--kern-metric-space-small, 8px);
      row-gap: 2px;
      align-items: center;
    }
    .dc-cbars__title {
      grid-column: 1 / -1;
      font-weight: 600;
    }
    .dc-cbars__track {
      height: 0.875rem;
      border: 1px solid var(--kern-color-layout-border, #767676);
      background: var(--kern-color-layout-background-default, #fff);
    }
    .dc-cbars__bar {
      display: block;
      height: 100%;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .dc-cbars__bar--own {
      background: #171a2b;
    }
    .dc-cbars__bar--peer {
      background: repeating-linear-gradient(45deg, #a34f00 0 3px, #fff 3px 6px);
      box-shadow: inset 0 0 0 1px #a34f00;
    }
    .dc-cbars__bar--land {
      background: #dde1e6;
      box-shadow: inset 0 0 0 2px #4f5b66;
    }
    .dc-cbars__value {
      font-size: 0.875rem;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparisonBars {
  readonly rows = input.required<readonly ComparisonRowView[]>();
  readonly label = input.required<string>();
  protected readonly seriesList = COMPARISON_SERIES;
  protected readonly labelOf = seriesLabel;
}
