import type { ApiErrorCode } from '@digitalcheck/shared-contracts';
import { HttpException } from '@nestjs/common';

/**
 * An HTTP error with its own machine-readable code (e.g. 401 INVALID_CREDENTIALS), for cases where the
 * status alone does not tell the dashboard which German message to show. `headers` (e.g. Retry-After)
 * are sent with the error body.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message, status);
  }
}
