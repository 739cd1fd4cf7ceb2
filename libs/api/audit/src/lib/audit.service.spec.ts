import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { DataSource } from 'typeorm';
import { AuditService } from './audit.service';
import { auditEntities, auditMigrations } from './audit.schema';

describe(`AuditService (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const audit = new AuditService();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, { entities: auditEntities, migrations: auditMigrations });
    await dataSource.runMigrations();
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('records an event in the caller’s transaction, with its details', async () => {
    await dataSource.transaction((manager) =>
      audit.record(manager, {
        action: 'response.submitted',
        entityType: 'response',
        entityId: 'r-1',
        actorId: '4d2f1a8e-0b7c-4c57-9a55-3a1f0d7e2b10',
        regionArs: '071310000000',
        details: { wave: 'rp-2026', score: 42.5, fields: ['VER', 'INF'] },
        requestId: 'req-12345678',
      }),
    );
    const [event] = await audit.trailOf(dataSource.manager, 'response', 'r-1');
    expect(event).toMatchObject({
      action: 'response.submitted',
      entityType: 'response',
      entityId: 'r-1',
      actorId: '4d2f1a8e-0b7c-4c57-9a55-3a1f0d7e2b10',
      regionArs: '071310000000',
      details: { wave: 'rp-2026', score: 42.5, fields: ['VER', 'INF'] },
      requestId: 'req-12345678',
    });
    expect(event.occurredAt).toBeInstanceOf(Date);
    expect(typeof event.id).toBe('string'); // bigint stays a string, as pg returns it
  });

  it('rolls back with the change it describes', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record(manager, { action: 'wave.extended', entityType: 'wave', entityId: 'w-9' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await audit.trailOf(dataSource.manager, 'wave', 'w-9')).toEqual([]);
  });

  it('keeps the trail in order and defaults what was not given', async () => {
    for (const action of ['response.created', 'response.answerSaved', 'response.submitted']) {
      await audit.record(dataSource.manager, { action, entityType: 'response', entityId: 'r-2' });
    }
    const trail = await audit.trailOf(dataSource.manager, 'response', 'r-2');
    expect(trail.map((event) => event.action)).toEqual([
      'response.created',
      'response.answerSaved',
      'response.submitted',
    ]);
    expect(trail[0]).toMatchObject({ actorId: null, regionArs: null, details: {}, requestId: null });
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE of events', async () => {
    await dataSource.transaction((manager) =>
      audit.record(manager, { action: 'auth.login', entityType: 'user', entityId: 'u-append' }),
    );
    for (const statement of [
      `UPDATE "audit_event" SET "action" = 'x' WHERE "entity_id" = 'u-append'`,
      `DELETE FROM "audit_event" WHERE "entity_id" = 'u-append'`,
      `TRUNCATE "audit_event"`,
    ]) {
      await expect(dataSource.query(statement)).rejects.toThrow(/the audit log is append-only/);
    }
    expect(await audit.trailOf(dataSource.manager, 'user', 'u-append')).toHaveLength(1);
  });
});
