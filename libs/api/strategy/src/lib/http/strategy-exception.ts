import { requestIdOf } from '@digitalcheck/api-auth';
import type { StrategyConflictBody, StrategyDraft } from '@digitalcheck/shared-contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';

/** 409 STRATEGY_CONFLICT: the draft was saved by someone else since `baseVersion`; carries the current draft. */
export class StrategyConflictException extends HttpException {
  constructor(readonly current: StrategyDraft) {
    super(`The draft is at version ${current.version}: load it and apply your changes again.`, 409);
  }
}

/** Writes StrategyConflictExceptions; everything else goes on to the global ApiExceptionFilter. */
@Catch(StrategyConflictException)
export class StrategyConflictFilter implements ExceptionFilter {
  catch(exception: StrategyConflictException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body: StrategyConflictBody = {
      statusCode: 409,
      code: 'STRATEGY_CONFLICT',
      message: exception.message,
      current: exception.current,
      requestId: requestIdOf(http.getRequest<Request>()) || undefined,
    };
    http.getResponse<Response>().status(409).json(body);
  }
}
