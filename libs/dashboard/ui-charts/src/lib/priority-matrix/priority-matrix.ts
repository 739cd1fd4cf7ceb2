import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { maturityLevelName } from '@digitalcheck/shared-scoring';
import { LEVELS, PRIORITIES, type PriorityField, priorityMatrix } from './priority-cells';

let nextId = 0;

/**
 * Priority × maturity: the fields of action by their P1 priority (rows) and maturity level (columns). Fields
 * in the top left (important, little done yet) are the candidates for the 2–3 focus fields. The introduction
 * is projected, so the respondent's result ("Sie") and the council report ("die Kommune") word it their way.
 */
@Component({
  selector: 'dc-priority-matrix',
  template: `
    <section class="dc-matrix" [attr.aria-labelledby]="titleId" data-testid="priority-matrix">
      <h2 class="kern-heading-medium" [id]="titleId" i18n="@@surveys.matrix.heading">Priorität und Reifegrad</h2>
      <ng-content />
      <div class="kern-table-responsive">
        <table class="kern-table dc-matrix__table" data-testid="priority-matrix-table">
          <caption class="kern-sr-only" i18n="@@surveys.matrix.caption">
            Handlungsfelder nach Priorität (Zeilen) und Reifegrad (Spalten)
          </caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col" i18n="@@surveys.matrix.corner">Priorität</th>
              @for (level of levels; track level) {
                <th class="kern-table__header" scope="col">{{ level }} – {{ levelName(level) }}</th>
              }
            </tr>
          </thead>
          <tbody class="kern-table__body">
            @for (priority of priorities; track priority; let row = $index) {
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">{{ priority }}</th>
                @for (level of levels; track level; let column = $index) {
                  <td class="kern-table__cell" [class.dc-matrix__focus]="priority >= 4 && level <= 2">
                    @for (title of matrix().cells[row][column]; track title) {
                      <span class="dc-matrix__field">{{ title }}</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="kern-body" data-testid="focus-fields">
        @if (matrix().focus.length > 0) {
          <ng-container i18n="@@surveys.matrix.focus"
            >Hohe Priorität, niedriger Reifegrad: {{ matrix().focus.join(', ') }}.</ng-container
          >
        } @else {
          <ng-container i18n="@@surveys.matrix.noFocus"
            >Kein Handlungsfeld hat zugleich hohe Priorität (4 oder 5) und einen niedrigen Reifegrad (1 oder
            2).</ng-container
          >
        }
      </p>
      @if (matrix().notRelevant.length > 0) {
        <p class="kern-body" i18n="@@surveys.matrix.notRelevant">
          Nicht relevant: {{ matrix().notRelevant.join(', ') }}.
        </p>
      }
      @if (matrix().unplaced.length > 0) {
        <p class="kern-body" i18n="@@surveys.matrix.unplaced">
          Ohne Priorität oder Reifegrad: {{ matrix().unplaced.join(', ') }}.
        </p>
      }
    </section>
  `,
  styles: `
    .dc-matrix {
      display: flex;
      flex-direction: column;
      gap: var(--kern-metric-space-default, 16px);
    }
    .dc-matrix__table td {
      vertical-align: top;
      min-width: 7rem;
    }
    .dc-matrix__focus {
      background: #fff4e5;
      box-shadow: inset 0 0 0 2px #a34f00;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .dc-matrix__field {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PriorityMatrixSection {
  readonly fields = input.required<readonly PriorityField[]>();
  protected readonly titleId = `dc-matrix-title-${++nextId}`;
  protected readonly priorities = PRIORITIES;
  protected readonly levels = LEVELS;
  protected readonly levelName = maturityLevelName;
  protected readonly matrix = computed(() => priorityMatrix(this.fields()));
}
