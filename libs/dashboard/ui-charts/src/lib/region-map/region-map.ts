import { formatNumber } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  LOCALE_ID,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { ChartExportMenu } from '../export/chart-export-menu/chart-export-menu';
import { type ChartExportTable, numberColumn, textColumn } from '../export/export-table';
import { ClassMethod, classBreaks, classIndex } from './class-breaks';
import { MISSING_STROKE, classColours } from './map-colours';
import { RegionTopology, layoutRegions } from './map-geometry';
import { LegendItem, legendItems, splitAttribution } from './map-legend';

let nextId = 0;

/** One drawn region with everything the template, the tooltip and the table need. */
interface MapRegion {
  ars: string;
  name: string;
  d: string;
  value: number | null;
  valueText: string;
  fill: string;
  label: string;
}

/**
 * Choropleth map of regions (TopoJSON drawn with d3-geo into SVG paths rendered by Angular). Values are cut into
 * five classes (quantiles by default) on a sequential blue ramp; regions without a value are hatched. Every region
 * is reachable by keyboard (one tab stop, arrow keys move in alphabetical order), hover and focus show a tooltip,
 * and a table with the same numbers replaces the map on request (WCAG 1.1.1). The attribution is always shown.
 */
@Component({
  selector: 'dc-region-map',
  imports: [ChartExportMenu],
  templateUrl: './region-map.html',
  styleUrl: './region-map.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // One set of listeners for all regions instead of six per path (400 Kreise: 6 instead of 2,400).
  host: {
    '(pointerover)': 'onPointer($event, true)',
    '(pointerout)': 'onPointer($event, false)',
    '(focusin)': 'onFocus($event, true)',
    '(focusout)': 'onFocus($event, false)',
    '(keydown)': 'onKeydown($event)',
    '(click)': 'onClick($event)',
  },
})
export class RegionMap {
  private readonly locale = inject(LOCALE_ID);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly topology = input.required<RegionTopology>();
  /** Value per ARS; missing keys and null are "keine Angabe". */
  readonly values = input.required<Readonly<Record<string, number | null>>>();
  readonly heading = input.required<string>();
  /** Wave, filters and n. */
  readonly caption = input('');
  /** "Quelle: …" line under the map (the data; the boundary attribution is separate). */
  readonly source = input('');
  /** False hides the export menu (print pages). */
  readonly exportable = input(true);
  /** Regions counted, for the export's metadata; null = read from the caption's "n = …". */
  readonly n = input<number | null>(null);
  /** Name of the value, e.g. "Einwohnerzahl" (legend title and table column). */
  readonly valueLabel = input.required<string>();
  /** Angular digitsInfo for values and class bounds (de-DE). */
  readonly digitsInfo = input('1.0-0');
  /** Overrides the topology's `attribution`. */
  readonly attribution = input<string | null>(null);
  readonly classMethod = input<ClassMethod>('quantile');
  /**
   * Categorical values instead of a range, e.g. `[{ value: 0, label: 'nein' }, { value: 1, label: 'ja' }]`: one
   * class, colour and legend entry per category (ascending values); tooltips and the table show the label.
   */
  readonly categories = input<readonly MapCategory[] | null>(null);
  /** Width of the SVG coordinate system; the SVG itself scales to its container. */
  readonly width = input(600);

  /** Click or Enter on a region. */
  readonly regionSelect = output<string>();

  protected readonly ids = {
    title: `dc-map-title-${++nextId}`,
    hint: `dc-map-hint-${nextId}`,
    legend: `dc-map-legend-${nextId}`,
    hatch: `dc-map-hatch-${nextId}`,
  };
  protected readonly missingStroke = MISSING_STROKE;
  protected readonly hatch = { units: 'userSpaceOnUse', transform: 'rotate(45)' };
  protected readonly showTable = signal(false);
  private readonly activeArs = signal<string | null>(null);
  private readonly focusedArs = signal<string | null>(null);

  protected readonly layout = computed(() => layoutRegions(this.topology(), this.width()));
  /** At most 40rem wide and 75 % of the viewport high, keeping the map's aspect ratio. */
  protected readonly canvasMaxWidth = computed(() => {
    const { width, height } = this.layout();
    return `min(40rem, ${((75 * width) / Math.max(height, 1)).toFixed(2)}vh)`;
  });
  protected readonly viewBox = computed(() => `0 0 ${this.layout().width} ${this.layout().height}`);
  private readonly sortedCategories = computed(() =>
    this.categories() ? [...(this.categories() ?? [])].sort((a, b) => a.value - b.value) : null,
  );
  private readonly breaks = computed(() => {
    const categories = this.sortedCategories();
    if (categories && categories.length > 0) {
      const values = categories.map((category) => category.value);
      return { min: values[0], max: values[values.length - 1], thresholds: values.slice(1) };
    }
    const values = this.values();
    return classBreaks(
      this.layout().shapes.map((shape) => values[shape.ars] ?? null),
      5,
      this.classMethod(),
    );
  });
  private readonly colours = computed(() => classColours((this.breaks()?.thresholds.length ?? 0) + 1));

