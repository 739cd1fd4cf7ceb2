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
    /** Single-question indicators of the response (e.g. `ohneStrategie`): true, false, or null (not answered). */
    indicators: Record<string, boolean | null>;
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

// ---- Region profile ----------------------------------------------------------------------------------

/** Median and quartiles of a group's scores; null values when suppressed (0 < n < minimumGroupSize) or n = 0. */
export interface AnalyticsBenchmark {
  /** Submitted responses of the group with a score here, the profiled region's own included. */
  n: number;
  suppressed: boolean;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

/** One row of a region profile: the index (`section` null) or a field. */
export interface AnalyticsProfileScore {
  section: string | null;
  title: string;
  /** The region's score, null when it has none (not submitted, field incomplete or not assessable). */
  score: number | null;
  maturityLevel: number | null;
  /** The peer group (same level, kind and size class, in the region's Land) within the wave. */
  peers: AnalyticsBenchmark;
  /** All submitted regions of the same level in the region's Land within the wave. */
  land: AnalyticsBenchmark;
  /** Rank among the regions of the same level in the Land (1 = highest; shared ranks); null without a score. */
  rank: number | null;
  /** Regions of that level in the Land with a score here. */
  rankOf: number;
  /** The region's P1 priority of the field (1–5); null for the index, without an answer or before submission. */
  priority: number | null;
  /** P1 marks the field "nicht relevant" (it stays out of the index); false for the index. */
  notRelevant: boolean;
  /** One of the nine fields of action P1 asks about (false for the index and e.g. Strategie & Steuerung). */
  fieldOfAction: boolean;
}

/** A derived indicator of the region, with the share among its Land's regions of the same level. */
export interface AnalyticsProfileIndicator {
  code: string;
  row: string | null;
  label: string;
  /** true / false; null when the region did not answer the question behind it. */
  value: boolean | null;
  land: AnalyticsShare;
}

/**
 * `GET /api/v1/analytics/waves/{waveId}/regions/{ars}`: everything about one invited region in one wave.
 * 404 when the region is not invited to the wave or not in the caller's Länder.
 */
export interface AnalyticsRegionProfile {
  waveId: string;
  waveTitle: string;
  minimumGroupSize: number;
  region: {
    ars: string;
    name: string;
    kind: string;
    level: RegionLevel;
    landArs: string;
    landName: string;
    population: number | null;
    sizeClass: string | null;
  };
  /** e.g. "Landkreis, 100.000 bis unter 150.000 Einwohner"; null without population. */
  peerGroup: { label: string; kind: string; sizeClass: string } | null;
  /** The region's response status in the wave; null when it has not started. */
  status: string | null;
  submittedAt: string | null;
  index: AnalyticsProfileScore;
  fields: AnalyticsProfileScore[];
  indicators: AnalyticsProfileIndicator[];
}

// ---- Trends ------------------------------------------------------------------------------------------

/** A wave in a trend, oldest first. */
export interface AnalyticsTrendWave {
  waveId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  questionnaireId: string;
  questionnaireVersion: number;
}

/** One point of a score series. */
export interface AnalyticsTrendPoint {
  waveId: string;
  /** The score (region trend) or the median (group trend); null when missing or suppressed. */
  value: number | null;
  /** Group trends only: submitted responses with a score; region trends: 1 or 0. */
  n: number;
  suppressed: boolean;
  /**
   * Whether this point may be joined to the previous wave's point: the figure is identical in both questionnaire
   * versions by the version diff (comparableFields / indexComparability). Always false for the first wave.
   */
  comparableWithPrevious: boolean;
}

export interface AnalyticsTrendSeries {
  /** null for the overall index, else the field's section code. */
  section: string | null;
  title: string;
  points: AnalyticsTrendPoint[];
}

/**
 * `GET /api/v1/analytics/regions/{ars}/trend`: the region's index and field scores in every wave that invited it
 * (and that the caller may see), oldest first.
 */
export interface AnalyticsRegionTrend {
  region: { ars: string; name: string; kind: string; level: RegionLevel; landArs: string };
  waves: AnalyticsTrendWave[];
  series: AnalyticsTrendSeries[];
}

/** One wave of a question trend: the distribution, or nothing when the question is not comparable there. */
export interface AnalyticsQuestionTrendPoint {
  waveId: string;
  /**
   * Whether the question (answers and options) is identical to the previous listed wave's version by the
   * version diff. A wave whose version lacks the question or changed it starts a new segment and says why.
   */
  comparableWithPrevious: boolean;
  /** e.g. "Frage in Version 2 geändert: Text, Optionen"; null when comparable or first. */
  note: string | null;
  /** Absent (null) when the wave's questionnaire has no such question. */
  total: AnalyticsAnswerGroup | null;
}

/**
 * `GET /api/v1/analytics/questions/{code}/trend?waveId=…&waveId=…` (2–10 waves, plus the usual filters): the
 * answer distribution of one question per wave, oldest first, each marked comparable with the previous one.
 */
export interface AnalyticsQuestionTrend {
  question: { code: string; text: string; type: string };
  filter: AnalyticsFilter;
  minimumGroupSize: number;
  waves: AnalyticsTrendWave[];
  points: AnalyticsQuestionTrendPoint[];
}
