import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { COMPARISON_SERIES, type ComparisonRowView, type ComparisonSeries, seriesLabel } from './comparison-rows';
import { type RadarFrame, radarAxes, radarPath, radarPoint, radarRing } from './radar-geometry';

const FRAME: RadarFrame = { center: { x: 320, y: 215 }, radius: 150 };
const RINGS = [20, 40, 60, 80, 100];

/**
 * Radar chart of the fields of action, 0 at the centre and 100 at the rim; the own values filled, the peer
 * median dashed, the Land mean dotted. SVG with a viewBox, so it scales and prints sharply. One image for
 * screen readers, named by `label`; the comparison table is its text alternative.
 */
@Component({
  selector: 'dc-radar-chart',
  template: `
    <figure class="dc-radar" role="img" [attr.aria-label]="label()">
      <svg viewBox="-80 0 800 440" aria-hidden="true" focusable="false">
        @for (ring of chart().rings; track ring.value) {
          <polygon class="dc-radar__ring" [attr.points]="ring.points" />
        }
        @for (axis of chart().axes; track axis.label) {
          <line
            class="dc-radar__axis"
            [attr.x1]="center.x"
            [attr.y1]="center.y"
            [attr.x2]="axis.end.x"
            [attr.y2]="axis.end.y"
          />
          <text
            class="dc-radar__label"
            [attr.x]="axis.labelAt.x"
            [attr.y]="axis.labelAt.y"
            [attr.text-anchor]="axis.anchor"
          >
            {{ axis.label }}
          </text>
        }
        @for (series of chart().series; track series.key) {
          <path class="dc-radar__series dc-radar__series--{{ series.key }}" [attr.d]="series.path" />
          @for (dot of series.dots; track $index) {
            <circle class="dc-radar__dot dc-radar__dot--{{ series.key }}" [attr.cx]="dot.x" [attr.cy]="dot.y" r="3.5" />
          }
        }
      </svg>
      <div class="dc-radar__legend" aria-hidden="true">
        @for (series of chart().series; track series.key) {
          <span class="dc-radar__key">
            <svg viewBox="0 0 28 10" width="28" height="10" focusable="false">
              <line class="dc-radar__series dc-radar__series--{{ series.key }}" x1="1" y1="5" x2="27" y2="5" />
            </svg>
            {{ series.label }}
          </span>
        }
      </div>
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .dc-radar {
      margin: 0;
      max-width: 50rem;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .dc-radar__ring {
      fill: none;
      stroke: #c8ccd1;
    }
    .dc-radar__axis {
      stroke: #c8ccd1;
    }
    .dc-radar__label {
      dominant-baseline: middle;
      font-size: 13px;
      fill: #171a2b;
    }
    .dc-radar__series {
      fill: none;
      stroke-width: 2.5;
    }
    .dc-radar__series--own {
      stroke: #171a2b;
    }
    path.dc-radar__series--own {
      fill: rgba(23, 26, 43, 0.15);
    }
    .dc-radar__series--peer {
      stroke: #a34f00;
      stroke-dasharray: 8 4;
    }
    .dc-radar__series--land {
      stroke: #4f5b66;
      stroke-dasharray: 2 4;
      stroke-linecap: round;
    }
    .dc-radar__dot--own {
      fill: #171a2b;
    }
    .dc-radar__dot--peer {
      fill: #a34f00;
    }
    .dc-radar__dot--land {
      fill: #4f5b66;
    }
    .dc-radar__legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--kern-metric-space-default, 16px);
      margin-top: var(--kern-metric-space-small, 8px);
    }
    .dc-radar__key {
      display: inline-flex;
      align-items: center;
      gap: var(--kern-metric-space-x-small, 4px);
    }
    .dc-radar__key svg {
      width: 28px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadarChart {
  /** The fields of action (at least three make a radar). */
  readonly rows = input.required<readonly ComparisonRowView[]>();
  readonly label = input.required<string>();
  protected readonly center = FRAME.center;

  protected readonly chart = computed(() => {
    const rows = this.rows();
    const count = rows.length;
    return {
      rings: RINGS.map((value) => ({ value, points: radarRing(FRAME, count, value) })),
      axes: radarAxes(
        FRAME,
        rows.map((row) => row.title),
      ),
      series: COMPARISON_SERIES.map((key: ComparisonSeries) => {
        const values = rows.map((row) => row.cells[key].value);
        return {
          key,
          label: seriesLabel(key),
          path: radarPath(FRAME, values),
          dots: values.flatMap((value, index) => (value === null ? [] : [radarPoint(FRAME, index, count, value)])),
        };
      }),
    };
  });
}
