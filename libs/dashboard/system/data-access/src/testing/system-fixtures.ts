import type { HealthReport, SystemInfo } from '@digitalcheck/shared-contracts';

/** Response bodies as the API sends them, for tests in this and other dashboard libraries. */
export const healthOk: HealthReport = {
  status: 'ok',
  info: { database: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' } },
};

export const healthDatabaseDown: HealthReport = {
  status: 'error',
  info: {},
  error: { database: { status: 'down', message: 'connection refused' } },
  details: { database: { status: 'down', message: 'connection refused' } },
};

export const systemInfo: SystemInfo = {
  product: 'Digitalcheck Kommune',
  version: '0.1.0',
  database: 'embedded',
};
