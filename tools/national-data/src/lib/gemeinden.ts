/**
 * Synthetic Gemeinden under the real Kreise: how many per Land (the real counts, scaled), how many per Kreis,
 * their keys, names and populations. Pure and deterministic: the same seed and Kreise give the same Gemeinden.
 */
import { stream } from '@digitalcheck/demo-data';

/** A Kreis as the region table holds it. */
export interface KreisRow {
  ars: string;
  name: string;
  kind: string;
  population: number | null;
}

export interface SyntheticGemeinde {
  /** KKKKK + VVVV (always SYNTHETIC_VERBAND) + GGG. */
  ars: string;
  /** KKKKK + GGG. */
  ags: string;
  name: string;
  kind: 'Gemeinde' | 'Stadt';
  kreisArs: string;
  landArs: string;
  population: number;
}

/**
 * The Verband part of every synthetic key. Real keys use 0GGG (verbandsfreie Gemeinden) or 5xxx (Ämter,
 * Verbandsgemeinden …); 9000 marks the key as synthetic. No Gemeindeverband row exists for it: the Gemeinde's
 * parent_ars is its Kreis.
 */
export const SYNTHETIC_VERBAND = '9000';

/** Every synthetic Gemeinde's name ends with it (and search finds it). */
export const SYNTHETIC_SUFFIX = ' (synthetisch)';

/**
 * Gemeinden per Land (Destatis, 31.12.2023), without the kreisfreie Städte, which take part as Kreise. Berlin,
 * Hamburg and Bremen have none below their Kreise.
 */
export const GEMEINDEN_PER_LAND: Readonly<Record<string, number>> = {
  '01': 1100,
  '02': 0,
  '03': 933,
  '04': 0,
  '05': 374,
  '06': 416,
  '07': 2289,
  '08': 1092,
  '09': 2031,
  '10': 52,
  '11': 0,
  '12': 409,
  '13': 724,
  '14': 415,
  '15': 215,
  '16': 600,
};

/** GGG is three digits. */
const MAX_PER_KREIS = 999;

export function isKreisfrei(kind: string): boolean {
  return /kreisfrei|stadtkreis/i.test(kind);
}

/**
 * About `total` Gemeinden (exactly `total` unless the Kreise cannot hold them): shared among the Länder by their
 * real counts, within a Land among its Landkreise by the square root of their population with some noise, at
 * least one per Landkreis. A Kreis' Gemeinden share its population (lognormal shares, the largest a Stadt).
 */
export function planGemeinden(seed: string, kreise: readonly KreisRow[], total: number): SyntheticGemeinde[] {
  const landkreise = [...kreise].filter((k) => !isKreisfrei(k.kind)).sort((a, b) => a.ars.localeCompare(b.ars));
  if (landkreise.length === 0 || total <= 0) return [];
  const lands = [...new Set(landkreise.map((k) => k.ars.slice(0, 2)))];
  const perLand = apportion(
    total,
    lands.map((land) => GEMEINDEN_PER_LAND[land] ?? 0),
  );
  const counts = new Map<string, number>();
  lands.forEach((land, i) => {
    const members = landkreise.filter((k) => k.ars.startsWith(land));
    const weights = members.map(
      (k) =>
        Math.sqrt(Math.max(1, k.population ?? 100_000)) * Math.exp(0.35 * stream(seed, 'kreis-share', k.ars).normal()),
    );
    // At least one per Landkreis, the rest by weight.
    const rest = Math.max(0, perLand[i] - members.length);
    apportion(rest, weights).forEach((n, j) => counts.set(members[j].ars, Math.min(MAX_PER_KREIS, n + 1)));
  });
  return landkreise.flatMap((kreis) => gemeindenOf(seed, kreis, counts.get(kreis.ars) ?? 0));
}

function gemeindenOf(seed: string, kreis: KreisRow, count: number): SyntheticGemeinde[] {
  if (count === 0) return [];
  const draw = stream(seed, 'gemeinden', kreis.ars);
  // Lognormal shares; the first Gemeinde is the Kreisstadt, several times the size of the others.
  const weights = Array.from({ length: count }, (_, i) => Math.exp(1.1 * draw.normal()) * (i === 0 ? 6 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const kreisPopulation = kreis.population ?? 100_000 * count;
  const short = kreis.name.replace(/^(Landkreis|Kreis|Regionalverband|Region|Städteregion)\s+/, '');
  return weights.map((weight, i) => {
    const ggg = String(i + 1).padStart(3, '0');
    const population = Math.max(50, Math.round((kreisPopulation * weight) / sum));
    const kind = i === 0 || population >= 10_000 ? 'Stadt' : 'Gemeinde';
    return {
      ars: `${kreis.ars}${SYNTHETIC_VERBAND}${ggg}`,
      ags: `${kreis.ars}${ggg}`,
      name: `${kind} ${short} ${i + 1}${SYNTHETIC_SUFFIX}`,
      kind,
      kreisArs: kreis.ars,
      landArs: kreis.ars.slice(0, 2),
      population,
    };
  });
}

/** `total` split in proportion to `weights` by largest remainders (ties to the earlier one). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (sum === 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (Math.max(0, w) * total) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    result[i]++;
  }
  return result;
}
