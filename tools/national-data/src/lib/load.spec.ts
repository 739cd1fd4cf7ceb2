import { openDataSource, runMigrationsExclusively } from '@digitalcheck/api-database';
import { createTestDatabase, type TestDatabase } from '@digitalcheck/api-database/testing';
import { DIGITALE_KOMMUNE_V1, scoreResponse } from '@digitalcheck/shared-scoring';
import type { DataSource } from 'typeorm';
import { SYNTHETIC_SUFFIX } from './gemeinden';
import { type LoadOutcome, loadNationalData, NationalDataPresentError, type NationalDataOptions } from './load';
import { databaseSchema } from '@digitalcheck/api-schema';

const SMALL: NationalDataOptions = { seed: 'national-test', gemeinden: 200, waves: 2, laender: ['07', '10'] };

/** A digest of everything the loader writes (ids, times, answers and scores), to compare two loads. */
async function digest(dataSource: DataSource): Promise<Record<string, string>> {
  const one = async (sql: string) => ((await dataSource.query(sql)) as Array<{ d: string }>)[0].d;
  return {
    region: await one(
      `SELECT md5(string_agg(concat_ws('|', ars, ags, name, search_text, level, kind, parent_ars, land_ars, population), ',' ORDER BY ars)) AS d
         FROM region WHERE level = 'GEMEINDE'`,
    ),
    wave: await one(
      `SELECT md5(string_agg(concat_ws('|', id, title, land_ars, starts_at, ends_at, created_at), ',' ORDER BY id)) AS d FROM survey_wave`,
    ),
    invited: await one(
      `SELECT md5(string_agg(wave_id || region_ars, ',' ORDER BY wave_id, region_ars)) AS d FROM survey_wave_region`,
    ),
    response: await one(
      `SELECT md5(string_agg(concat_ws('|', id, wave_id, region_ars, status, score::text, created_at, updated_at,
              submitted_at, published_at), ',' ORDER BY id)) AS d FROM survey_response`,
    ),
    answer: await one(
      `SELECT md5(string_agg(concat_ws('|', response_id, question_code, value::text, version, saved_at), ','
              ORDER BY response_id, question_code)) AS d FROM survey_answer`,
    ),
  };
}

async function freshLoad(): Promise<{ database: TestDatabase; dataSource: DataSource; outcome: LoadOutcome }> {
  const database = await createTestDatabase();
  const dataSource = await openDataSource(database.location, databaseSchema);
  await runMigrationsExclusively(dataSource);
  const outcome = await loadNationalData(dataSource, SMALL);
  return { database, dataSource, outcome };
}

