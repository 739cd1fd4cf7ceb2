import type { ParamMap, Params } from '@angular/router';
import { type AnalyticsFilter, REGION_LEVELS, type RegionLevel } from '@digitalcheck/shared-contracts';

/**
 * The filters every analytics page shares, as they live in the URL (so a view can be shared and reloaded):
 * `?befragung=<wave id>&land=07&ebene=KREIS&art=Landkreis&groesse=100k-150k`.
 */
export interface AnalyticsView {
  waveId: string | null;
  /** 2-digit Land key; null = all the caller may see (for admins: Germany). */
  landArs: string | null;
  level: RegionLevel | null;
  kind: string | null;
  sizeClass: string | null;
}

export const EMPTY_VIEW: AnalyticsView = { waveId: null, landArs: null, level: null, kind: null, sizeClass: null };

/** URL query parameter of each filter. */
export const VIEW_PARAMS: Readonly<Record<keyof AnalyticsView, string>> = {
  waveId: 'befragung',
  landArs: 'land',
  level: 'ebene',
  kind: 'art',
  sizeClass: 'groesse',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LAND = /^\d{2}$/;
const SIZE_CLASS = /^[a-z0-9-]{1,20}$/;

function text(params: ParamMap, key: string, max = 100): string | null {
  const value = params.get(key)?.trim();
  return value && value.length <= max ? value : null;
}

/** The view of a URL; values that cannot be right (no UUID, no 2-digit key, unknown level) are left out. */
export function readView(params: ParamMap): AnalyticsView {
  const wave = text(params, VIEW_PARAMS.waveId);
  const land = text(params, VIEW_PARAMS.landArs);
  const level = text(params, VIEW_PARAMS.level);
  const size = text(params, VIEW_PARAMS.sizeClass);
  return {
    waveId: wave && UUID.test(wave) ? wave.toLowerCase() : null,
    landArs: land && LAND.test(land) ? land : null,
    level: level && (REGION_LEVELS as readonly string[]).includes(level) ? (level as RegionLevel) : null,
    kind: text(params, VIEW_PARAMS.kind),
    sizeClass: size && SIZE_CLASS.test(size) ? size : null,
  };
}

/** Query parameters for router navigation; `null` removes a parameter (use with queryParamsHandling 'merge'). */
export function viewQueryParams(view: Partial<AnalyticsView>): Params {
  const params: Params = {};
  for (const key of Object.keys(view) as Array<keyof AnalyticsView>) {
    params[VIEW_PARAMS[key]] = view[key] || null;
  }
  return params;
}

/** The API's selection for a view. */
export function apiFilter(view: AnalyticsView, regionArs: readonly string[] = []): Partial<AnalyticsFilter> {
  return {
    landArs: view.landArs,
    level: view.level,
    kind: view.kind,
    sizeClass: view.sizeClass,
    regionArs: [...regionArs],
  };
}

/** Region keys from a comma-separated URL value (`regionen=07131,07132`): 2–12 digits each, unique, in order. */
export function readRegionList(value: string | null, max = 6): string[] {
  if (!value) return [];
  const keys = value
    .split(',')
    .map((key) => key.trim())
    .filter((key) => /^\d{2,12}$/.test(key));
  return [...new Set(keys)].slice(0, max);
}
