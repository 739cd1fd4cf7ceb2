import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Where `requireRole` sends signed-in users whose role does not open the page. */
@Component({
  selector: 'dc-forbidden-page',
  imports: [RouterLink],
  template: `
    <div class="dc-forbidden">
      <h1 class="kern-heading-x-large" i18n="Heading@@auth.forbidden.heading">Kein Zugriff</h1>
      <p class="kern-body" i18n="@@auth.forbidden.body">
        Ihr Konto hat keine Berechtigung für diese Seite. Wenn Sie sie brauchen, wenden Sie sich an Ihre Ansprechperson
        beim Land.
      </p>
      <p class="kern-body">
        <a class="kern-link" routerLink="/" i18n="@@notFound.home">Zur Startseite</a>
      </p>
    </div>
  `,
  styles: `
    .dc-forbidden {
      display: flex;
      flex-direction: column;
      gap: var(--kern-metric-space-default, 16px);
      max-width: 46rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
