import type { ApiErrorBody, ApiErrorCode } from '@digitalcheck/shared-contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiException } from './api-exception';
import { ApiValidationException } from './api-validation.exception';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable';

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Every error leaves the API in one shape (ApiErrorBody). Unknown errors become a plain 500: their
 * message, stack and SQL go to the log under the request id, never to the client. A database that cannot be
 * reached (restart, dropped connection) is a 503 DATABASE_UNAVAILABLE with Retry-After: the request did not
 * complete and may be repeated (autosaves carry an operationId, so a repeat is never applied twice).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = this.toBody(exception);
    // Outside /api only the dashboard's static files answer; their errors may name server paths.
    if (!request.path.startsWith('/api') && body.statusCode < 500) body.message = 'Not found.';
    body.requestId = request.id !== undefined ? String(request.id) : undefined;
    if (body.code === 'DATABASE_UNAVAILABLE') {
      this.logger.warn({ err: exception, requestId: body.requestId, path: request.url }, 'database unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId, path: request.url }, 'request failed');
    }
    if (response.headersSent) {
      response.end(); // a streamed answer broke off: end it rather than leave the client waiting
      return;
    }
    if (exception instanceof ApiException) response.set(exception.headers);
    if (body.code === 'DATABASE_UNAVAILABLE') response.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof ApiValidationException) {
      return {
        statusCode: exception.getStatus(),
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields.',
        errors: exception.fieldErrors,
      };
    }
    if (exception instanceof ApiException) {
      return { statusCode: exception.getStatus(), code: exception.code, message: exception.message };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      return {
        statusCode,
        code: CODE_BY_STATUS[statusCode] ?? codeForUnlisted(statusCode),
        message: messageOf(exception),
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database cannot be reached at the moment. Repeat the request shortly.',
      };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'An unexpected error occurred. It has been logged.' };
  }
}

function codeForUnlisted(status: number): ApiErrorCode {
  return status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST';
}

/** HttpExceptions thrown by our code carry a deliberate, client-safe message. */
function messageOf(exception: HttpException): string {
  if (exception.getStatus() >= HttpStatus.INTERNAL_SERVER_ERROR)
    return 'An unexpected error occurred. It has been logged.';
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return exception.message;
}
