/** `GET /api/v1/info`: what the dashboard shows in its footer and on the data sources page. */
export interface SystemInfo {
  product: 'Digitalcheck Kommune';
  version: string;
  /** `embedded` = PGlite in this process, `postgres` = a PostgreSQL server. */
  database: DatabaseKind;
}

export type DatabaseKind = 'embedded' | 'postgres';

/** `GET /api/health` follows @nestjs/terminus: status plus one entry per indicator. */
export interface HealthIndicatorState {
  status: 'up' | 'down';
  [detail: string]: unknown;
}

export interface HealthReport {
  status: 'ok' | 'error' | 'shutting_down';
  info?: Record<string, HealthIndicatorState>;
  error?: Record<string, HealthIndicatorState>;
  details: Record<string, HealthIndicatorState>;
}
