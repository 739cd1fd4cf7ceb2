import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDataSource, runMigrationsExclusively } from '@digitalcheck/api-database';
import { createTestDatabase, TestDatabase } from '@digitalcheck/api-database/testing';
import { ReferenceSeedService } from '@digitalcheck/api-regions';
import { type Answers, DIGITALE_KOMMUNE_V1, scoreResponse } from '@digitalcheck/shared-scoring';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ensureDemoAccounts } from './accounts-setup';
import {
  DLT_ANSWERED,
  DLT_REPLICA_TITLE,
  dltRespondents,
  dltStrategyAnswer,
  seedDltReplicaWave,
} from './demo-dlt-wave';
import { importDemoData } from './demo-data';
import { DEMO_RESPONDENT_REGIONS, DEMO_WAVES, demoWavePeriod, seedDemoSurveys } from './demo-surveys';
import { databaseSchema } from '@digitalcheck/api-schema';

const silent = pino({ level: 'silent' });
const NOW = new Date('2026-11-24T10:00:00Z');
/** The shared geo folder beside the workspace (the VGs); without it the Kreise of the reference seed only. */
const GEO_DIR = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'geo');

// The seed in process, on both back ends (CI sets TEST_DATABASE_URL): what it writes row by row, and that
// it writes it once. The HTTP view of the same data is apps/api-e2e/src/surveys/demo-waves.spec.ts.
describe(`demo survey waves (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let waves: Array<{ id: string; title: string; starts_at: Date; ends_at: Date; closed_at: Date | null }>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.location, databaseSchema);
    await runMigrationsExclusively(dataSource);
    if (existsSync(GEO_DIR)) await importDemoData(dataSource, silent, GEO_DIR);
    else await new ReferenceSeedService(dataSource).seed();
    await ensureDemoAccounts(dataSource, silent);
    const report = await seedDemoSurveys(dataSource, silent, NOW);
    expect(report?.created).toEqual(DEMO_WAVES.map((wave) => wave.title));
    waves = await dataSource.query(
      `SELECT "id", "title", "starts_at", "ends_at", "closed_at" FROM "survey_wave" ORDER BY "title"`,
    );
  }, 120_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('makes a closed 2024 wave and a 2026 wave that is open at the time of seeding', () => {
    expect(waves.map((w) => w.title)).toEqual([
      'Digitalcheck Rheinland-Pfalz 2024',
      'Digitalcheck Rheinland-Pfalz 2026',
    ]);
    const [closed, open] = waves;
    expect(new Date(closed.ends_at).getTime()).toBeLessThan(NOW.getTime());
    expect(new Date(open.starts_at).getTime()).toBeLessThan(NOW.getTime());
    expect(new Date(open.ends_at).getTime()).toBeGreaterThan(NOW.getTime());
    expect(open.closed_at).toBeNull();
    expect(demoWavePeriod(DEMO_WAVES[1], NOW)).toEqual({
      startsAt: new Date(open.starts_at),
      endsAt: new Date(open.ends_at),
    });
  });

  it('stores submitted responses like a submit: score from scoreResponse, times, answers at version 1', async () => {
    const rows: Array<{
      id: string;
      region_ars: string;
      status: string;
      score: unknown;
      submitted_at: Date | null;
      published_at: Date | null;
      updated_at: Date;
      population: number | null;
      starts_at: Date;
      ends_at: Date;
    }> = await dataSource.query(
      `SELECT r."id", r."region_ars", r."status", r."score", r."submitted_at", r."published_at", r."updated_at",
              g."population", w."starts_at", w."ends_at"
         FROM "survey_response" r JOIN "survey_wave" w ON w."id" = r."wave_id"
         JOIN "region" g ON g."ars" = r."region_ars"`,
    );
    const answers: Array<{
      response_id: string;
      question_code: string;
      value: unknown;
      version: number;
      saved_at: Date;
    }> = await dataSource.query(
      `SELECT "response_id", "question_code", "value", "version", "saved_at" FROM "survey_answer"`,
    );
    expect(answers.every((a) => a.version === 1)).toBe(true);
    const byResponse = new Map<string, Answers>();
    for (const a of answers)
      byResponse.set(a.response_id, {
        ...byResponse.get(a.response_id),
        [a.question_code]: a.value as Answers[string],
      });

    const submitted = rows.filter((r) => r.status === 'submitted' || r.status === 'published');
    expect(submitted.length).toBeGreaterThan(rows.length / 2);
    for (const row of submitted) {
      const expected = scoreResponse(DIGITALE_KOMMUNE_V1, byResponse.get(row.id) ?? {}, {
        referencePopulation: row.population ?? undefined,
      });
      expect(row.score).toEqual(JSON.parse(JSON.stringify(expected)));
      const submittedAt = new Date(row.submitted_at as Date).getTime();
      expect(submittedAt).toBeGreaterThan(new Date(row.starts_at).getTime());
      expect(submittedAt).toBeLessThan(Math.min(new Date(row.ends_at).getTime(), NOW.getTime()));
      expect(row.published_at === null).toBe(row.status === 'submitted');
      expect(new Date(row.updated_at).getTime()).toBe(new Date(row.published_at ?? submittedAt).getTime());
    }
    for (const row of rows.filter((r) => r.status === 'draft')) {
      expect([row.score, row.submitted_at, row.published_at]).toEqual([null, null, null]);
      expect(byResponse.get(row.id)).toBeDefined();
    }
  });

  it('gives the demo respondents their 2024 response and leaves their 2026 response to them', async () => {
    const rows: Array<{ title: string; region_ars: string; status: string | null; mine: boolean }> =
      await dataSource.query(
        `SELECT w."title", wr."region_ars", r."status",
                (r."submitted_by" IS NOT NULL AND r."submitted_by" = r."created_by") AS "mine"
           FROM "survey_wave_region" wr JOIN "survey_wave" w ON w."id" = wr."wave_id"
           LEFT JOIN "survey_response" r ON r."wave_id" = wr."wave_id" AND r."region_ars" = wr."region_ars"
          WHERE wr."region_ars" = ANY($1) ORDER BY w."title", wr."region_ars"`,
        [DEMO_RESPONDENT_REGIONS],
      );
    const present = rows.filter((r) => r.title.endsWith('2024')).map((r) => r.region_ars);
    expect(present.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      if (row.title.endsWith('2024'))
        expect(row).toMatchObject({ status: expect.stringMatching(/^(submitted|published)$/), mine: true });
      else expect(row.status).toBeNull();
    }
  });

  it('writes nothing on a second run, also when two run at once', async () => {
    const count = async () =>
      (
        await dataSource.query(
          `SELECT (SELECT count(*) FROM "survey_wave") AS "waves", (SELECT count(*) FROM "survey_response") AS "responses",
                (SELECT count(*) FROM "survey_answer") AS "answers", (SELECT count(*) FROM "audit_event") AS "events"`,
        )
      )[0];
    const before = await count();
    const again = await Promise.all([
      seedDemoSurveys(dataSource, silent, NOW),
      seedDemoSurveys(dataSource, silent, NOW),
    ]);
    expect(again.map((report) => report?.created)).toEqual([[], []]);
    expect(await count()).toEqual(before);
  });

  it('writes a missing wave again, under the lock, without touching the other one', async () => {
    const [open] = waves.filter((w) => w.title.endsWith('2026'));
    await dataSource.query(
      `DELETE FROM "survey_answer" WHERE "response_id" IN (SELECT "id" FROM "survey_response" WHERE "wave_id" = $1)`,
      [open.id],
    );
    await dataSource.query(`DELETE FROM "survey_response" WHERE "wave_id" = $1`, [open.id]);
    await dataSource.query(`DELETE FROM "survey_wave" WHERE "id" = $1`, [open.id]);
    const [first, second] = await Promise.all([
      seedDemoSurveys(dataSource, silent, NOW),
      seedDemoSurveys(dataSource, silent, NOW),
    ]);
    expect([...(first?.created ?? []), ...(second?.created ?? [])]).toEqual(['Digitalcheck Rheinland-Pfalz 2026']);
    const titles: Array<{ title: string }> = await dataSource.query(
      `SELECT "title" FROM "survey_wave" ORDER BY "title"`,
    );
    expect(titles.map((t) => t.title)).toEqual(waves.map((w) => w.title));
  });

  it('seeds the DLT replica once: 294 Landkreise invited, 146 answered, 57 % without strategy (22 + 61)', async () => {
    expect(await seedDltReplicaWave(dataSource, silent)).toEqual({ created: true, responses: DLT_ANSWERED });
    const [wave]: Array<{ id: string; land_ars: string; invited: string }> = await dataSource.query(
      `SELECT w."id", w."land_ars", (SELECT count(*) FROM "survey_wave_region" r WHERE r."wave_id" = w."id") AS "invited"
         FROM "survey_wave" w WHERE w."title" = $1`,
      [DLT_REPLICA_TITLE],
    );
    expect(wave.land_ars).toBe('');
    expect(Number(wave.invited)).toBe(294);
    const rows: Array<{ status: string; a1: string; a2: boolean; no_strategy: boolean; laender: string }> =
      await dataSource.query(
        `SELECT r."status", a1."value" #>> '{}' AS "a1",
                EXISTS (SELECT 1 FROM "survey_answer" a WHERE a."response_id" = r."id" AND a."question_code" = 'A2') AS "a2",
                (r."score" -> 'indicators' ->> 'ohneStrategie')::boolean AS "no_strategy",
                left(r."region_ars", 2) AS "laender"
           FROM "survey_response" r
           JOIN "survey_answer" a1 ON a1."response_id" = r."id" AND a1."question_code" = 'A1'
          WHERE r."wave_id" = $1`,
        [wave.id],
      );
    expect(rows).toHaveLength(146);
    expect(rows.every((row) => ['submitted', 'published'].includes(row.status))).toBe(true);
    expect(rows.filter((row) => row.a1 === 'e')).toHaveLength(22);
    expect(rows.filter((row) => row.a1 === 'd')).toHaveLength(61);
    expect(rows.filter((row) => row.no_strategy)).toHaveLength(83);
    // A2 (about the existing strategy) is hidden for d and e and must not be stored there.
    expect(rows.filter((row) => ['d', 'e'].includes(row.a1) && row.a2)).toEqual([]);
    // Every one of the 13 Länder with Landkreise takes part.
    expect(new Set(rows.map((row) => row.laender)).size).toBe(13);
    expect(await seedDltReplicaWave(dataSource, silent)).toEqual({ created: false, responses: 0 });
  });

  it('spreads the DLT strategy answers: 22 e, 61 d, the rest a, b or c', () => {
    const answers = Array.from({ length: DLT_ANSWERED }, (_, i) => dltStrategyAnswer(i));
    expect(answers.filter((a) => a === 'e')).toHaveLength(22);
    expect(answers.filter((a) => a === 'd')).toHaveLength(61);
    // Slots 0, 37, 74, 111, 2: kein Thema, geplant, geplant, (111 mod 3 = 0) a, kein Thema.
    expect(answers.slice(0, 5)).toEqual(['e', 'd', 'd', 'a', 'e']);
    expect(dltRespondents(Array.from({ length: 294 }, (_, i) => String(i)))).toHaveLength(146);
  });
});