// On PostgreSQL when TEST_DATABASE_URL is set (CI), else on the embedded database: the loader's SQL is the same.
describe(`national synthetic data, small run (${process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'embedded'})`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let outcome: LoadOutcome;

  beforeAll(async () => {
    ({ database, dataSource, outcome } = await freshLoad());
  }, 180_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('writes about 200 synthetic Gemeinden under the Kreise of RLP and the Saarland, marked synthetic', async () => {
    expect(outcome.status).toBe('loaded');
    const rows: Array<{ ars: string; name: string; parent_ars: string; land_ars: string; kreis_level: string }> =
      await dataSource.query(
        `SELECT g.ars, g.name, g.parent_ars, g.land_ars, k.level AS kreis_level
           FROM region g JOIN region k ON k.ars = g.parent_ars WHERE g.level = 'GEMEINDE'`,
      );
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.length).toBeLessThanOrEqual(210);
    for (const row of rows) {
      expect(row.kreis_level).toBe('KREIS');
      expect(row.ars.slice(0, 5)).toBe(row.parent_ars);
      expect(['07', '10']).toContain(row.land_ars);
      expect(row.name.endsWith(SYNTHETIC_SUFFIX)).toBe(true);
    }
  });

  it('writes two waves (2025, 2026) over all Kreise and Gemeinden of both Länder, with partial participation', async () => {
    const waves: Array<{ title: string; land_ars: string; invited: string; responses: string; submitted: string }> =
      await dataSource.query(
        `SELECT w.title, w.land_ars,
                (SELECT count(*) FROM survey_wave_region i WHERE i.wave_id = w.id) AS invited,
                (SELECT count(*) FROM survey_response r WHERE r.wave_id = w.id) AS responses,
                (SELECT count(*) FROM survey_response r WHERE r.wave_id = w.id AND r.status <> 'draft') AS submitted
           FROM survey_wave w ORDER BY w.title`,
      );
    const [{ n: regions }]: Array<{ n: string }> = await dataSource.query(
      `SELECT count(*) AS n FROM region WHERE land_ars IN ('07', '10') AND valid_to IS NULL AND level IN ('KREIS', 'GEMEINDE')`,
    );
    expect(waves.map((w) => w.title)).toEqual([
      'Digitalcheck Deutschland 2025 (synthetisch)',
      'Digitalcheck Deutschland 2026 (synthetisch)',
    ]);
    for (const wave of waves) {
      expect(wave.land_ars).toBe('');
      expect(Number(wave.invited)).toBe(Number(regions));
      const share = Number(wave.submitted) / Number(wave.invited);
      expect(share).toBeGreaterThan(0.4);
      expect(share).toBeLessThan(0.9);
    }
    if (outcome.status === 'loaded') {
      expect(outcome.counts.map((c) => c.year)).toEqual([2025, 2026]);
      const byTable = Object.fromEntries(outcome.tables.map((t) => [t.table, t.rows]));
      const [{ n: answers }]: Array<{ n: string }> = await dataSource.query(`SELECT count(*) AS n FROM survey_answer`);
      expect(byTable['survey_answer']).toBe(Number(answers));
    }
  });

  it('stores submitted responses like a submit: score = scoreResponse(answers, population), answers at version 1', async () => {
    const rows: Array<{ id: string; score: unknown; population: number | null; answers: Record<string, unknown> }> =
      await dataSource.query(
        `SELECT r.id, r.score, g.population, jsonb_object_agg(a.question_code, a.value) AS answers
           FROM survey_response r JOIN region g ON g.ars = r.region_ars JOIN survey_answer a ON a.response_id = r.id
          WHERE r.status <> 'draft' GROUP BY r.id, r.score, g.population ORDER BY r.id LIMIT 40`,
      );
    expect(rows.length).toBe(40);
    for (const row of rows) {
      const expected = scoreResponse(DIGITALE_KOMMUNE_V1, row.answers as never, {
        referencePopulation: row.population ?? undefined,
      });
      expect(row.score).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const [{ versions }]: Array<{ versions: number[] }> = await dataSource.query(
      `SELECT array_agg(DISTINCT version) AS versions FROM survey_answer`,
    );
    expect(versions).toEqual([1]);
    const [{ n: drafts }]: Array<{ n: string }> = await dataSource.query(
      `SELECT count(*) AS n FROM survey_response WHERE status = 'draft' AND score IS NULL`,
    );
    expect(Number(drafts)).toBeGreaterThan(0);
  });

  it('is idempotent for the same options and refuses other options', async () => {
    const before = await digest(dataSource);
    await expect(loadNationalData(dataSource, SMALL)).resolves.toMatchObject({ status: 'present' });
    await expect(loadNationalData(dataSource, { ...SMALL, seed: 'other' })).rejects.toThrow(NationalDataPresentError);
    expect(await digest(dataSource)).toEqual(before);
  });

  it('is deterministic: a second database loaded with the same seed holds identical data', async () => {
    const first = await digest(dataSource);
    const second = await freshLoad();
    try {
      expect(await digest(second.dataSource)).toEqual(first);
    } finally {
      await second.dataSource.destroy();
      await second.database.drop();
    }
  }, 180_000);
});
