/**
 * From assessment to strategy (issue 9): the catalogue of measures, recommendations for a submitted response,
 * the region's Digitalstrategie draft and the Land's view of what is planned.
 *
 * Fields of action are the nine P1 rows (VER, INF, BIL, WIR, TOU, SEN, SOZ, ORT, ALL).
 */

/**
 * Machine-readable codes of the strategy endpoints, on top of API_ERROR_CODES: 409 RESPONSE_NOT_SUBMITTED
 * (recommendations and drafts need a submitted or published response), 409 MEASURE_CONFLICT (a measure saved
 * on top of an old `baseVersion`), 409 STRATEGY_CONFLICT (a draft saved on top of an old `baseVersion`).
 */
export const STRATEGY_ERROR_CODES = ['RESPONSE_NOT_SUBMITTED', 'MEASURE_CONFLICT', 'STRATEGY_CONFLICT'] as const;
export type StrategyErrorCode = (typeof STRATEGY_ERROR_CODES)[number];

/** A condition on questionnaire answers, in the questionnaire's condition language (shared-scoring `Condition`). */
export type MeasureCondition = Record<string, unknown>;

export const MEASURE_EFFORTS = ['gering', 'mittel', 'hoch'] as const;
export type MeasureEffort = (typeof MEASURE_EFFORTS)[number];

export interface MeasureExample {
  /** e.g. "Dorf-App der Verbandsgemeinde Musterhausen" (our own wording, no real claims). */
  title: string;
  description: string;
}

/** `GET /api/v1/measures` (signed in), `POST /api/v1/measures`, `PUT /api/v1/measures/{id}` (ADMIN). */
export interface Measure {
  id: string;
  /** Stable code, e.g. "VER-01". */
  code: string;
  /** Field of action (section code). */
  field: string;
  title: string;
  description: string;
  effort: MeasureEffort;
  /** Cost range in euro. */
  costMin: number;
  costMax: number;
  /** Must hold for the measure to be suggested; null = always possible. */
  prerequisite: MeasureCondition | null;
  /** Question codes (or matrix rows "P1.VER") whose answers the measure improves. */
  improves: string[];
  example: MeasureExample;
  /** Archived measures are no longer suggested; drafts that chose them keep them. */
  archived: boolean;
  /** Optimistic concurrency: PUT sends the version it edited (`baseVersion`). */
  version: number;
  updatedAt: string;
}

export type MeasureInput = Omit<Measure, 'id' | 'version' | 'updatedAt'>;

/** An item the measure addresses: low-scoring (item score < 50) or unanswered. */
export interface AddressedItem {
  questionCode: string;
  questionText: string;
  /** 0–100, null when unanswered. */
  itemScore: number | null;
}

export interface MeasureRecommendation {
  measure: Measure;
  /** One German sentence: "Empfohlen, weil …". */
  reason: string;
  addresses: AddressedItem[];
}

export interface FieldRecommendation {
  field: string;
  title: string;
  score: number | null;
  maturityLevel: number | null;
  /** P1 priority 1–5; null when unanswered (counted as 3, see `formula`). */
  priority: number | null;
  /** Points to the next maturity level's lower bound (0 at level 5). */
  gap: number;
  /** priority × gap; the fields are ordered by it, highest first. */
  urgency: number;
  rank: number;
  /** One German sentence: "Vorrangig, weil …". */
  reason: string;
  measures: MeasureRecommendation[];
}

/** `GET /api/v1/responses/{id}/recommendations` (submitted responses; 409 RESPONSE_NOT_SUBMITTED otherwise). */
export interface Recommendations {
  responseId: string;
  waveId: string;
  waveTitle: string;
  regionArs: string;
  regionName: string;
  /** The ranking rule in German, shown on the page. */
  formula: string;
  /** Fields marked "nicht relevant" in P1 are left out. */
  fields: FieldRecommendation[];
}

/** One chosen measure in the draft. */
export interface StrategyMeasure {
  measureId: string;
  goal: string;
  responsible: string;
  /** "2027-01" … "2027-12" (month precision). */
  startMonth: string | null;
  endMonth: string | null;
  budgetEur: number | null;
}

export interface StrategyContent {
  /** 2–3 fields of action. */
  focusFields: string[];
  /** Overall goals of the strategy (free text). */
  vision: string;
  measures: StrategyMeasure[];
}

/** `GET /api/v1/responses/{id}/strategy`: the region's draft for that response (the whole region team may edit). */
export interface StrategyDraft {
  responseId: string;
  regionArs: string;
  regionName: string;
  content: StrategyContent;
  /** 0 before the first save. */
  version: number;
  savedAt: string | null;
  savedBy: string | null;
}

/** `PUT /api/v1/responses/{id}/strategy`: 409 STRATEGY_CONFLICT (body: the current draft) when baseVersion is old. */
export interface SaveStrategyRequest {
  baseVersion: number;
  content: StrategyContent;
}

/** `GET /api/v1/responses/{id}/strategy/versions`: newest first. */
export interface StrategyVersionSummary {
  version: number;
  savedAt: string;
  savedBy: string | null;
}

/** `GET /api/v1/analytics/waves/{id}/strategy-plans?landArs=` (ADMIN, STATE_ANALYST): what the drafts plan. */
export interface StrategyPlans {
  waveId: string;
  /** Drafts with at least one focus field. */
  drafts: number;
  fields: { field: string; title: string; count: number }[];
  measures: { measureId: string; code: string; title: string; field: string; count: number }[];
}

/** The body of 409 STRATEGY_CONFLICT: the usual error shape plus the draft as it is stored now. */
export interface StrategyConflictBody {
  statusCode: 409;
  code: 'STRATEGY_CONFLICT';
  message: string;
  current: StrategyDraft;
  requestId?: string;
}

/** One row of the Ausgangslage: the index (`field` null) or a field of action. */
export interface StrategyBaselineRow {
  field: string | null;
  title: string;
  score: number | null;
  maturityLevel: number | null;
  /** P1 priority 1–5 (fields only), null when not given. */
  priority: number | null;
  /** Median of the peer group; null when suppressed (fewer than the minimum group size) or unknown. */
  peerMedian: number | null;
}

/** A chosen measure with what the catalogue says about it. */
export interface StrategyDocumentMeasure extends StrategyMeasure {
  code: string;
  title: string;
  description: string;
  field: string;
  fieldTitle: string;
}

/**
 * `GET /api/v1/responses/{id}/strategy/document`: the draft laid out as a municipal Digitalstrategie, the one
 * model both exports (DOCX, and the PDF print route `/bericht/strategie/:responseId`) render.
 */
export interface StrategyDocument {
  responseId: string;
  regionArs: string;
  regionName: string;
  waveTitle: string;
  version: number;
  savedAt: string | null;
  savedBy: string | null;
  /** Ausgangslage. */
  baseline: {
    /** e.g. "Landkreis, 100.000 bis unter 150.000 Einwohner"; null without one. */
    peerGroup: string | null;
    index: StrategyBaselineRow;
    fields: StrategyBaselineRow[];
  };
  /** Handlungsfelder: the focus fields with their baseline row. */
  focusFields: StrategyBaselineRow[];
  vision: string;
  /** Maßnahmen (also Zeitplan and Verantwortlichkeiten), in the draft's order. */
  measures: StrategyDocumentMeasure[];
}
