import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Shown for every URL no route matches. */
@Component({
  selector: 'dc-not-found-page',
  imports: [RouterLink],
  template: `
    <div class="dc-not-found">
      <h1 class="kern-heading-x-large" i18n="Heading for an unknown address@@notFound.heading">Seite nicht gefunden</h1>
      <p class="kern-body" i18n="@@notFound.body">
        Unter dieser Adresse gibt es keine Seite. Vielleicht hat sich die Adresse geändert oder sie wurde nicht
        vollständig eingegeben.
      </p>
      <p class="kern-body">
        <a class="kern-link" routerLink="/" i18n="@@notFound.home">Zur Startseite</a>
      </p>
    </div>
  `,
  styles: `
    .dc-not-found {
      display: flex;
      flex-direction: column;
      gap: var(--kern-metric-space-default, 16px);
      max-width: 46rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
