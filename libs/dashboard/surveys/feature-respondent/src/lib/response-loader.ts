import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { QuestionnairesApi } from '@digitalcheck/dashboard-questionnaires-data-access';
import { SurveysApi, describeSurveyError, type SurveyResponse } from '@digitalcheck/dashboard-surveys-data-access';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';

export interface LoadedResponse {
  response: SurveyResponse;
  definition: QuestionnaireDefinition;
}

export type ResponseLoadState =
  | { kind: 'loading' }
  | { kind: 'loaded'; value: LoadedResponse }
  | { kind: 'failed'; message: string; notFound: boolean };

/** A response with the questionnaire definition of its wave, as a load state (starts with `loading`). */
export function responseLoader(): (responseId: string) => Observable<ResponseLoadState> {
  const surveys = inject(SurveysApi);
  const questionnaires = inject(QuestionnairesApi);
  return (responseId) =>
    surveys.response(responseId).pipe(
      switchMap((response) =>
        questionnaires
          .version(response.questionnaireId, response.questionnaireVersion)
          .pipe(map((version) => ({ response, definition: version.definition }))),
      ),
      map((value): ResponseLoadState => ({ kind: 'loaded', value })),
      catchError((error: unknown) =>
        of<ResponseLoadState>({
          kind: 'failed',
          message: describeSurveyError(error).message,
          notFound: error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403),
        }),
      ),
      startWith<ResponseLoadState>({ kind: 'loading' }),
    );
}
