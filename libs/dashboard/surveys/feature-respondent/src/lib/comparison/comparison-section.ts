import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ResponseComparison } from '@digitalcheck/shared-contracts';
import { ComparisonBars } from './comparison-bars';
import { COMPARISON_SERIES, comparisonRows, seriesLabel } from './comparison-rows';
import { RadarChart } from './radar-chart';

/**
 * "Vergleich": the own scores against the peer group median and the Land mean, as a table (the numbers),
 * grouped bars and a radar chart of the fields of action. Only aggregates; small groups are suppressed.
 */
@Component({
  selector: 'dc-comparison-section',
  imports: [ComparisonBars, RadarChart],
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
      <dc-comparison-bars [rows]="rows()" [label]="barsLabel" />
      @if (radarRows().length >= 3) {
        <h3 class="kern-heading-small" i18n="@@surveys.comparison.radarHeading">Handlungsfelder im Überblick</h3>
        <dc-radar-chart [rows]="radarRows()" [label]="radarLabel" />
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
      dc-radar-chart {
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

  protected readonly seriesList = COMPARISON_SERIES;
  protected readonly labelOf = seriesLabel;
  protected readonly rows = computed(() => comparisonRows(this.comparison()));
  protected readonly radarRows = computed(() => {
    const fields = new Set(this.fieldsOfAction());
    return this.rows().filter((row) => fields.has(row.key));
  });
  protected readonly barsLabel = $localize`:Name of the grouped bar chart for screen readers@@surveys.comparison.barsLabel:Balkendiagramm: Ihre Werte, der Median der Vergleichsgruppe und der Durchschnitt des Landes je Abschnitt; die Zahlen stehen in der Tabelle.`;
  protected readonly radarLabel = $localize`:Name of the radar chart for screen readers@@surveys.comparison.radarLabel:Netzdiagramm der Handlungsfelder: Ihre Werte, der Median der Vergleichsgruppe und der Durchschnitt des Landes; die Zahlen stehen in der Tabelle.`;
}
