/**
 * Survey waves and responses (/api/v1/waves, /api/v1/responses). Answer values and scores are defined in
 * shared-scoring (which depends on this library), so they are type parameters or `unknown` here.
 */
import type { ApiErrorBody } from './api-error';
import type { RegionLevel } from './regions';

// ---- Errors -----------------------------------------------------------------------------------------

/** Machine-readable codes of survey errors, on top of API_ERROR_CODES. */
export const SURVEY_ERROR_CODES = [
  /** 409: the answer changed since `baseVersion`; the body carries `conflict.current`. */
  'ANSWER_CONFLICT',
  /** 409: the operation id was already used for another answer. */
  'OPERATION_REUSED',
  /** 409: the wave has not started yet. */
  'WAVE_NOT_OPEN',
  /** 409: the wave is closed (closed by hand or past its end date). */
  'WAVE_CLOSED',
  /** 409: the wave has started; only close and extend are possible. */
  'WAVE_STARTED',
  /** 409: the response's status does not allow this (e.g. answering a submitted response). */
  'RESPONSE_STATUS',
] as const;
export type SurveyErrorCode = (typeof SURVEY_ERROR_CODES)[number];

/** The answer as it is stored now; what a 409 ANSWER_CONFLICT hands back. */
export interface AnswerConflict<TValue = unknown> {
  /** version 0 (savedAt null): the question has no answer. */
  current: { value: TValue | null; version: number; savedAt: string | null; savedBy: string | null };
}

/** The error body of a survey error: the usual shape plus, for ANSWER_CONFLICT, the current answer. */
export interface SurveyErrorBody<TValue = unknown> extends Omit<ApiErrorBody, 'code'> {
  code: SurveyErrorCode;
  conflict?: AnswerConflict<TValue>;
}

// ---- Waves ------------------------------------------------------------------------------------------

/** `scheduled` before its start (editable), `open` while answers are taken, `closed` by hand or after its end. */
export const WAVE_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

/** All regions of one level in a Land, e.g. { landArs: '07', level: 'KREIS' }. */
export interface WaveRegionSelector {
  landArs: string;
  level: Exclude<RegionLevel, 'LAND'>;
}

/** `POST /api/v1/waves`. The invited regions are the union of `regionArs` and the regions of `selectors`. */
export interface WaveCreateRequest {
  title: string;
  questionnaireId: string;
  questionnaireVersion: number;
  regionArs?: string[];
  selectors?: WaveRegionSelector[];
  /** ISO timestamps; answers are taken from `startsAt` (inclusive) to `endsAt` (exclusive). */
  startsAt: string;
  endsAt: string;
}

/** `PATCH /api/v1/waves/{id}`: only before the start. Given regions replace the invited regions. */
export type WaveUpdateRequest = Partial<WaveCreateRequest>;

/** `POST /api/v1/waves/{id}/extend`. */
export interface WaveExtendRequest {
  endsAt: string;
}

export interface WaveSummary {
  id: string;
  title: string;
  questionnaireId: string;
  questionnaireVersion: number;
  /** The Land all invited regions lie in; '' when they span several Länder (admins only). */
  landArs: string;
  startsAt: string;
  endsAt: string;
  closedAt: string | null;
  status: WaveStatus;
  /** Number of invited regions. */
  invited: number;
  createdAt: string;
  updatedAt: string;
  /** The caller may edit, close and extend the wave. */
  manageable: boolean;
  /** For respondents: the caller's regions that are invited. */
  myRegions: string[];
}

export interface WaveDetail extends WaveSummary {
  regions: { ars: string; name: string }[];
}

export type ParticipationState = 'notStarted' | 'started' | 'submitted' | 'reopened' | 'published';

