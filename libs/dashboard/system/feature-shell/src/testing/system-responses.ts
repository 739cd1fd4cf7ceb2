import type { HealthReport, SystemInfo } from '@digitalcheck/shared-contracts';

/** Bodies as the API sends them (terminus health, `/api/v1/info`). */
export const healthOk: HealthReport = {
  status: 'ok',
  info: { database: { status: 'up' } },
  error: {},
  details: { database: { status: 'up' } },
};

export const healthDatabaseDown: HealthReport = {
  status: 'error',
  info: {},
  error: { database: { status: 'down' } },
  details: { database: { status: 'down' } },
};

export const systemInfo: SystemInfo = {
  product: 'Digitalcheck Kommune',
  version: '0.1.0',
  database: 'embedded',
};
