import { healthDatabaseDown, healthOk, systemInfo } from '../testing/system-fixtures';
import { databaseLabel } from './database-label';
import { classifySystemStatus, healthComponents } from './system-status';

describe('classifySystemStatus', () => {
  const at = new Date('2026-11-24T10:00:00Z');

  it('is operational when health is ok', () => {
    expect(classifySystemStatus(healthOk, systemInfo, at)).toEqual({
      kind: 'operational',
      health: healthOk,
      info: systemInfo,
      checkedAt: at,
    });
  });

  it('is degraded when an indicator is down', () => {
    expect(classifySystemStatus(healthDatabaseDown, systemInfo, at).kind).toBe('degraded');
  });

  it('is unreachable without a health report, even if info answered', () => {
    expect(classifySystemStatus(null, systemInfo, at)).toEqual({
      kind: 'unreachable',
      checkedAt: at,
    });
  });

  it('stays operational when only the info call failed', () => {
    expect(classifySystemStatus(healthOk, null, at)).toMatchObject({
      kind: 'operational',
      info: null,
    });
  });
});

describe('healthComponents', () => {
  it('lists each indicator with up or down', () => {
    expect(healthComponents(healthOk)).toEqual([{ key: 'database', up: true }]);
    expect(healthComponents(healthDatabaseDown)).toEqual([{ key: 'database', up: false }]);
  });
});

describe('databaseLabel', () => {
  it('names both database modes in German', () => {
    expect(databaseLabel('embedded')).toBe('eingebettet (PGlite)');
    expect(databaseLabel('postgres')).toBe('PostgreSQL-Server');
  });
});
