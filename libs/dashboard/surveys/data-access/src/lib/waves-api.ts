import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ResponseDetail,
  ResponseReopenRequest,
  WaveCreateRequest,
  WaveDetail,
  WaveExtendRequest,
  WaveParticipation,
  WaveSummary,
  WaveUpdateRequest,
} from '@digitalcheck/shared-contracts';
import { Observable } from 'rxjs';
import { RESPONSES_URL, WAVES_URL } from './surveys-api';

/** HTTP client for managing survey waves (ADMIN and STATE_ANALYST): waves, participation, reopen and publish. */
@Injectable({ providedIn: 'root' })
export class WavesApi {
  private readonly http = inject(HttpClient);

  /** Waves the caller manages (`manageable`) or sees, newest start first. */
  list(): Observable<WaveSummary[]> {
    return this.http.get<WaveSummary[]>(WAVES_URL);
  }

  get(id: string): Observable<WaveDetail> {
    return this.http.get<WaveDetail>(waveUrl(id));
  }

  /** 400 with field errors (`title`, `questionnaireVersion`, `regionArs`, `selectors.0`, `endsAt`, …). */
  create(request: WaveCreateRequest): Observable<WaveDetail> {
    return this.http.post<WaveDetail>(WAVES_URL, request);
  }

  /** Only before the start; afterwards 409 `WAVE_STARTED`. Given regions replace the invited ones. */
  update(id: string, request: WaveUpdateRequest): Observable<WaveDetail> {
    return this.http.patch<WaveDetail>(waveUrl(id), request);
  }

  close(id: string): Observable<WaveDetail> {
    return this.http.post<WaveDetail>(`${waveUrl(id)}/close`, null);
  }

  /** A later end (exclusive); 400 `endsAt` `notLater`, 409 `WAVE_CLOSED` after a close by hand. */
  extend(id: string, endsAt: string): Observable<WaveDetail> {
    const request: WaveExtendRequest = { endsAt };
    return this.http.post<WaveDetail>(`${waveUrl(id)}/extend`, request);
  }

  /** Invited, started and submitted, every region's state, and the reminder lists. */
  participation(id: string): Observable<WaveParticipation> {
    return this.http.get<WaveParticipation>(`${waveUrl(id)}/participation`);
  }

  /** submitted → reopened, audited with the reason; only while the wave is open. */
  reopen(responseId: string, reason: string): Observable<ResponseDetail> {
    const request: ResponseReopenRequest = { reason };
    return this.http.post<ResponseDetail>(`${responseUrl(responseId)}/reopen`, request);
  }

  /** submitted → published. */
  publish(responseId: string): Observable<ResponseDetail> {
    return this.http.post<ResponseDetail>(`${responseUrl(responseId)}/publish`, null);
  }
}

function waveUrl(id: string): string {
  return `${WAVES_URL}/${encodeURIComponent(id)}`;
}

function responseUrl(id: string): string {
  return `${RESPONSES_URL}/${encodeURIComponent(id)}`;
}
