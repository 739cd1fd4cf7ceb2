import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ResponseComparison } from '@digitalcheck/shared-contracts';
import { type ComparisonGroup, type ComparisonSeries, GroupedBars, Radar } from '@digitalcheck/dashboard-ui-charts';
import {
  COMPARISON_SERIES,
  type ComparisonRowView,
  type ComparisonSeries as ComparisonSeriesKey,
  comparisonRows,
  seriesLabel,
} from './comparison-rows';

/** The series of the table's columns that have at least one value (a group suppressed everywhere is left out). */
export function drawnSeries(rows: readonly ComparisonRowView[]): ComparisonSeriesKey[] {
  return COMPARISON_SERIES.filter((key) => rows.some((row) => row.cells[key].value !== null));
}

/** The rows as chart data: one group per row, one series per drawn column of the table (null = no value shown). */
export function comparisonChartData(
  rows: readonly ComparisonRowView[],
  seriesKeys: readonly ComparisonSeriesKey[],
): { groups: ComparisonGroup[]; series: ComparisonSeries[] } {
  return {
    groups: rows.map((row) => ({ key: row.key || 'index', label: row.title })),
    series: seriesKeys.map((key) => ({
      key,
      label: seriesLabel(key),
      values: rows.map((row) => row.cells[key].value),
    })),
  };
}

/**
 * "Vergleich": the own scores against the peer group median and the Land mean, as a table (the numbers, with the
 * reason a value is missing), grouped bars and a radar chart of the fields of action from the chart library. Only
 * aggregates; small groups are suppressed (no bar, no point).
 */
