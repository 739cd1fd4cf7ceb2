import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MINIMUM_GROUP_SIZE } from '@digitalcheck/shared-scoring';
import { ChartBase, ChartFrame } from '../chart-frame/chart-frame';
import { CATEGORY_COLOURS, textColourOn } from '../chart-colours';
import { formatShare, formatValue } from '../chart-format';
import { type ChartExportTable, numberColumn, textColumn } from '../../export/export-table';

export interface StackedCategory {
  key: string;
  label: string;
}

export interface StackedGroup {
  key: string;
  label: string;
  /** Number of answers in the group. */
  n: number;
  /** Share 0..1 per category, in category order; null = not available. */
  shares: ReadonlyArray<number | null>;
  /** Too few answers to show (small-n rule): a text instead of the bar. */
  suppressed?: boolean;
}

interface Segment {
  key: string;
  label: string;
  share: number;
  colour: string;
  text: string;
  percent: string;
  /** The percentage fits into the segment. */
  printed: boolean;
}

/** Segments narrower than this share do not print their percentage (it is in the tooltip and the table). */
export const MIN_PRINTED_SHARE = 0.07;

/**
 * 100 % stacked horizontal bars for answer distributions: one bar per group, one segment per answer option (in
 * the given order) with its percentage printed where wide enough, a legend of the options, and "zu wenige
 * Antworten" instead of a bar for suppressed groups. Plain HTML (flex boxes): ngx-charts' normalized bar chart
 * cannot print values on its segments.
 */
@Component({
  selector: 'dc-stacked-bars',
  imports: [ChartFrame],
  templateUrl: './stacked-bars.html',
  styleUrls: ['../chart-common.css', './stacked-bars.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StackedBars extends ChartBase {
  readonly categories = input.required<readonly StackedCategory[]>();
  readonly groups = input.required<readonly StackedGroup[]>();
  /** Header of the group column in the table, e.g. "Kreis". */
  readonly groupHeader = input(
    $localize`:Stacked bars, default header of the group column@@stacked.groupHeader:Gruppe`,
  );
  readonly minimumGroupSize = input(MINIMUM_GROUP_SIZE);
  readonly digitsInfo = input('1.0-0');
  /** Group names become buttons that emit `groupSelect` (when the groups are regions). */
  readonly selectable = input(false);

  readonly groupSelect = output<string>();

  protected readonly legend = computed(() =>
    this.categories().map((category, i) => ({ ...category, colour: CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] })),
  );
  protected readonly suppressedText = computed(
    () =>
      $localize`:Stacked bars, group below the small-n threshold@@stacked.suppressed:zu wenige Antworten (n < ${this.minimumGroupSize()}:minimum:)`,
  );
  /** Shares as percent numbers (57.14, rounded on export), one column per category; suppressed groups have none. */
  protected readonly exportTable = computed<ChartExportTable>(() => ({
    columns: [
      textColumn(this.groupHeader()),
      numberColumn($localize`:Table column, number of answers@@stacked.table.n:n`),
      ...this.categories().map((category) =>
        numberColumn(
          $localize`:Export column, share of a category in percent@@stacked.export.share:${category.label}:category: (%)`,
        ),
      ),
    ],
    rows: this.groups().map((group) => [
      group.label,
      group.n,
      ...this.categories().map((_, i) => {
        const share = group.suppressed ? null : (group.shares[i] ?? null);
        return share === null ? null : share * 100;
      }),
    ]),
  }));
  protected readonly rows = computed(() => {
    const legend = this.legend();
    return this.groups().map((group) => {
      const segments: Segment[] = [];
      legend.forEach((category, i) => {
        const share = group.shares[i] ?? null;
        if (share === null || share <= 0) return;
        const percent = formatShare(share, this.digitsInfo());
        segments.push({
          key: category.key,
          label: category.label,
          share,
          colour: category.colour,
          text: textColourOn(category.colour),
          percent,
          printed: share >= MIN_PRINTED_SHARE,
        });
      });
      const cells = legend.map((_, i) => formatShare(group.shares[i] ?? null, this.digitsInfo()));
      return {
        key: group.key,
        label: group.label,
        nText: formatValue(group.n, '1.0-0'),
        suppressed: group.suppressed ?? false,
        segments,
        cells,
        summary: `${group.label}: ${segments.map((segment) => `${segment.label} ${segment.percent}`).join(', ')}`,
      };
    });
  });
}
