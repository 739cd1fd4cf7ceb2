/**
 * The rows of one national synthetic wave: the wave, its invited regions, the responses (scored like a real
 * submit) and their answers. Pure and deterministic: ids are name-based UUIDs of the seed, times follow from
 * the wave's fixed period, answers come from @digitalcheck/demo-data.
 */
import { createHash } from 'node:crypto';
import { type DemoRegion, type DemoResponse, generateDemoWave, type ParticipationRates } from '@digitalcheck/demo-data';
import { type QuestionnaireDefinition, scoreResponse } from '@digitalcheck/shared-scoring';

/** A region that takes part: a Kreis or a synthetic Gemeinde. */
export type WaveRegion = DemoRegion;

export interface WaveRows {
  wave: {
    id: string;
    title: string;
    landArs: string;
    startsAt: string;
    endsAt: string;
    createdAt: string;
  };
  regions: string[];
  responses: ResponseRows;
  answers: AnswerRows;
  counts: { complete: number; draft: number; notStarted: number; published: number };
}

/** Column arrays, ready for INSERT … SELECT FROM unnest(…). */
export interface ResponseRows {
  id: string[];
  regionArs: string[];
  status: string[];
  /** JSON text or null (drafts). */
  score: Array<string | null>;
  createdAt: string[];
  updatedAt: string[];
  submittedAt: Array<string | null>;
  publishedAt: Array<string | null>;
}

export interface AnswerRows {
  responseId: string[];
  code: string[];
  /** JSON text. */
  value: string[];
  savedAt: string[];
}

const DAY = 86_400_000;
const MINUTE = 60_000;

export const WAVE_TITLE_PREFIX = 'Digitalcheck Deutschland ';
export const WAVE_TITLE_SUFFIX = ' (synthetisch)';

export function waveTitle(year: number): string {
  return `${WAVE_TITLE_PREFIX}${year}${WAVE_TITLE_SUFFIX}`;
}

/** 15 April (09:00 Berlin) to 30 June (24:00 Berlin) of the year; every wave has ended. */
export function wavePeriod(year: number): { startsAt: Date; endsAt: Date } {
  return { startsAt: new Date(Date.UTC(year, 3, 15, 7)), endsAt: new Date(Date.UTC(year, 5, 30, 22)) };
}

/**
 * Participation of an ended wave: it grows by five points a year; Gemeinden take part less often than Kreise
 * (2024: 74 % of the Kreise and 52 % of the Gemeinden complete, 5 % leave a draft). The generator lowers or
 * raises a region's chance a little by its maturity.
 */
export function participationOf(level: string, year: number): ParticipationRates {
  const trend = 0.05 * (year - 2024);
  const complete = level === 'KREIS' ? clamp(0.74 + trend, 0.4, 0.9) : clamp(0.52 + trend, 0.25, 0.8);
  return { complete, draft: 0.05, published: 0.85 };
}

/** A UUID (version 5 layout) named by the seed and the parts: the same names give the same id. */
export function nameUuid(...parts: Array<string | number>): string {
  const hex = createHash('sha1').update(parts.join('\u001f')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function buildWave(
  seed: string,
  definition: QuestionnaireDefinition,
  regions: readonly WaveRegion[],
  year: number,
  landArs: string,
): WaveRows {
  const { startsAt, endsAt } = wavePeriod(year);
  const waveId = nameUuid(seed, 'wave', year);
  // One generator call per level: participation differs, and the strategy question is calibrated per level anyway.
  const levels = [...new Set(regions.map((r) => r.level))].sort();
  const plans = new Map<string, DemoResponse>();
  for (const level of levels) {
    const members = regions.filter((r) => r.level === level);
    for (const plan of generateDemoWave({
      seed,
      definition,
      regions: members,
      year,
      phase: 'closed',
      participation: participationOf(level, year),
    })) {
      plans.set(plan.ars, plan);
    }
  }
  const until = endsAt.getTime() - 3_600_000;
  const at = (fraction: number) => startsAt.getTime() + fraction * (until - startsAt.getTime());
  const responses: ResponseRows = {
    id: [],
    regionArs: [],
    status: [],
    score: [],
    createdAt: [],
    updatedAt: [],
    submittedAt: [],
    publishedAt: [],
  };
  const answers: AnswerRows = { responseId: [], code: [], value: [], savedAt: [] };
  const counts = { complete: 0, draft: 0, notStarted: 0, published: 0 };
  for (const region of regions) {
    const plan = plans.get(region.ars) as DemoResponse;
    counts[plan.status]++;
    if (plan.status === 'notStarted') continue;
    const id = nameUuid(seed, 'response', year, region.ars);
    const opened = at(plan.timeline.startedAt);
    const lastSave =
      plan.status === 'draft' ? at(plan.timeline.lastSavedAt) : at(plan.timeline.submittedAt) - 2 * MINUTE;
    const codes = Object.keys(plan.answers);
    const savedAt = sittings(opened + MINUTE, Math.max(lastSave, opened + MINUTE), codes.length);
    codes.forEach((code, i) => {
      answers.responseId.push(id);
      answers.code.push(code);
      answers.value.push(JSON.stringify(plan.answers[code]));
      answers.savedAt.push(iso(savedAt[i]));
    });
    responses.id.push(id);
    responses.regionArs.push(region.ars);
    responses.createdAt.push(iso(opened));
    if (plan.status === 'draft') {
      responses.status.push('draft');
      responses.score.push(null);
      responses.updatedAt.push(iso(opened));
      responses.submittedAt.push(null);
      responses.publishedAt.push(null);
      continue;
    }
    const submittedAt = at(plan.timeline.submittedAt);
    const publishedAt = plan.timeline.publishedAt === null ? null : at(plan.timeline.publishedAt);
    if (plan.published) counts.published++;
    const score = scoreResponse(definition, plan.answers, { referencePopulation: region.population ?? undefined });
    responses.status.push(plan.published ? 'published' : 'submitted');
    responses.score.push(JSON.stringify(score));
    responses.updatedAt.push(iso(publishedAt ?? submittedAt));
    responses.submittedAt.push(iso(submittedAt));
    responses.publishedAt.push(publishedAt === null ? null : iso(publishedAt));
  }
  return {
    wave: {
      id: waveId,
      title: waveTitle(year),
      landArs,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      createdAt: new Date(startsAt.getTime() - 14 * DAY).toISOString(),
    },
    regions: regions.map((r) => r.ars),
    responses,
    answers,
    counts,
  };
}

const iso = (time: number) => new Date(time).toISOString();

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Save times of `count` answers: the first half in a sitting from `from`, the rest in one ending at `to`. */
function sittings(from: number, to: number, count: number): number[] {
  const step = Math.min(90_000, (to - from) / Math.max(1, count));
  const half = Math.ceil(count / 2);
  return Array.from({ length: count }, (_, i) => (i < half ? from + i * step : to - (count - 1 - i) * step));
}
