import { DestroyRef, ElementRef, Signal, afterNextRender, inject, signal } from '@angular/core';

/**
 * Width of the host element in CSS pixels, followed with a ResizeObserver. Until the first measurement (and in
 * environments without layout, like jsdom) it is `fallback`. ngx-charts gets a fixed `view` from it instead of
 * measuring its parent itself, which keeps the charts testable and lets the height follow the data.
 */
export function observeWidth(fallback = 640): Signal<number> {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const width = signal(fallback);
  const destroyRef = inject(DestroyRef);
  afterNextRender(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) width.set(measured);
    });
    observer.observe(host.nativeElement);
    destroyRef.onDestroy(() => observer.disconnect());
  });
  return width.asReadonly();
}