/** `GET /api/v1/waves/{id}/participation`: "n von N" and who still needs a reminder. */
export interface WaveParticipation {
  waveId: string;
  invited: number;
  /** Responses with at least one saved answer (any status). */
  started: number;
  /** Responses submitted or published. */
  submitted: number;
  regions: {
    ars: string;
    name: string;
    state: ParticipationState;
    responseId: string | null;
    answered: number;
  }[];
  /** Regions without any saved answer. */
  notStarted: string[];
  /** Regions not submitted (not started, in progress or reopened). */
  notSubmitted: string[];
}

// ---- Responses --------------------------------------------------------------------------------------

export const RESPONSE_STATUSES = ['draft', 'submitted', 'reopened', 'published'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** `PUT /api/v1/responses/{id}/answers/{questionCode}`. `baseVersion` 0 = the question had no answer yet. */
export interface AnswerSaveRequest<TValue = unknown> {
  value: TValue | null;
  baseVersion: number;
  /** Client-generated UUID; a repeat returns the original result and is never applied twice. */
  operationId: string;
}

export interface SavedAnswer<TValue = unknown> {
  questionCode: string;
  value: TValue | null;
  /** Per-question counter: 1 after the first save. */
  version: number;
  savedAt: string;
  /** Display name of the person who saved. */
  savedBy: string | null;
}

export interface SectionProgress {
  section: string;
  answered: number;
  visible: number;
  share: number;
}

export interface ResponseDetail<TValue = unknown> {
  id: string;
  waveId: string;
  waveTitle: string;
  waveStatus: WaveStatus;
  regionArs: string;
  regionName: string;
  questionnaireId: string;
  questionnaireVersion: number;
  status: ResponseStatus;
  answers: Record<string, Omit<SavedAnswer<TValue>, 'questionCode'>>;
  /** Questions whose condition is false: their answers are kept but count nowhere. */
  hiddenQuestions: string[];
  progress: { answered: number; visible: number; share: number; sections: SectionProgress[] };
  /** The caller may save answers and submit now. */
  editable: boolean;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

/** `POST /api/v1/responses/{id}/reopen`. */
export interface ResponseReopenRequest {
  reason: string;
}

/** `GET /api/v1/responses/{id}/result`: the scores stored at submit. */
export interface ResponseResult<TScore = unknown> {
  responseId: string;
  status: ResponseStatus;
  submittedAt: string;
  score: TScore;
}

// ---- Comparison -------------------------------------------------------------------------------------

/** An aggregate over a group of responses; below `minimumGroupSize` members the value is suppressed. */
export interface GroupAggregate {
  /** Responses in the group with a score here (submitted or published, the caller's own included). */
  members: number;
  /** Median (peer group) or mean (Land), unrounded; null when suppressed or nobody has a score. */
  value: number | null;
  /** True when 0 < members < minimumGroupSize: the value is withheld so no single response can be inferred. */
  suppressed: boolean;
}

/** One row of the comparison: the overall index (`section` null) or a field. */
export interface ScoreComparisonRow {
  section: string | null;
  title: string;
  /** The caller's own score, null when the field or index has none. */
  own: number | null;
  peerMedian: GroupAggregate;
  /**
   * First and third quartile of the peer group (linear interpolation, as percentile_cont); null whenever the
   * median is (suppressed or nobody has a score). Always present in the API's answers.
   */
  peerQuartiles?: { q1: number; q3: number } | null;
  landAverage: GroupAggregate;
}

/**
 * `GET /api/v1/responses/{id}/comparison`, once the response is submitted: its scores against the median of
 * its peer group (same kind and size class) and the mean of its Land (same level), both over the submitted
 * and published responses of the same wave. Only aggregates, never other regions' values or names.
 */
export interface ResponseComparison {
  responseId: string;
  waveId: string;
  minimumGroupSize: number;
  /** The peer group, e.g. "Landkreis, 100.000 bis unter 150.000 Einwohner"; null without population. */
  peerGroup: { label: string; members: number } | null;
  land: { ars: string; name: string; members: number };
  index: ScoreComparisonRow;
  fields: ScoreComparisonRow[];
}
