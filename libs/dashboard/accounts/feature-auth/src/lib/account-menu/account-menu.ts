import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { SessionStore, describeError, scopeLabel } from '@digitalcheck/dashboard-accounts-data-access';
import { filter } from 'rxjs';

let nextId = 0;

/**
 * The account menu in the header. Signed out: a link "Anmelden". Signed in: a disclosure button with the name;
 * its panel shows the scopes ("Landesebene · Rheinland-Pfalz"), the management pages for ADMIN and STATE_ANALYST,
 * and "Abmelden". Escape closes the panel and returns the focus to the button.
 */
@Component({
  selector: 'dc-account-menu',
  imports: [RouterLink],
  templateUrl: './account-menu.html',
  styleUrl: './account-menu.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(keydown.escape)': 'close()' },
})
export class AccountMenu {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly toggleButton = viewChild<ElementRef<HTMLButtonElement>>('toggleButton');

  protected readonly panelId = `dc-account-panel-${++nextId}`;
  protected readonly user = this.store.user;
  protected readonly canManage = this.store.canManage;
  protected readonly isAdmin = this.store.isAdmin;
  protected readonly scopes = computed(() => this.store.scopes().map(scopeLabel));
  protected readonly open = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.open.set(false));
  }

  protected toggle(): void {
    this.open.update((open) => !open);
  }

  protected close(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.toggleButton()?.nativeElement.focus();
  }

  protected logout(): void {
    this.error.set(null);
    this.store.logout().subscribe({
      next: () => {
        this.open.set(false);
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => this.error.set(describeError(error).message),
    });
  }
}
