import type { ApiFieldError } from '@digitalcheck/shared-contracts';
import type { ValidationError } from 'class-validator';

/** class-validator names a forbidden (non-whitelisted) property this way; the API calls it `unknownField`. */
const CONSTRAINT_ALIASES: Record<string, string> = { whitelistValidation: 'unknownField' };

/** Flattens class-validator's tree into one entry per violated constraint, with dotted paths (`answers.0.value`). */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): ApiFieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: CONSTRAINT_ALIASES[constraint] ?? constraint,
      message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
