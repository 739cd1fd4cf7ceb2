import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  QuestionnaireDiffResponse,
  QuestionnaireImportResult,
  QuestionnairePublishResult,
  QuestionnaireSummary,
  QuestionnaireVersionDetail,
} from '@digitalcheck/shared-contracts';
import type { DefinitionDiff, QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { Observable } from 'rxjs';

export const QUESTIONNAIRES_URL = '/api/v1/questionnaires';

/** `GET /api/v1/questionnaires/{id}/versions/{version}` with its definition typed. */
export type QuestionnaireVersion = QuestionnaireVersionDetail<QuestionnaireDefinition>;

/** `GET /api/v1/questionnaires/{id}/diff?from=&to=` with the diff typed. */
export type QuestionnaireDiff = QuestionnaireDiffResponse<DefinitionDiff>;

/** HTTP client for the questionnaire definitions. */
@Injectable({ providedIn: 'root' })
export class QuestionnairesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<QuestionnaireSummary[]> {
    return this.http.get<QuestionnaireSummary[]>(QUESTIONNAIRES_URL);
  }

  version(id: string, version: number): Observable<QuestionnaireVersion> {
    return this.http.get<QuestionnaireVersion>(
      `${QUESTIONNAIRES_URL}/${encodeURIComponent(id)}/versions/${encodeURIComponent(String(version))}`,
    );
  }

  /** What changed from version `from` to version `to`. */
  diff(id: string, from: number, to: number): Observable<QuestionnaireDiff> {
    return this.http.get<QuestionnaireDiff>(`${QUESTIONNAIRES_URL}/${encodeURIComponent(id)}/diff`, {
      params: new HttpParams().set('from', String(from)).set('to', String(to)),
    });
  }

  /**
   * `POST /api/v1/questionnaires/import` (ADMIN): stores the definition as a draft. Any parsed JSON value is sent
   * as JSON text, so the server validates exactly what the file contained; invalid → 400 `VALIDATION_FAILED`.
   */
  importDefinition(json: unknown): Observable<QuestionnaireImportResult> {
    return this.http.post<QuestionnaireImportResult>(`${QUESTIONNAIRES_URL}/import`, JSON.stringify(json), {
      headers: new HttpHeaders({ 'Content-Type': 'application/json' }),
    });
  }

  /** `POST /api/v1/questionnaires/{id}/versions/{version}/publish` (ADMIN): a published version never changes. */
  publish(id: string, version: number): Observable<QuestionnairePublishResult> {
    return this.http.post<QuestionnairePublishResult>(
      `${QUESTIONNAIRES_URL}/${encodeURIComponent(id)}/versions/${encodeURIComponent(String(version))}/publish`,
      null,
    );
  }
}

/** The version to show: the newest published one, else the newest of any status; null without versions. */
export function latestVersion(summary: QuestionnaireSummary): QuestionnaireSummary['versions'][number] | null {
  const newestFirst = [...summary.versions].sort((a, b) => b.version - a.version);
  return newestFirst.find((v) => v.status === 'published') ?? newestFirst[0] ?? null;
}
