import { randomUUID } from 'node:crypto';
import { AuditService } from '@digitalcheck/api-audit';
import { Principal } from '@digitalcheck/api-auth';
import { openDataSource } from '@digitalcheck/api-database';
import { createTestDatabase, type TestDatabase } from '@digitalcheck/api-database/testing';
import { DefaultQuestionnaireSeedService } from '@digitalcheck/api-questionnaires';
import { ReferenceSeedService } from '@digitalcheck/api-regions';
import { databaseSchema } from '@digitalcheck/api-schema';
import { DefinitionCache } from '@digitalcheck/api-surveys';
import { NotFoundException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RawExportService, toRawResponse } from './raw-export.service';

const KIND = process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded';
const RLP = ['07131', '07132', '07133', '07134', '07135'];
const HESSEN = ['06411', '06412'];

/** Keyset paging over a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL), scoped by the principal. */
describe(`RawExportService (${KIND})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let service: RawExportService;
  let waveId: string;
  const admin = new Principal(randomUUID(), 'admin@test.example', 'Admin', [{ role: 'ADMIN', regionArs: '' }]);
  const analystRlp = new Principal(randomUUID(), 'rlp@test.example', 'RLP', [
    { role: 'STATE_ANALYST', regionArs: '07' },
  ]);
  const analystHe = new Principal(randomUUID(), 'he@test.example', 'HE', [{ role: 'STATE_ANALYST', regionArs: '06' }]);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, databaseSchema);
    await dataSource.runMigrations({ transaction: 'all' });
    await new ReferenceSeedService(dataSource).seed();
    await new DefaultQuestionnaireSeedService(dataSource).seed();
    waveId = randomUUID();
    await dataSource.query(
      `INSERT INTO "survey_wave" ("id", "title", "questionnaire_id", "questionnaire_version", "land_ars", "starts_at", "ends_at")
       VALUES ($1, 'Digitalcheck 2026', 'digitale-kommune', 1, '', now() - interval '1 day', now() + interval '30 days')`,
      [waveId],
    );
    for (const [index, ars] of [...RLP, ...HESSEN].entries()) {
      await dataSource.query(`INSERT INTO "survey_wave_region" ("wave_id", "region_ars") VALUES ($1, $2)`, [
        waveId,
        ars,
      ]);
      const responseId = randomUUID();
      await dataSource.query(
        `INSERT INTO "survey_response" ("id", "wave_id", "region_ars", "status") VALUES ($1, $2, $3, 'draft')`,
        [responseId, waveId, ars],
      );
      await dataSource.query(
        `INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at")
         VALUES ($1, 'A1', $2::jsonb, 1, now()), ($1, 'A2', $3::jsonb, 1, now())`,
        [responseId, JSON.stringify('abcde'[index % 5]), JSON.stringify(['VER', 'INF'])],
      );
    }
    service = new RawExportService(dataSource, new DefinitionCache(), new AuditService());
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  async function pagesOf(principal: Principal, land: string | null, pageSize: number): Promise<string[][]> {
    const plan = await service.plan(principal, waveId, land);
    const pages: string[][] = [];
    for await (const page of service.pages(principal, plan, pageSize)) {
      pages.push(page.map((row) => toRawResponse(row).ars));
    }
    return pages;
  }

  it('reads all responses in keyset pages by ARS', async () => {
    expect(await pagesOf(admin, null, 2)).toEqual([
      ['06411', '06412'],
      ['07131', '07132'],
      ['07133', '07134'],
      ['07135'],
    ]);
    expect(await pagesOf(admin, '07', 5)).toEqual([RLP]);
  });

  it('gives analysts their own Land only, and 404 for another', async () => {
    expect((await pagesOf(analystRlp, null, 3)).flat()).toEqual(RLP);
    expect((await pagesOf(analystHe, null, 3)).flat()).toEqual(HESSEN);
    await expect(service.plan(analystHe, waveId, '07')).rejects.toBeInstanceOf(NotFoundException);
    await expect(service.plan(analystRlp, randomUUID(), null)).rejects.toBeInstanceOf(NotFoundException);
  });

  it('reads answers, region and status as the layout needs them', async () => {
    const plan = await service.plan(admin, waveId, '07');
    const [first] = (await service.pages(admin, plan, 1).next()).value ?? [];
    expect(toRawResponse(first)).toMatchObject({
      ars: '07131',
      level: 'KREIS',
      kind: expect.any(String),
      status: 'draft',
      submittedAt: null,
      indexScore: null,
      fieldScores: {},
      answers: { A1: 'a', A2: ['VER', 'INF'] },
    });
    expect(plan.landLabel).toBe('Rheinland-Pfalz (07)');
  });
});
