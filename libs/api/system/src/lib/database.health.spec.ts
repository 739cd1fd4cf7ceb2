import type { AppConfig } from '@digitalcheck/api-config';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import { DatabaseHealthIndicator } from './database.health';

const config = { database: { kind: 'postgres', url: 'postgres://x@y/z' } } as AppConfig;

function indicatorWith(dataSource: Partial<DataSource>) {
  return new DatabaseHealthIndicator(new HealthIndicatorService(), dataSource as DataSource, config);
}

describe('DatabaseHealthIndicator', () => {
  it('is up when the database answers', async () => {
    const indicator = indicatorWith({ query: jest.fn().mockResolvedValue([{ '?column?': 1 }]) });
    expect(await indicator.ping('database')).toEqual({ database: { status: 'up', kind: 'postgres' } });
  });

  it('is down without the driver’s message (it can name hosts and users) when the database fails', async () => {
    const indicator = indicatorWith({
      query: jest
        .fn()
        .mockRejectedValue(
          new Error('password authentication failed for user "digitalcheck" at db.intern\n    at Socket'),
        ),
    });
    expect(await indicator.ping('database')).toEqual({
      database: { status: 'down', kind: 'postgres', message: 'unreachable' },
    });
  });

  it('is down after 3 s when the database hangs', async () => {
    jest.useFakeTimers();
    try {
      const indicator = indicatorWith({ query: jest.fn().mockReturnValue(new Promise(() => undefined)) });
      const result = indicator.ping('database');
      await jest.advanceTimersByTimeAsync(3_000);
      expect(await result).toEqual({
        database: { status: 'down', kind: 'postgres', message: 'no answer within 3000 ms' },
      });
    } finally {
      jest.useRealTimers();
    }
  });

  it('lists pending migrations and is down while there are any', async () => {
    const indicator = indicatorWith({
      query: jest.fn().mockResolvedValue([{ name: 'CreateAuditEvent1764000000000' }]),
      migrations: [
        { name: 'CreateAuditEvent1764000000000' },
        { name: 'CreateRegion1764100000000' },
      ] as DataSource['migrations'],
    });
    expect(await indicator.migrations('migrations')).toEqual({
      migrations: { status: 'down', pending: 1, names: ['CreateRegion1764100000000'] },
    });
  });

  it('is up when every migration is applied', async () => {
    const indicator = indicatorWith({
      query: jest.fn().mockResolvedValue([{ name: 'CreateAuditEvent1764000000000' }]),
      migrations: [{ name: 'CreateAuditEvent1764000000000' }] as DataSource['migrations'],
    });
    expect(await indicator.migrations('migrations')).toEqual({ migrations: { status: 'up', pending: 0 } });
  });

  it('is down, not "all pending", when the migration table cannot be read', async () => {
    const indicator = indicatorWith({
      query: jest.fn().mockRejectedValue(Object.assign(new Error('terminating connection'), { code: '57P01' })),
      migrations: [{ name: 'CreateAuditEvent1764000000000' }] as DataSource['migrations'],
    });
    expect(await indicator.migrations('migrations')).toEqual({
      migrations: { status: 'down', message: 'cannot read the migration table' },
    });
  });
});
