import { stdSerializers } from 'pino';

/**
 * TypeORM's QueryFailedError carries the SQL, its parameters (answers, e-mail addresses) and the driver's
 * detail line. The log keeps the message, code and stack to find the bug, not the personal data.
 */
const DROPPED = ['query', 'parameters', 'parameter', 'detail', 'driverError'];

export function safeErrorSerializer(error: Error): Record<string, unknown> {
  const serialised: Record<string, unknown> = { ...stdSerializers.err(error) };
  for (const key of DROPPED) delete serialised[key];
  return serialised;
}
