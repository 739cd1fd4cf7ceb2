import type { HealthIndicatorState, HealthReport, SystemInfo } from '@digitalcheck/shared-contracts';

/**
 * What the dashboard knows about the API, derived from one health check plus the info call.
 * - `operational`: health says ok;
 * - `degraded`: the API answered, but at least one indicator (e.g. the database) is down;
 * - `unreachable`: no health report at all (network error, proxy error, API not running).
 */
export type SystemStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | {
      kind: 'operational';
      health: HealthReport;
      info: SystemInfo | null;
      checkedAt: Date;
    }
  | {
      kind: 'degraded';
      health: HealthReport;
      info: SystemInfo | null;
      checkedAt: Date;
    }
  | { kind: 'unreachable'; checkedAt: Date };

export function classifySystemStatus(
  health: HealthReport | null,
  info: SystemInfo | null,
  checkedAt: Date,
): SystemStatus {
  if (health === null) return { kind: 'unreachable', checkedAt };
  const kind = health.status === 'ok' ? 'operational' : 'degraded';
  return { kind, health, info, checkedAt };
}

/** One row per terminus indicator, in the order the API reports them. */
export interface HealthComponent {
  key: string;
  up: boolean;
}

export function healthComponents(health: HealthReport): HealthComponent[] {
  return Object.entries(health.details ?? {}).map(([key, state]: [string, HealthIndicatorState]) => ({
    key,
    up: state?.status === 'up',
  }));
}
