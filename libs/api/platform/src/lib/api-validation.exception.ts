import type { ApiFieldError } from '@digitalcheck/shared-contracts';
import { HttpException, HttpStatus } from '@nestjs/common';

/** A request whose fields break their rules: 400, or 422 where the syntax is fine but the content is not allowed. */
export class ApiValidationException extends HttpException {
  constructor(
    readonly fieldErrors: ApiFieldError[],
    status: HttpStatus.BAD_REQUEST | HttpStatus.UNPROCESSABLE_ENTITY = HttpStatus.BAD_REQUEST,
  ) {
    super('The request has invalid fields.', status);
  }
}
