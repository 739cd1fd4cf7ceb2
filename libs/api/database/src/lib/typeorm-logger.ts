import type { Logger as TypeOrmLogger } from 'typeorm';

/** Where TypeORM's own messages go: the API passes its pino logger, so all logs stay structured. */
export interface LogSink {
  error(object: object, message: string): void;
  warn(object: object, message: string): void;
  info(object: object, message: string): void;
}

/** Query errors are logged server-side with their SQL; they never reach a client (see the error filter). */
export class TypeOrmLogAdapter implements TypeOrmLogger {
  constructor(private readonly sink: LogSink) {}

  logQuery(): void {
    // Queries are not logged: too many, and they can hold personal data.
  }

  logQueryError(error: string | Error, query: string): void {
    this.sink.error({ err: error, query }, 'database query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.sink.warn({ durationMs: time, query }, 'slow database query');
  }

  logSchemaBuild(message: string): void {
    this.sink.info({}, message);
  }

  logMigration(message: string): void {
    this.sink.info({}, message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink.warn({}, String(message));
    else this.sink.info({}, String(message));
  }
}
