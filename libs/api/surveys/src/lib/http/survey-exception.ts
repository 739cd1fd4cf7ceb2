import type { AnswerConflict, SurveyErrorBody, SurveyErrorCode } from '@digitalcheck/shared-contracts';
import { requestIdOf } from '@digitalcheck/api-auth';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';

/**
 * A survey error with its own code (WAVE_CLOSED, ANSWER_CONFLICT, …) and, for an answer conflict, the answer
 * as it is stored now. Answered by SurveyExceptionFilter in the usual error shape plus `conflict`.
 */
export class SurveyException extends HttpException {
  constructor(
    status: number,
    readonly code: SurveyErrorCode,
    message: string,
    readonly conflict?: AnswerConflict,
  ) {
    super(message, status);
  }
}

export function waveClosed(): SurveyException {
  return new SurveyException(409, 'WAVE_CLOSED', 'The wave is closed: answers can no longer be changed or submitted.');
}

/** Writes SurveyExceptions; everything else goes on to the global ApiExceptionFilter. */
@Catch(SurveyException)
export class SurveyExceptionFilter implements ExceptionFilter {
  catch(exception: SurveyException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const body: SurveyErrorBody = {
      statusCode: exception.getStatus(),
      code: exception.code,
      message: exception.message,
      ...(exception.conflict ? { conflict: exception.conflict } : {}),
      requestId: requestIdOf(request) || undefined,
    };
    http.getResponse<Response>().status(body.statusCode).json(body);
  }
}
