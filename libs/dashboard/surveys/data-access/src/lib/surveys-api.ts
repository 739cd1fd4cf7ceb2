import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AnswerSaveRequest,
  ResponseComparison,
  ResponseDetail,
  ResponseResult,
  ResponseStatus,
  SavedAnswer,
  WaveSummary,
} from '@digitalcheck/shared-contracts';
import type { AnswerValue, ResponseScore } from '@digitalcheck/shared-scoring';
import { Observable } from 'rxjs';

export const WAVES_URL = '/api/v1/waves';
export const RESPONSES_URL = '/api/v1/responses';

/** `GET /api/v1/responses/{id}` with the answer values typed. */
export type SurveyResponse = ResponseDetail<AnswerValue>;
/** `GET /api/v1/responses/{id}/result` with the score typed. */
export type SurveyResult = ResponseResult<ResponseScore>;
export type SurveySavedAnswer = SavedAnswer<AnswerValue>;

/** One of the caller's invited regions in a wave, with its response once opened. */
export interface MyWaveRegion {
  regionArs: string;
  responseId: string | null;
  status: ResponseStatus | null;
}

/** HTTP client for survey waves and responses (the respondent's side). */
@Injectable({ providedIn: 'root' })
export class SurveysApi {
  private readonly http = inject(HttpClient);

  /** Waves the caller manages or that invite one of their regions (`myRegions`). */
  waves(): Observable<WaveSummary[]> {
    return this.http.get<WaveSummary[]>(WAVES_URL);
  }

  mine(waveId: string): Observable<MyWaveRegion[]> {
    return this.http.get<MyWaveRegion[]>(`${WAVES_URL}/${encodeURIComponent(waveId)}/responses/mine`);
  }

  /** Get-or-create the response of an invited region. */
  open(waveId: string, regionArs: string): Observable<SurveyResponse> {
    return this.http.post<SurveyResponse>(
      `${WAVES_URL}/${encodeURIComponent(waveId)}/regions/${encodeURIComponent(regionArs)}/response`,
      null,
    );
  }

  response(id: string): Observable<SurveyResponse> {
    return this.http.get<SurveyResponse>(`${RESPONSES_URL}/${encodeURIComponent(id)}`);
  }

  saveAnswer(
    responseId: string,
    questionCode: string,
    request: AnswerSaveRequest<AnswerValue>,
  ): Observable<SurveySavedAnswer> {
    return this.http.put<SurveySavedAnswer>(
      `${RESPONSES_URL}/${encodeURIComponent(responseId)}/answers/${encodeURIComponent(questionCode)}`,
      request,
    );
  }

  /** 422 lists the codes of unanswered required questions. */
  submit(responseId: string): Observable<SurveyResponse> {
    return this.http.post<SurveyResponse>(`${RESPONSES_URL}/${encodeURIComponent(responseId)}/submit`, null);
  }

  result(responseId: string): Observable<SurveyResult> {
    return this.http.get<SurveyResult>(`${RESPONSES_URL}/${encodeURIComponent(responseId)}/result`);
  }

  /** The scores against the peer group median and the Land mean (409 before the submit). */
  comparison(responseId: string): Observable<ResponseComparison> {
    return this.http.get<ResponseComparison>(`${RESPONSES_URL}/${encodeURIComponent(responseId)}/comparison`);
  }
}
