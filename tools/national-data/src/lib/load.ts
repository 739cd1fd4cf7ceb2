/**
 * Loads the national synthetic data into a migrated database: the reference regions and the default
 * questionnaire (as the API seeds them at start-up), the synthetic Gemeinden, then one transaction per wave.
 * Rows go in as multi-row INSERT … SELECT FROM unnest(…) batches (no COPY helper is installed).
 */
import { AuditService } from '@digitalcheck/api-audit';
import { pendingMigrations } from '@digitalcheck/api-database';
import { DefaultQuestionnaireSeedService } from '@digitalcheck/api-questionnaires';
import { seedReferenceRegions } from '@digitalcheck/api-regions';
import { DIGITALE_KOMMUNE_V1, type QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import type { DataSource, QueryRunner } from 'typeorm';
import { type KreisRow, planGemeinden, SYNTHETIC_VERBAND, type SyntheticGemeinde } from './gemeinden';
import { buildWave, WAVE_TITLE_PREFIX, WAVE_TITLE_SUFFIX, type WaveRegion, type WaveRows } from './waves';

export interface NationalDataOptions {
  seed: string;
  /** About this many synthetic Gemeinden (default 11,000). */
  gemeinden: number;
  /** Waves ending with LAST_YEAR (default 5: 2022–2026). */
  waves: number;
  /** Only these Länder (two-digit keys); all 16 when empty. */
  laender: string[];
}

export const DEFAULT_OPTIONS: NationalDataOptions = { seed: 'national-1', gemeinden: 11_000, waves: 5, laender: [] };
export const LAST_YEAR = 2026;

/** Rows written and time taken per table. */
export interface TableReport {
  table: string;
  rows: number;
  ms: number;
}

export type LoadOutcome =
  | { status: 'loaded'; tables: TableReport[]; ms: number; counts: WaveCounts[] }
  | { status: 'present'; message: string };

export interface WaveCounts {
  year: number;
  invited: number;
  complete: number;
  draft: number;
  notStarted: number;
  published: number;
}

/** Rows per INSERT statement. */
const BATCH = 5_000;
const LOCK_KEY = 7_305_112_028;
const REASON = 'national synthetic data';

export class NationalDataPresentError extends Error {}

export function yearsOf(options: Pick<NationalDataOptions, 'waves'>): number[] {
  return Array.from({ length: options.waves }, (_, i) => LAST_YEAR - options.waves + 1 + i);
}

/**
 * Loads the data, or returns `present` when exactly this data (same options) is already there. Throws
 * NationalDataPresentError when other national synthetic data is there (nothing is written then).
 */
export async function loadNationalData(
  dataSource: DataSource,
  options: NationalDataOptions,
  log: (line: string) => void = () => undefined,
): Promise<LoadOutcome> {
  const started = performance.now();
  const pending = await pendingMigrations(dataSource);
  if (pending.length > 0) throw new Error(`the database has pending migrations (${pending.join(', ')}); migrate first`);
  const fingerprint = fingerprintOf(options);
  const existing = await existingData(dataSource);
  if (existing) {
    const [{ n }] = (await dataSource.query(
      `SELECT count(*) AS "n" FROM "survey_wave" WHERE "title" LIKE $1 AND "title" LIKE $2`,
      [`${WAVE_TITLE_PREFIX}%`, `%${WAVE_TITLE_SUFFIX}`],
    )) as Array<{ n: string }>;
    if (existing === fingerprint && Number(n) === options.waves) {
      return { status: 'present', message: `already loaded (${fingerprint}); nothing written` };
    }
    if (existing === fingerprint) {
      throw new NationalDataPresentError(
        `an incomplete load of ${fingerprint} is in the database (${n} of ${options.waves} waves); use a fresh database`,
      );
    }
    throw new NationalDataPresentError(
      `the database already holds national synthetic data (${existing}); load ${fingerprint} into a fresh database`,
    );
  }

  const tables = new Map<string, TableReport>();
  const timed = async <T>(table: string, rows: number, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    const entry = tables.get(table) ?? { table, rows: 0, ms: 0 };
    entry.rows += rows;
    entry.ms += performance.now() - t0;
    tables.set(table, entry);
    return result;
  };

  // What the API seeds at start-up; both are idempotent.
  const regionSeed = await dataSource.transaction((manager) => seedReferenceRegions(manager));
  await new DefaultQuestionnaireSeedService(dataSource).seed();
  log(`reference regions ${regionSeed.skipped ? 'present' : `seeded (${regionSeed.written})`}`);
  const definition = await publishedDefinition(dataSource);

  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const counts: WaveCounts[] = [];
  try {
    const kreise = await kreiseOf(runner, options.laender);
    if (kreise.length === 0) throw new Error(`no Kreise in the region table for ${options.laender.join(', ')}`);
    const gemeinden = planGemeinden(options.seed, kreise, options.gemeinden);

    await runner.startTransaction();
    try {
      await runner.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      if (await existingData(runner)) throw new NationalDataPresentError('another process loaded the data meanwhile');
      await timed('region', gemeinden.length, () => insertGemeinden(runner, gemeinden));
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
    log(
      `region: ${gemeinden.length} synthetic Gemeinden under ${new Set(gemeinden.map((g) => g.kreisArs)).size} Kreise`,
    );

    const regions: WaveRegion[] = [
      ...kreise.map((k) => ({ ars: k.ars, level: 'KREIS', kind: k.kind, population: k.population })),
      ...gemeinden.map((g) => ({ ars: g.ars, level: 'GEMEINDE', kind: g.kind, population: g.population })),
    ];
    const lands = new Set(regions.map((r) => r.ars.slice(0, 2)));
    const landArs = lands.size === 1 ? [...lands][0] : '';
    for (const year of yearsOf(options)) {
      const t0 = performance.now();
      const rows = buildWave(options.seed, definition, regions, year, landArs);
      const generated = performance.now() - t0;
      tables.set('(generate)', {
        table: '(generate)',
        rows: (tables.get('(generate)')?.rows ?? 0) + rows.responses.id.length,
        ms: (tables.get('(generate)')?.ms ?? 0) + generated,
      });
      await runner.startTransaction();
      try {
        await writeWave(runner, rows, options, fingerprint, timed);
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      counts.push({ year, invited: rows.regions.length, ...rows.counts });
      log(
        `wave ${year}: ${rows.regions.length} invited, ${rows.counts.complete} complete (${rows.counts.published} published), ` +
          `${rows.counts.draft} drafts, ${rows.answers.code.length} answers (${Math.round(performance.now() - t0)} ms)`,
      );
    }
  } finally {
    await runner.release();
  }
  for (const table of ['region', 'survey_wave', 'survey_wave_region', 'survey_response', 'survey_answer']) {
    await dataSource.query(`ANALYZE "${table}"`);
  }
  return { status: 'loaded', tables: [...tables.values()], ms: performance.now() - started, counts };
}

export function fingerprintOf(options: NationalDataOptions): string {
  const laender = options.laender.length > 0 ? [...options.laender].sort().join(',') : 'all';
  return `seed ${options.seed}, gemeinden ${options.gemeinden}, waves ${options.waves}, laender ${laender}`;
}

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The fingerprint of the national synthetic data in the database, or null when there is none. */
async function existingData(db: Queryable): Promise<string | null> {
  const rows = (await db.query(
    `SELECT (SELECT e."details"->>'fingerprint' FROM "audit_event" e
              WHERE e."entity_type" = 'survey_wave' AND e."entity_id" = w."id"::text AND e."action" = 'wave.created'
              LIMIT 1) AS "fingerprint"
       FROM "survey_wave" w WHERE w."title" LIKE $1 AND w."title" LIKE $2 ORDER BY w."title" LIMIT 1`,
    [`${WAVE_TITLE_PREFIX}%`, `%${WAVE_TITLE_SUFFIX}`],
  )) as Array<{ fingerprint: string | null }>;
  if (rows.length > 0) return rows[0].fingerprint ?? 'unknown options';
  const gemeinden = (await db.query(
    `SELECT count(*) AS "n" FROM "region" WHERE "level" = 'GEMEINDE' AND substr("ars", 6, 4) = $1`,
    [SYNTHETIC_VERBAND],
  )) as Array<{ n: string }>;
  return Number(gemeinden[0].n) > 0 ? `${gemeinden[0].n} synthetic Gemeinden without waves` : null;
}

async function publishedDefinition(dataSource: DataSource): Promise<QuestionnaireDefinition> {
  const rows: Array<{ definition: QuestionnaireDefinition }> = await dataSource.query(
    `SELECT "definition" FROM "questionnaire_version"
      WHERE "questionnaire_id" = $1 AND "version" = $2 AND "status" = 'published'`,
    [DIGITALE_KOMMUNE_V1.id, DIGITALE_KOMMUNE_V1.version],
  );
  if (!rows[0])
    throw new Error(`questionnaire ${DIGITALE_KOMMUNE_V1.id} v${DIGITALE_KOMMUNE_V1.version} is not published`);
  return rows[0].definition;
}

async function kreiseOf(runner: QueryRunner, laender: string[]): Promise<KreisRow[]> {
  const rows: Array<{ ars: string; name: string; kind: string; population: number | string | null }> =
    await runner.query(
      `SELECT "ars", "name", "kind", "population" FROM "region"
        WHERE "level" = 'KREIS' AND "valid_to" IS NULL AND (cardinality($1::varchar[]) = 0 OR "land_ars" = ANY($1))
        ORDER BY "ars"`,
      [laender],
    );
  return rows.map((row) => ({ ...row, population: row.population === null ? null : Number(row.population) }));
}

/** The search text as the API writes it (libs/api/regions search-text.ts). */
function searchTextOf(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[-(),/.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()}`;
}

async function insertGemeinden(runner: QueryRunner, gemeinden: SyntheticGemeinde[]): Promise<void> {
  for (let i = 0; i < gemeinden.length; i += BATCH) {
    const batch = gemeinden.slice(i, i + BATCH);
    await runner.query(
      `INSERT INTO "region" ("ars", "ags", "name", "search_text", "level", "kind", "parent_ars", "land_ars",
         "population", "population_date", "nuts3", "valid_from", "valid_to")
       SELECT g.ars, g.ags, g.name, g.search_text, 'GEMEINDE', g.kind, g.parent_ars, g.land_ars, g.population,
              NULL, NULL, NULL, NULL
         FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
                     $7::varchar[], $8::int[])
           AS g(ars, ags, name, search_text, kind, parent_ars, land_ars, population)`,
      [
        batch.map((g) => g.ars),
        batch.map((g) => g.ags),
        batch.map((g) => g.name),
        batch.map((g) => searchTextOf(g.name)),
        batch.map((g) => g.kind),
        batch.map((g) => g.kreisArs),
        batch.map((g) => g.landArs),
        batch.map((g) => g.population),
      ],
    );
  }
}

/**
 * JSON texts (null for SQL NULL) as one JSON array: a jsonb parameter expanded by jsonb_array_elements is about
 * three times faster than a text[] of JSON (no array-literal quoting of every quote inside the JSON).
 */
function jsonArray(texts: Array<string | null>): string {
  return `[${texts.map((text) => text ?? 'null').join(',')}]`;
}

type Timed = <T>(table: string, rows: number, work: () => Promise<T>) => Promise<T>;

async function writeWave(
  runner: QueryRunner,
  rows: WaveRows,
  options: NationalDataOptions,
  fingerprint: string,
  timed: Timed,
): Promise<void> {
  const { wave } = rows;
  await timed('survey_wave', 1, () =>
    runner.query(
      `INSERT INTO "survey_wave" ("id", "title", "questionnaire_id", "questionnaire_version", "land_ars", "starts_at",
         "ends_at", "closed_at", "created_by", "created_at", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, $8, $8)`,
      [
        wave.id,
        wave.title,
        DIGITALE_KOMMUNE_V1.id,
        DIGITALE_KOMMUNE_V1.version,
        wave.landArs,
        wave.startsAt,
        wave.endsAt,
        wave.createdAt,
      ],
    ),
  );
  for (let i = 0; i < rows.regions.length; i += BATCH) {
    const batch = rows.regions.slice(i, i + BATCH);
    await timed('survey_wave_region', batch.length, () =>
      runner.query(`INSERT INTO "survey_wave_region" ("wave_id", "region_ars") SELECT $1, unnest($2::varchar[])`, [
        wave.id,
        batch,
      ]),
    );
  }
  const r = rows.responses;
  for (let i = 0; i < r.id.length; i += BATCH) {
    const slice = <T>(column: T[]) => column.slice(i, i + BATCH);
    await timed('survey_response', slice(r.id).length, () =>
      runner.query(
        `INSERT INTO "survey_response" ("id", "wave_id", "region_ars", "status", "score", "created_by", "created_at",
           "updated_at", "submitted_at", "submitted_by", "published_at")
         SELECT r.id, $1, r.region_ars, r.status, NULLIF(s.score, 'null'::jsonb), NULL, r.created_at, r.updated_at,
                r.submitted_at, NULL, r.published_at
           FROM unnest($2::uuid[], $3::varchar[], $4::varchar[], $5::timestamptz[], $6::timestamptz[],
                       $7::timestamptz[], $8::timestamptz[]) WITH ORDINALITY
             AS r(id, region_ars, status, created_at, updated_at, submitted_at, published_at, n)
           JOIN jsonb_array_elements($9::jsonb) WITH ORDINALITY AS s(score, n) USING (n)`,
        [
          wave.id,
          slice(r.id),
          slice(r.regionArs),
          slice(r.status),
          slice(r.createdAt),
          slice(r.updatedAt),
          slice(r.submittedAt),
          slice(r.publishedAt),
          jsonArray(slice(r.score)),
        ],
      ),
    );
  }
  const a = rows.answers;
  for (let i = 0; i < a.code.length; i += BATCH) {
    const slice = <T>(column: T[]) => column.slice(i, i + BATCH);
    await timed('survey_answer', slice(a.code).length, () =>
      runner.query(
        `INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at", "saved_by")
         SELECT a.response_id, a.code, v.value, 1, a.saved_at, NULL
           FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[]) WITH ORDINALITY AS a(response_id, code, saved_at, n)
           JOIN jsonb_array_elements($4::jsonb) WITH ORDINALITY AS v(value, n) USING (n)`,
        [slice(a.responseId), slice(a.code), slice(a.savedAt), jsonArray(slice(a.value))],
      ),
    );
  }
  await timed('audit_event', 1, () =>
    new AuditService().record(runner.manager, {
      action: 'wave.created',
      entityType: 'survey_wave',
      entityId: wave.id,
      actorId: null,
      regionArs: wave.landArs || null,
      details: {
        title: wave.title,
        questionnaire: `${DIGITALE_KOMMUNE_V1.id}@${DIGITALE_KOMMUNE_V1.version}`,
        startsAt: wave.startsAt,
        endsAt: wave.endsAt,
        invited: rows.regions.length,
        reason: REASON,
        seed: options.seed,
        fingerprint,
        responses: rows.counts,
      },
    }),
  );
}