  protected readonly regions = computed<MapRegion[]>(() => {
    const values = this.values();
    const breaks = this.breaks();
    const colours = this.colours();
    const hatch = `url(#${this.ids.hatch})`;
    return this.layout().shapes.map((shape) => {
      const value = values[shape.ars] ?? null;
      const index = breaks ? classIndex(value, breaks) : null;
      const valueText = this.format(value);
      return {
        ...shape,
        value,
        valueText,
        fill: index === null ? hatch : colours[index],
        label: `${shape.name}: ${valueText}`,
      };
    });
  });

  /** Keyboard and table order: alphabetical by name (German collation), then key. */
  protected readonly ordered = computed(() =>
    [...this.regions()].sort((a, b) => a.name.localeCompare(b.name, 'de') || a.ars.localeCompare(b.ars)),
  );
  protected readonly tabStop = computed(() => this.focusedArs() ?? this.ordered()[0]?.ars ?? null);
  protected readonly active = computed(() => {
    const ars = this.activeArs();
    const index = ars === null ? -1 : this.regions().findIndex((region) => region.ars === ars);
    if (index === -1) return null;
    const [cx, cy] = this.layout().centroid(index);
    const { width, height } = this.layout();
    return { ...this.regions()[index], left: (cx / width) * 100, top: (cy / height) * 100 };
  });

  protected readonly legend = computed<LegendItem[]>(() => {
    const categories = this.sortedCategories();
    const missing = `url(#${this.ids.hatch})`;
    if (categories) {
      const items = categories.map((category, i) => ({ fill: this.colours()[i], label: category.label }));
      return [...items, ...legendItems(null, [], missing, () => '')];
    }
    return legendItems(this.breaks(), this.colours(), missing, (value) => this.format(value, true));
  });
  protected readonly attributionParts = computed(() =>
    splitAttribution(this.attribution() ?? this.topology().attribution ?? ''),
  );

  protected readonly attributionText = computed(() => this.attribution() ?? this.topology().attribution ?? '');
  private readonly body = viewChild<ElementRef<HTMLElement>>('body');
  /** The drawn map and legend for image exports; none while the table is shown. */
  protected readonly exportTarget = computed(() => (this.showTable() ? null : (this.body()?.nativeElement ?? null)));
  protected readonly exportTable = computed<ChartExportTable>(() => {
    const categories = this.categories();
    const labelOf = (value: number | null) =>
      value === null ? null : (categories?.find((category) => category.value === value)?.label ?? String(value));
    return {
      columns: [
        textColumn($localize`:Table column, region name@@map.table.region:Region`),
        textColumn($localize`:Table column, official key (ARS)@@map.table.key:Schlüssel`),
        categories ? textColumn(this.valueLabel()) : numberColumn(this.valueLabel()),
      ],
      rows: this.ordered().map((region) => [
        region.name,
        region.ars,
        categories ? labelOf(region.value) : region.value,
      ]),
    };
  });

  protected toggleTable(): void {
    this.showTable.update((shown) => !shown);
    this.activeArs.set(null);
  }

  protected onPointer(event: Event, over: boolean): void {
    const ars = regionOf(event);
    if (ars !== null) this.activeArs.set(over ? ars : null);
  }

  protected onFocus(event: Event, focused: boolean): void {
    const ars = regionOf(event);
    if (ars === null) return;
    if (focused) this.focusedArs.set(ars);
    this.activeArs.set(focused ? ars : null);
  }

  protected onClick(event: Event): void {
    const ars = regionOf(event);
    if (ars !== null) this.regionSelect.emit(ars);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const ars = regionOf(event);
    if (ars === null) return;
    const order = this.ordered();
    const at = order.findIndex((region) => region.ars === ars);
    const target: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.regionSelect.emit(ars);
    } else if (event.key === 'Escape') {
      this.activeArs.set(null);
    } else if (event.key in target) {
      event.preventDefault();
      const next = order[Math.max(0, Math.min(order.length - 1, target[event.key]))];
      this.focusedArs.set(next.ars);
      this.host.nativeElement.querySelector<SVGPathElement>(`path[data-ars="${next.ars}"]`)?.focus();
    }
  }

  private format(value: number | null, bound = false): string {
    if (value === null) return $localize`:Map, region without a value@@map.noValue:keine Angabe`;
    const category = this.sortedCategories()?.find((candidate) => candidate.value === value);
    if (category) return category.label;
    return formatNumber(value, this.locale, bound ? '1.0-2' : this.digitsInfo());
  }
}

/** A value of a categorical map and its name in the legend, tooltip and table. */
export interface MapCategory {
  value: number;
  label: string;
}

/** The ARS of the region path an event happened on, or null for anything else (legend, button, table). */
function regionOf(event: Event): string | null {
  const target = event.target;
  return target instanceof Element && target.classList.contains('dc-map__region')
    ? target.getAttribute('data-ars')
    : null;
}
