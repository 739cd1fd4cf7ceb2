import { AUTH_ERROR_CODES } from './accounts';
import { EXPORT_ERROR_CODES } from './exports';
import { REPORT_ERROR_CODES } from './reports';
import { STRATEGY_ERROR_CODES } from './strategy';
import { SURVEY_ERROR_CODES } from './surveys';

/**
 * The one error shape every API endpoint returns (see docs/API.md).
 * `code` is machine-readable; the UI maps it to a German message. `message` is a short English
 * fallback for operators and API clients, never a stack trace or SQL.
 */
export interface ApiFieldError {
  /** Path of the offending field in the request body or query, e.g. `email` or `answers.0.value`. */
  field: string;
  /** Machine-readable code per field, e.g. `isEmail`, `isNotEmpty`, `unknownField`. */
  code: string;
  message: string;
}

export interface ApiErrorBody {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
  /** Present for validation errors (400/422): one entry per violated constraint. */
  errors?: ApiFieldError[];
  /** Correlates the response with the server log line. */
  requestId?: string;
}

export const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
  ...AUTH_ERROR_CODES,
  ...SURVEY_ERROR_CODES,
  ...REPORT_ERROR_CODES,
  ...EXPORT_ERROR_CODES,
  ...STRATEGY_ERROR_CODES,
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
