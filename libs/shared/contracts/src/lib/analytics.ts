/**
 * Analytics for admins and state analysts (issue 7): aggregates over the submitted and published responses of
 * one wave and a set of regions, computed in SQL from the scores stored at submit and the stored answers.
 *
 * Terms used throughout:
 * - **invited (N)**: regions of the wave in the selection (and in the caller's Länder).
 * - **submitted (n)**: of these, regions whose response is submitted or published; only these count anywhere.
 * - **base**: the submitted responses that have a value for the figure (an answered item, a scored field, an
 *   indicator that is true or false). Shares are n / base, never n / N.
 * - **suppressed**: 0 < base < minimumGroupSize; the figure is withheld (value null).
 */
import type { RegionLevel } from './regions';

export const ANALYTICS_SPLITS = ['kind', 'sizeClass'] as const;
export type AnalyticsSplit = (typeof ANALYTICS_SPLITS)[number];

/** The selection of regions; every given filter applies (AND). */
export interface AnalyticsFilter {
  landArs: string | null;
  level: RegionLevel | null;
  kind: string | null;
  /** A peer-group size class code of shared-regions, e.g. `100k-150k` (Kreise) or `lt10k` (Gemeindeverbände). */
  sizeClass: string | null;
  /** An explicit list of region keys; empty = no such filter. */
  regionArs: string[];
}

/** What every analytics answer starts with: which wave, which selection, and the small-n threshold. */
export interface AnalyticsScope {
  waveId: string;
  waveTitle: string;
  questionnaireId: string;
  questionnaireVersion: number;
  filter: AnalyticsFilter;
  minimumGroupSize: number;
}

/** "n von N": submitted (or published) of the invited regions in the selection. */
export interface AnalyticsParticipation {
  invited: number;
  submitted: number;
  /** submitted / invited, null when nobody is invited. */
  share: number | null;
  /** e.g. "83 von 146". */
  label: string;
}

/** A share with its n and base. */
export interface AnalyticsShare {
  /** Responses for which the statement holds; null when suppressed. */
  n: number | null;
  /** Responses with a value for the item (see `base` above). */
  base: number;
  /** n / base, unrounded; null when the base is 0 or the figure is suppressed. */
  share: number | null;
  suppressed: boolean;
}

/** A KPI tile: a derived indicator of the questionnaire (for a matrix indicator: one row). */
export interface AnalyticsKpi extends AnalyticsShare {
  /** The indicator code, e.g. `ohneStrategie`, `grossesHemmnis`. */
  code: string;
  /** The matrix row (e.g. the obstacle `b`), null for a single-question indicator. */
  row: string | null;
  /** e.g. "ohne Digitalstrategie", "großes Hemmnis: fehlende Finanzmittel". */
  label: string;
  /** The aggregation rule in words, for the tile's tooltip. */
  rule: string;
}

export interface AnalyticsHistogramBin {
  /** Inclusive lower bound (score points). */
  from: number;
  /** Exclusive upper bound, except the last bin, which includes 100. */
  to: number;
  count: number;
}

export interface AnalyticsLevelCount {
  level: number;
  name: string;
  count: number;
}

/** Distribution of the overall index (`section` null) or a field's score over the submitted responses. */
export interface AnalyticsScoreDistribution {
  section: string | null;
  title: string;
  /** Submitted responses with a score here (the base). */
  n: number;
  suppressed: boolean;
  /** percentile_cont (linear interpolation); null when n is 0 or suppressed. */
  median: number | null;
  quartiles: { q1: number; median: number; q3: number } | null;
  /** Counts per maturity level 1–5 (from the stored level); empty when suppressed. */
  levels: AnalyticsLevelCount[];
  /** Ten bins of 10 points: [0,10), …, [90,100]; empty when suppressed. */
  bins: AnalyticsHistogramBin[];
}

/** `GET /api/v1/analytics/waves/{waveId}/overview`. */
export interface AnalyticsOverview {
  scope: AnalyticsScope;
  participation: AnalyticsParticipation;
  /** Single-question indicators, e.g. "ohne Digitalstrategie". */
  kpis: AnalyticsKpi[];
  /** Rows of matrix indicators, e.g. "großes Hemmnis" per obstacle, highest share first. */
  obstacles: AnalyticsKpi[];
  index: AnalyticsScoreDistribution;
  fields: AnalyticsScoreDistribution[];
}

export interface AnalyticsRankingEntry {
  /** 1 for the highest score; equal scores share a rank (SQL rank()). */
  rank: number;
  ars: string;
  name: string;
  kind: string;
  score: number;
  maturityLevel: number | null;
}

/** `GET /api/v1/analytics/waves/{waveId}/ranking?by=index|<section>`. */
export interface AnalyticsRanking {
  scope: AnalyticsScope;
  /** `index` or a field's section code. */
  by: string;
  title: string;
  /** Submitted responses with a score here; the entries, highest first. */
  n: number;
  /** Submitted responses without a score here (field incomplete or not assessable). */
  unscored: number;
  entries: AnalyticsRankingEntry[];
}

/** `GET /api/v1/analytics/waves/{waveId}/heatmap`: regions × fields. */
export interface AnalyticsHeatmap {
  scope: AnalyticsScope;
  fields: Array<{ section: string; title: string }>;
  /** One row per submitted response, ordered by index (highest first, unscored last), then name. */
  rows: Array<{
    ars: string;
    name: string;
    kind: string;
    index: number | null;
    /** Scores in the order of `fields`; null where the field has no score. */
    scores: Array<number | null>;
  }>;
}

export interface AnalyticsOptionCount {
  code: string;
  label: string;
  /** Responses choosing this option; null when suppressed. */
  count: number | null;
  /** count / base; null when suppressed or the base is 0. For multiple choice the shares may add up to more than 1. */
  share: number | null;
}

/** The answers to a question (for a matrix: to one row) within one group. */
export interface AnalyticsAnswerRow {
  /** Matrix row code, null for other questions. */
  row: string | null;
  label: string;
  /** Submitted responses in the group that answered (the question is visible and has a valid option). */
  base: number;
  suppressed: boolean;
  options: AnalyticsOptionCount[];
}

export interface AnalyticsAnswerGroup {
  /** null for all regions of the selection; else the kind or the size class code. */
  key: string | null;
  label: string;
  /** Submitted responses in the group. */
  responses: number;
  rows: AnalyticsAnswerRow[];
}

/** `GET /api/v1/analytics/waves/{waveId}/questions/{code}/distribution?splitBy=kind|sizeClass`. */
export interface AnalyticsQuestionDistribution {
  scope: AnalyticsScope;
  question: { code: string; text: string; type: string };
  splitBy: AnalyticsSplit | null;
  total: AnalyticsAnswerGroup;
  /** One group per kind or size class present among the submitted responses; empty without splitBy. */
  groups: AnalyticsAnswerGroup[];
}
