import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import type { RegionSummary } from '@digitalcheck/shared-contracts';
import { Subject, distinctUntilChanged, map, of, switchMap, timer } from 'rxjs';

let nextId = 0;

/**
 * Type-ahead for regions by name or key (WAI-ARIA combobox with listbox): the input keeps focus, arrow keys move
 * the active option (`aria-activedescendant`), Enter chooses it, Escape closes the list (a second Escape clears
 * the input). The number of results is announced in a live region. The picker does not search itself: it emits
 * the debounced query (`search`) and shows the `results` its host passes back, so any page can wire it up.
 */
@Component({
  selector: 'dc-region-picker',
  templateUrl: './region-picker.html',
  styleUrl: './region-picker.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionPicker {
  readonly results = input<readonly RegionSummary[]>([]);
  /** Number of matches on the server (may exceed the shown results); null before the first answer. */
  readonly total = input<number | null>(null);
  readonly loading = input(false);
  readonly label = input($localize`:Region picker label@@picker.label:Region suchen`);
  readonly minLength = input(2);
  readonly debounceMs = input(250);

  private readonly typed = new Subject<string>();
  /** The trimmed query once typing pauses; '' when it is shorter than `minLength`. */
  readonly search = outputFromObservable(
    this.typed.pipe(
      map((q) => (q.trim().length < this.minLength() ? '' : q.trim())),
      switchMap((q) => (q === '' ? of(q) : timer(this.debounceMs()).pipe(map(() => q)))),
      distinctUntilChanged(),
    ),
  );
  readonly regionSelect = output<RegionSummary>();

  protected readonly ids = {
    input: `dc-picker-input-${++nextId}`,
    listbox: `dc-picker-listbox-${nextId}`,
    hint: `dc-picker-hint-${nextId}`,
  };
  protected readonly query = signal('');
  private readonly expanded = signal(false);
  protected readonly open = computed(() => this.expanded() && this.results().length > 0);
  protected readonly activeIndex = linkedSignal<readonly RegionSummary[], number>({
    source: this.results,
    computation: () => -1,
  });
  protected readonly activeId = computed(() =>
    this.open() && this.activeIndex() >= 0 ? this.optionId(this.activeIndex()) : null,
  );

  /** What the live region says: searching, nothing found, or how many were found. */
  protected readonly announcement = computed(() => {
    if (this.query().trim().length < this.minLength()) return '';
    if (this.loading()) return $localize`:Region picker status@@picker.searching:Suche läuft …`;
    const shown = this.results().length;
    const total = this.total() ?? shown;
    if (shown === 0) return $localize`:Region picker status@@picker.none:Keine Region gefunden.`;
    if (total > shown)
      return $localize`:Region picker status@@picker.some:${shown}:shown: von ${total}:total: Regionen angezeigt.`;
    if (shown === 1) return $localize`:Region picker status@@picker.one:1 Region gefunden.`;
    return $localize`:Region picker status@@picker.many:${shown}:shown: Regionen gefunden.`;
  });

  protected optionId(index: number): string {
    return `${this.ids.listbox}-option-${index}`;
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.query.set(value);
    this.expanded.set(true);
    this.typed.next(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.results().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) return;
        const down = event.key === 'ArrowDown';
        if (!this.open()) {
          this.expanded.set(true);
          this.activeIndex.set(down ? 0 : count - 1);
        } else {
          this.activeIndex.update((i) => (down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
        }
        return;
      }
      case 'Enter': {
        const region = this.open() ? this.results()[this.activeIndex()] : undefined;
        if (region) {
          event.preventDefault();
          this.choose(region);
        }
        return;
      }
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.expanded.set(false);
        } else if (this.query() !== '') {
          event.preventDefault();
          this.setQuery('');
        }
        return;
      default:
        return;
    }
  }

  protected onBlur(): void {
    this.expanded.set(false);
  }

  /** Mouse: `mousedown` so the input does not lose focus before the choice is made. */
  protected onOptionMouseDown(event: MouseEvent, region: RegionSummary): void {
    event.preventDefault();
    this.choose(region);
  }

  private choose(region: RegionSummary): void {
    this.query.set(region.name);
    this.expanded.set(false);
    this.regionSelect.emit(region);
  }

  private setQuery(value: string): void {
    this.query.set(value);
    this.typed.next(value);
  }
}
