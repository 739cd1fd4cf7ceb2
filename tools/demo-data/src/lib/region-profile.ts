/**
 * The hidden "digital maturity" of a region that makes its answers hang together: drawn once per region from
 * the seed, a little higher for larger regions and for Kreise, rising from one wave to the next.
 */
import { clamp, logistic, stream } from './random';

/** A region to invent answers for (what the region table knows about it). */
export interface DemoRegion {
  /** Amtlicher Regionalschlüssel: 5 digits for a Kreis, 9 for a Gemeindeverband. */
  ars: string;
  /** `KREIS`, `GEMEINDEVERBAND`, … as in the region table. */
  level: string;
  /** `Landkreis`, `Kreisfreie Stadt`, `Verbandsgemeinde`, `Verbandsfreie Gemeinde`, … */
  kind: string;
  /** Reference population; null when unknown (the RLP VG layer has none), then a plausible one is drawn. */
  population: number | null;
}

/** The year whose answers the calibration targets (DLT 2024: 57 % of municipalities without a strategy). */
export const BASE_YEAR = 2024;

export interface RegionProfile {
  region: DemoRegion;
  /** Inhabitants: the reference figure or, without one, a plausible figure for the kind of region. */
  population: number;
  /** Year-independent maturity on a standard-normal-like scale (0 ≈ typical region). */
  base: number;
  /** How much the maturity rises per year after BASE_YEAR (mostly positive, sometimes flat). */
  growthPerYear: number;
  /** Whether the region runs schools (I4/B1); Kreise and cities always do, a few VGs do not. */
  schoolAuthority: boolean;
  /** Year-independent latent of the strategy question (A1), correlated with `base`. */
  strategy: number;
}

/** Median and spread (of the natural log) of populations drawn for regions without a figure. */
const SYNTHETIC_POPULATION: Array<{
  test: (region: DemoRegion) => boolean;
  median: number;
  sigma: number;
  min: number;
  max: number;
}> = [
  { test: (r) => /kreisfrei|stadtkreis/i.test(r.kind), median: 60_000, sigma: 0.5, min: 15_000, max: 300_000 },
  { test: (r) => r.level === 'KREIS', median: 125_000, sigma: 0.35, min: 50_000, max: 400_000 },
  { test: (r) => /^verbandsgemeinde/i.test(r.kind), median: 14_000, sigma: 0.4, min: 5_000, max: 45_000 },
  { test: (r) => /verbandsfrei/i.test(r.kind), median: 11_000, sigma: 0.55, min: 2_500, max: 60_000 },
  { test: () => true, median: 10_000, sigma: 0.6, min: 1_000, max: 200_000 },
];

/** log10 of a typical population per level: the size effect is relative to it. */
const TYPICAL_LOG_POPULATION: Record<string, number> = {
  KREIS: Math.log10(120_000),
  GEMEINDEVERBAND: Math.log10(12_500),
  // A typical German Gemeinde (national synthetic data, tools/national-data): most have a few thousand.
  GEMEINDE: Math.log10(3_000),
};

export function regionProfile(seed: string, region: DemoRegion): RegionProfile {
  const draw = stream(seed, 'profile', region.ars);
  const population = region.population && region.population > 0 ? region.population : syntheticPopulation(seed, region);
  const typical = TYPICAL_LOG_POPULATION[region.level] ?? Math.log10(12_500);
  // Larger regions a little ahead: +0.45 per factor of ten inhabitants, capped.
  const size = clamp(0.45 * (Math.log10(population) - typical), -0.5, 0.5);
  const city = /kreisfrei|stadtkreis/i.test(region.kind) ? 0.25 : 0;
  const level = region.level === 'KREIS' ? 0.15 : 0;
  const base = draw.normal() + size + city + level;
  return {
    region,
    population,
    base,
    growthPerYear: 0.14 + 0.1 * draw.normal(),
    schoolAuthority: region.level === 'KREIS' || city > 0 || !draw.chance(0.06),
    strategy: 0.8 * base + 0.6 * draw.normal(),
  };
}

/** The maturity in a wave's year: the base, the growth since BASE_YEAR and a little noise of that year. */
export function maturityIn(seed: string, profile: RegionProfile, year: number): number {
  const noise = 0.12 * stream(seed, 'year', profile.region.ars, year).normal();
  return profile.base + profile.growthPerYear * (year - BASE_YEAR) + noise;
}

/** Maturity → a propensity in (0, 1): the typical answer's score before question-level effects. */
export function propensity(maturity: number): number {
  return logistic(0.95 * maturity - 0.4);
}

function syntheticPopulation(seed: string, region: DemoRegion): number {
  const rule =
    SYNTHETIC_POPULATION.find((candidate) => candidate.test(region)) ??
    SYNTHETIC_POPULATION[SYNTHETIC_POPULATION.length - 1];
  const value = rule.median * Math.exp(rule.sigma * stream(seed, 'population', region.ars).normal());
  return Math.round(clamp(value, rule.min, rule.max));
}
