/**
 * One wave of demo responses: who took part (completed, left a draft, never started), what they answered and
 * when, as fractions of the wave's period so that the caller decides the dates. Deterministic: the same
 * options give the same plans, and a region's plan depends only on the seed, the region, the year and (for
 * the strategy shares) the list of regions of its level.
 */
import type { Answers, QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { generateAnswers } from './answer-generator';
import { clamp, stream } from './random';
import {
  BASE_YEAR,
  type DemoRegion,
  maturityIn,
  propensity,
  type RegionProfile,
  regionProfile,
} from './region-profile';

/** closed: the wave has ended; open: it is running, so many regions are still at work. */
export type WavePhase = 'closed' | 'open';

/** Shares of the regions whose response ends up complete or as a draft (the rest never start). */
export interface ParticipationRates {
  complete: number;
  draft: number;
  /** Of the complete responses, the share the state analyst has published. */
  published: number;
}

export const DEFAULT_PARTICIPATION: Record<WavePhase, ParticipationRates> = {
  closed: { complete: 0.9, draft: 0.04, published: 0.85 },
  open: { complete: 0.45, draft: 0.3, published: 0.2 },
};

/**
 * A1 in BASE_YEAR, from "derzeit kein Thema" (e) to "liegt vor und wird umgesetzt" (a): d + e = 57 %, the
 * share of municipalities without a digital strategy in the DLT study. Later years move up from there.
 */
export const STRATEGY_SHARES: ReadonlyArray<readonly [string, number]> = [
  ['e', 0.22],
  ['d', 0.35],
  ['c', 0.18],
  ['b', 0.12],
  ['a', 0.13],
];

export interface DemoWaveOptions {
  /** Any string or number; the same seed gives the same wave. */
  seed: string | number;
  definition: QuestionnaireDefinition;
  regions: readonly DemoRegion[];
  /** The wave's year; maturity rises with it (2026 is ahead of 2024 on average). */
  year: number;
  phase: WavePhase;
  /** Regions that have not started, whatever the draw (e.g. those of demo accounts in an open wave). */
  notStarted?: readonly string[];
  /** Regions whose response is complete, whatever the draw. */
  complete?: readonly string[];
  participation?: Partial<ParticipationRates>;
}

/** Points in time as fractions of the wave's period so far (0 = start; 1 = end, or now while it runs). */
export interface DraftTimeline {
  startedAt: number;
  lastSavedAt: number;
}

export interface CompleteTimeline {
  startedAt: number;
  submittedAt: number;
  /** Null while unpublished. */
  publishedAt: number | null;
}

export type DemoResponse =
  | { ars: string; status: 'notStarted' }
  | { ars: string; status: 'draft'; answers: Answers; timeline: DraftTimeline }
  | { ars: string; status: 'complete'; answers: Answers; published: boolean; timeline: CompleteTimeline };

/** One plan per region, in the order of `regions`. */
export function generateDemoWave(options: DemoWaveOptions): DemoResponse[] {
  const seed = String(options.seed);
  const rates = { ...DEFAULT_PARTICIPATION[options.phase], ...options.participation };
  const notStarted = new Set(options.notStarted ?? []);
  const complete = new Set(options.complete ?? []);
  const profiles = options.regions.map((region) => regionProfile(seed, region));
  const strategy = strategyAnswers(seed, options.definition, profiles, options.year);

  return profiles.map((profile): DemoResponse => {
    const { ars } = profile.region;
    const maturity = maturityIn(seed, profile, options.year);
    const status = notStarted.has(ars)
      ? 'notStarted'
      : complete.has(ars)
        ? 'complete'
        : participation(seed, ars, options.year, maturity, rates);
    if (status === 'notStarted') return { ars, status };

    const answers = generateAnswers(options.definition, {
      seed,
      profile,
      year: options.year,
      propensity: propensity(maturity),
      fixed: strategy.has(ars) ? { A1: strategy.get(ars) } : {},
    });
    const time = stream(seed, 'timeline', ars, options.year);
    // Earlier starts and submits for the more mature regions, with plenty of noise.
    const startedAt = clamp(time.between(0.01, 0.6) - 0.05 * maturity, 0.005, 0.7);
    if (status === 'draft') {
      const kept = keepFirst(answers, time.between(0.1, 0.85));
      return { ars, status, answers: kept, timeline: { startedAt, lastSavedAt: time.between(startedAt, 1) } };
    }
    const submittedAt = startedAt + (0.98 - startedAt) * time.between(0.15, 0.9);
    const published = time.chance(rates.published);
    const publishedAt = published ? submittedAt + (1 - submittedAt) * time.between(0.1, 0.95) : null;
    return { ars, status, answers, published, timeline: { startedAt, submittedAt, publishedAt } };
  });
}

function participation(
  seed: string,
  ars: string,
  year: number,
  maturity: number,
  rates: ParticipationRates,
): 'complete' | 'draft' | 'notStarted' {
  // More mature regions take part a little more often.
  const u = clamp(stream(seed, 'participation', ars, year).uniform() - 0.12 * Math.tanh(maturity), 0, 1);
  if (u < rates.complete) return 'complete';
  if (u < rates.complete + rates.draft) return 'draft';
  return 'notStarted';
}

/** A draft: the answers of the first `share` of the questions answered, in questionnaire order (at least one). */
function keepFirst(answers: Answers, share: number): Answers {
  const codes = Object.keys(answers);
  const count = Math.max(1, Math.round(codes.length * share));
  return Object.fromEntries(codes.slice(0, count).map((code) => [code, answers[code]]));
}

/**
 * A1 of the default questionnaire per region, calibrated per level: in BASE_YEAR the regions of a level are
 * cut by their strategy latent at the quantiles of STRATEGY_SHARES, later years add the region's growth and
 * keep the cuts. Empty for definitions without that question.
 */
function strategyAnswers(
  seed: string,
  definition: QuestionnaireDefinition,
  profiles: RegionProfile[],
  year: number,
): Map<string, string> {
  const a1 = definition.sections.flatMap((s) => s.questions).find((q) => q.code === 'A1');
  const codes = STRATEGY_SHARES.map(([code]) => code);
  const result = new Map<string, string>();
  if (!a1 || a1.type !== 'singleChoice' || !codes.every((code) => a1.options.some((o) => o.code === code))) {
    return result;
  }
  const levels = new Map<string, RegionProfile[]>();
  for (const profile of profiles) {
    const members = levels.get(profile.region.level);
    if (members) members.push(profile);
    else levels.set(profile.region.level, [profile]);
  }
  for (const members of levels.values()) {
    const cuts = strategyCuts(members.map((p) => p.strategy));
    for (const profile of members) {
      const growth =
        year === BASE_YEAR
          ? 0
          : (year - BASE_YEAR) *
            // Strategies take a council decision: they move slower than the rest (57 % → about 48 % in two years).
            (0.6 * profile.growthPerYear + 0.08 * stream(seed, 'strategy-growth', profile.region.ars).normal());
      const latent = profile.strategy + growth;
      result.set(profile.region.ars, codes[cuts.filter((cut) => latent > cut).length]);
    }
  }
  return result;
}

/** Standard normal quantiles of the cumulative STRATEGY_SHARES (0.22, 0.57, 0.75, 0.87), for small groups. */
const NORMAL_CUTS = [-0.772, 0.176, 0.674, 1.126];

/** Cut k lies between the last region of the first k categories and the next one (by the latent). */
function strategyCuts(latents: number[]): number[] {
  // Too few regions for quantiles: the latent is roughly standard normal, so its quantiles will do.
  if (latents.length < 10) return NORMAL_CUTS;
  const sorted = [...latents].sort((a, b) => a - b);
  let cumulative = 0;
  return STRATEGY_SHARES.slice(0, -1).map(([, share]) => {
    cumulative += share;
    const i = clamp(Math.round(cumulative * sorted.length), 1, sorted.length - 1);
    return (sorted[i - 1] + sorted[i]) / 2;
  });
}
