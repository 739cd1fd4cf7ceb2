import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { QuestionnaireSummary, QuestionnaireVersionDetail } from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { Observable } from 'rxjs';

export const QUESTIONNAIRES_URL = '/api/v1/questionnaires';

/** `GET /api/v1/questionnaires/{id}/versions/{version}` with its definition typed. */
export type QuestionnaireVersion = QuestionnaireVersionDetail<QuestionnaireDefinition>;

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
}

/** The version to show: the newest published one, else the newest of any status; null without versions. */
export function latestVersion(summary: QuestionnaireSummary): QuestionnaireSummary['versions'][number] | null {
  const newestFirst = [...summary.versions].sort((a, b) => b.version - a.version);
  return newestFirst.find((v) => v.status === 'published') ?? newestFirst[0] ?? null;
}