@Component({
  selector: 'dc-comparison-section',
  imports: [GroupedBars, Radar],
  template: `
    <section class="dc-comparison" aria-labelledby="dc-comparison-title" data-testid="comparison">
      <h2 class="kern-heading-medium" id="dc-comparison-title" i18n="@@surveys.comparison.heading">
        Vergleich mit Vergleichsgruppe und Land
      </h2>
      <ul class="kern-list" data-testid="comparison-groups">
        <li>
          @if (comparison().peerGroup; as peer) {
            <ng-container i18n="@@surveys.comparison.peerGroup"
              >Vergleichsgruppe: {{ peer.label }} ({{ peer.members }} abgesendete Selbsteinschätzungen)</ng-container
            >
          } @else {
            <ng-container i18n="@@surveys.comparison.noPeerGroup"
              >Keine Vergleichsgruppe: Für Ihre Kommune ist keine Einwohnerzahl hinterlegt.</ng-container
            >
          }
        </li>
        <li i18n="@@surveys.comparison.landGroup">
          Land: {{ comparison().land.name }} ({{ comparison().land.members }} abgesendete Selbsteinschätzungen derselben
          Ebene)
        </li>
      </ul>
      <p class="kern-body" i18n="@@surveys.comparison.privacy">
        Gezeigt werden nur Median und Durchschnitt. Werte von Gruppen mit weniger als
        {{ comparison().minimumGroupSize }} Angaben werden nicht gezeigt, damit keine einzelne Kommune erkennbar ist.
      </p>
      <div class="kern-table-responsive">
        <table class="kern-table" data-testid="comparison-table">
          <caption class="kern-sr-only" i18n="@@surveys.comparison.caption">
            Ihre Werte im Vergleich, von 0 bis 100
          </caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col" i18n="@@surveys.comparison.col.section">Abschnitt</th>
              @for (series of seriesList; track series) {
                <th class="kern-table__header kern-table__header--numeric" scope="col">{{ labelOf(series) }}</th>
              }
            </tr>
          </thead>
          <tbody class="kern-table__body">
            @for (row of rows(); track row.key) {
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">{{ row.title }}</th>
                @for (series of seriesList; track series) {
                  <td class="kern-table__cell kern-table__cell--numeric">{{ row.cells[series].text }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (omitted()) {
        <p class="kern-body" data-testid="comparison-omitted" i18n="@@surveys.comparison.omitted">
          Ohne Werte, daher nicht in den Diagrammen: {{ omitted() }}.
        </p>
      }
      @if (bars().series.length > 0) {
        <dc-grouped-bars
          data-testid="comparison-bars"
          [heading]="barsHeading"
          [subtitle]="chartSubtitle()"
          [n]="comparison().peerGroup?.members ?? null"
          [source]="source()"
          [description]="barsDescription"
          [groups]="bars().groups"
          [series]="bars().series"
          [groupHeader]="groupHeader"
          [selectable]="false"
        />
      }
      @if (radarShown()) {
        <dc-radar
          data-testid="comparison-radar"
          [heading]="radarHeading"
          [subtitle]="chartSubtitle()"
          [n]="comparison().peerGroup?.members ?? null"
          [source]="source()"
          [description]="radarDescription"
          [groups]="radar().groups"
          [series]="radar().series"
          [selectable]="false"
        />
      }
    </section>
  `,
  styles: `
    .dc-comparison {
      display: flex;
      flex-direction: column;
      gap: var(--kern-metric-space-default, 16px);
    }
    .dc-comparison ul {
      margin: 0;
    }
    @media print {
      .dc-comparison {
        break-inside: auto;
      }
      dc-grouped-bars,
      dc-radar {
        break-inside: avoid;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComparisonSection {
  readonly comparison = input.required<ResponseComparison>();
  /** Section codes of the fields of action: the axes of the radar chart. */
  readonly fieldsOfAction = input.required<readonly string[]>();
  /** Wave and region, under each chart's title (and in its exports). */
  readonly subtitle = input('');
  readonly source = input('');
  /** The subtitle with the size of the peer group the medians come from. */
  protected readonly chartSubtitle = computed(() => {
    const members = this.comparison().peerGroup?.members;
    return members === undefined
      ? this.subtitle()
      : `${this.subtitle()} · ${$localize`:Comparison chart subtitle, peer group size@@surveys.comparison.n:n = ${members}:members: (Vergleichsgruppe)`}`;
  });

  protected readonly seriesList = COMPARISON_SERIES;
  protected readonly labelOf = seriesLabel;
  protected readonly rows = computed(() => comparisonRows(this.comparison()));
  /** Series drawn in both charts, so a series keeps its colour and place in the legends. */
  protected readonly drawn = computed(() => drawnSeries(this.rows()));
  /** Columns without any value ("weniger als 3 Angaben" everywhere): named once instead of in every chart note. */
  protected readonly omitted = computed(() =>
    this.drawn().length === 0
      ? ''
      : COMPARISON_SERIES.filter((key) => !this.drawn().includes(key))
          .map(seriesLabel)
          .join(', '),
  );
  protected readonly bars = computed(() => comparisonChartData(this.rows(), this.drawn()));
  protected readonly radar = computed(() => {
    const fields = new Set(this.fieldsOfAction());
    return comparisonChartData(
      this.rows().filter((row) => fields.has(row.key)),
      this.drawn(),
    );
  });
  /**
   * The radar needs three axes, and the own values on all of them: ngx-charts' polar chart takes its axes from the
   * points present (first series first), so a missing own value would drop or reorder a spoke.
   */
  protected readonly radarShown = computed(() => {
    const { groups, series } = this.radar();
    const own = series.find((entry) => entry.key === 'own');
    return groups.length >= 3 && own !== undefined && own.values.every((value) => value !== null);
  });
  protected readonly groupHeader = $localize`:Column of the comparison@@surveys.comparison.groupHeader:Abschnitt`;
  protected readonly barsHeading = $localize`:Heading of the grouped bar chart@@surveys.comparison.barsHeading:Ihre Werte im Vergleich je Abschnitt`;
  protected readonly barsDescription = $localize`:Description of the grouped bar chart for screen readers@@surveys.comparison.barsLabel:Balkendiagramm: Ihre Werte, der Median der Vergleichsgruppe und der Durchschnitt des Landes je Abschnitt, von 0 bis 100; die Zahlen stehen in der Tabelle.`;
  protected readonly radarHeading = $localize`:Heading of the radar chart@@surveys.comparison.radarHeading:Handlungsfelder im Überblick`;
  protected readonly radarDescription = $localize`:Description of the radar chart for screen readers@@surveys.comparison.radarLabel:Netzdiagramm der Handlungsfelder: Ihre Werte, der Median der Vergleichsgruppe und der Durchschnitt des Landes, von 0 bis 100; die Zahlen stehen in der Tabelle.`;
}
