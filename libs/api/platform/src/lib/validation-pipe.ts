import { ValidationPipe } from '@nestjs/common';
import { ApiValidationException } from './api-validation.exception';
import { toFieldErrors } from './field-errors';

/** The one global pipe: unknown fields are errors, payloads become DTO instances, every violation is reported. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ApiValidationException(toFieldErrors(errors)),
  });
}
