/**
 * Questionnaire responses of /api/v1/questionnaires. The definition, diff, validation and score types live in
 * shared-scoring (which depends on this library), so they are type parameters here.
 */
export type QuestionnaireVersionStatus = 'draft' | 'published';

export interface QuestionnaireVersionMeta {
  questionnaireId: string;
  version: number;
  status: QuestionnaireVersionStatus;
  title: string;
  /** sha256 (hex) of the canonical JSON of the definition. */
  contentHash: string;
  createdAt: string;
  publishedAt: string | null;
}

export interface QuestionnaireSummary {
  id: string;
  /** Title of the latest version. */
  title: string;
  versions: { version: number; status: QuestionnaireVersionStatus; title: string; publishedAt: string | null }[];
}

export interface QuestionnaireVersionDetail<TDefinition = unknown> extends QuestionnaireVersionMeta {
  definition: TDefinition;
}

export interface QuestionnaireDiffResponse<TDiff = unknown> {
  questionnaireId: string;
  from: number;
  to: number;
  diff: TDiff;
  /** Question ids whose answers may be compared across the two versions. */
  comparableQuestions: string[];
}

export interface ScorePreviewRequest {
  answers: Record<string, unknown>;
  referencePopulation?: number;
}

export interface ScorePreviewResponse<TValidation = unknown, TScore = unknown> {
  validation: TValidation;
  submitValidation: TValidation;
  score: TScore;
}

/** `POST /api/v1/questionnaires/import` (admin): the definition was stored as a draft (or was equal). */
export interface QuestionnaireImportResult {
  outcome: 'created' | 'replaced' | 'unchanged';
  questionnaireId: string;
  version: number;
}

/** `POST /api/v1/questionnaires/{id}/versions/{version}/publish` (admin). */
export interface QuestionnairePublishResult {
  outcome: 'published' | 'already-published';
  version: QuestionnaireVersionMeta;
}
