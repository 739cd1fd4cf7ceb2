import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { AnalyticsPageState } from '../page-state/analytics-page-state';

/** Links between the analytics pages; each keeps the current filters. */
@Component({
  selector: 'dc-analytics-nav',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="dc-analytics-nav" aria-label="Auswertung" i18n-aria-label="@@analytics.nav.label">
      <ul>
        @for (link of links; track link.path) {
          <li>
            <a
              class="kern-link"
              [routerLink]="link.path"
              [queryParams]="state.linkParams()"
              routerLinkActive="dc-analytics-nav__active"
              [routerLinkActiveOptions]="{
                paths: 'exact',
                queryParams: 'ignored',
                fragment: 'ignored',
                matrixParams: 'ignored',
              }"
              ariaCurrentWhenActive="page"
              >{{ link.label }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .dc-analytics-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .dc-analytics-nav__active {
      font-weight: 700;
      text-decoration-thickness: 3px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsNav {
  protected readonly state = inject(AnalyticsPageState);
  protected readonly links = [
    { path: '/auswertung', label: $localize`:Analytics page link@@analytics.nav.overview:Überblick` },
    { path: '/auswertung/vergleich', label: $localize`:Analytics page link@@analytics.nav.comparison:Vergleich` },
    { path: '/auswertung/fragen', label: $localize`:Analytics page link@@analytics.nav.questions:Fragen im Detail` },
    {
      path: '/auswertung/strategien',
      label: $localize`:Analytics page link@@analytics.nav.strategies:Geplante Maßnahmen`,
    },
  ];
}
