import type { PeerGroup, RegionLevel } from '@digitalcheck/shared-contracts';

/** A population band [min, max); max null = open-ended. */
export interface SizeClass {
  code: string;
  min: number;
  max: number | null;
}

export type PeerGroupConfig = Partial<Record<RegionLevel, SizeClass[]>>;

function band(min: number, max: number | null): SizeClass {
  const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : `${n}`);
  const code = min === 0 ? `lt${k(max ?? 0)}` : max === null ? `ge${k(min)}` : `${k(min)}-${k(max)}`;
  return { code, min, max };
}

/** Builds size classes from ascending limits: [100000, 150000] → <100k, 100k–<150k, ≥150k. */
export function sizeClassesFrom(limits: number[]): SizeClass[] {
  const bounds = [0, ...limits];
  return bounds.map((min, i) => band(min, bounds[i + 1] ?? null));
}

/**
 * Defaults: Kreise in five bands (the DLT study's scale of Landkreise), Gemeindeverbände in four (RLP's
 * Verbandsgemeinden range from about 5,000 to 50,000 inhabitants). Länder and Gemeinden have no peer groups yet.
 */
export const DEFAULT_PEER_GROUPS: PeerGroupConfig = {
  KREIS: sizeClassesFrom([100_000, 150_000, 250_000, 500_000]),
  GEMEINDEVERBAND: sizeClassesFrom([10_000, 20_000, 50_000]),
};

function germanNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "unter 100.000 Einwohner", "100.000 bis unter 150.000 Einwohner", "500.000 Einwohner und mehr". */
export function sizeClassLabel(size: SizeClass): string {
  if (size.min === 0 && size.max !== null) return `unter ${germanNumber(size.max)} Einwohner`;
  if (size.max === null) return `${germanNumber(size.min)} Einwohner und mehr`;
  return `${germanNumber(size.min)} bis unter ${germanNumber(size.max)} Einwohner`;
}

/** The German label of a size class code, e.g. "100.000 bis unter 150.000 Einwohner"; the code if unknown. */
export function sizeClassLabelOf(code: string, config: PeerGroupConfig = DEFAULT_PEER_GROUPS): string {
  for (const classes of Object.values(config)) {
    const size = classes?.find((candidate) => candidate.code === code);
    if (size) return sizeClassLabel(size);
  }
  return code;
}

export function sizeClassOf(
  level: RegionLevel,
  population: number | null,
  config: PeerGroupConfig = DEFAULT_PEER_GROUPS,
): SizeClass | null {
  if (population === null || population < 0) return null;
  return config[level]?.find((size) => population >= size.min && (size.max === null || population < size.max)) ?? null;
}

export interface PeerGroupSubject {
  level: RegionLevel;
  kind: string;
  population: number | null;
}

/** The peer group: same kind and same size class, e.g. "Landkreis, 100.000 bis unter 150.000 Einwohner". */
export function peerGroupOf(region: PeerGroupSubject, config: PeerGroupConfig = DEFAULT_PEER_GROUPS): PeerGroup | null {
  const size = sizeClassOf(region.level, region.population, config);
  if (!size) return null;
  return { kind: region.kind, sizeClass: size.code, label: `${region.kind}, ${sizeClassLabel(size)}` };
}
