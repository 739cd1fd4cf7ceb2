import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessionStore } from '@digitalcheck/dashboard-accounts-data-access';
import { AccountMenu } from '@digitalcheck/dashboard-accounts-feature-auth';
import { SystemStatusStore, databaseLabel } from '@digitalcheck/dashboard-system-data-access';
import { filter, skip } from 'rxjs';

/** The page frame: skip link, header with account menu and main navigation, `<main>`, footer with version. */
@Component({
  selector: 'dc-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, AccountMenu],
  templateUrl: './app.html',
  styleUrl: './app.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly store = inject(SystemStatusStore);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  private readonly session = inject(SessionStore);
  /** "Selbsteinschätzung" in the main navigation only for signed-in respondents (RESPONDENT scope). */
  protected readonly canRespond = computed(() => this.session.roles().includes('RESPONDENT'));
  /** "Verwaltung" in the main navigation only for ADMIN and STATE_ANALYST. */
  protected readonly canManage = this.session.canManage;
  protected readonly info = this.store.info;
  protected readonly unreachable = computed(() => this.store.status().kind === 'unreachable');
  protected readonly databaseMode = computed(() => {
    const info = this.info();
    return info ? databaseLabel(info.database) : null;
  });

  constructor() {
    this.store.load();
    this.moveFocusToMainAfterNavigation();
  }

  /**
   * The skip link must not be a plain `href="#main"`: with `<base href="/">` that would load `/#main`
   * from any other page. Focusing `<main>` (tabindex -1) also moves the screen reader there.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** After a route change (not the first load), start reading and tabbing at the new content. */
  private moveFocusToMainAfterNavigation(): void {
    const injector = inject(Injector);
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender(() => this.main().nativeElement.focus({ preventScroll: true }), { injector }));
  }
}
