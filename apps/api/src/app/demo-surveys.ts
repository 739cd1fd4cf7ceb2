import { randomUUID } from 'node:crypto';
import { AuditService } from '@digitalcheck/api-audit';
import { DefaultQuestionnaireSeedService } from '@digitalcheck/api-questionnaires';
import { type DemoRegion, type DemoResponse, generateDemoWave, type WavePhase } from '@digitalcheck/demo-data';
import { DIGITALE_KOMMUNE_V1, type QuestionnaireDefinition, scoreResponse } from '@digitalcheck/shared-scoring';
import type pino from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_DOMAIN } from './accounts-setup';

/** The generator's seed: the same seed gives the same answers on every machine (tools/demo-data). */
export const DEMO_SURVEY_SEED = 'digitalcheck-rlp';
export const DEMO_LAND = '07';

export interface DemoWaveSpec {
  year: number;
  title: string;
  phase: WavePhase;
}

/** Two waves over all RLP Kreise and Verbandsgemeinden: 2024 has ended, 2026 is running. */
export const DEMO_WAVES: readonly DemoWaveSpec[] = [
  { year: 2024, title: 'Digitalcheck Rheinland-Pfalz 2024', phase: 'closed' },
  { year: 2026, title: 'Digitalcheck Rheinland-Pfalz 2026', phase: 'open' },
];

/** The regions of the demo respondents: submitted in the closed wave, not started in the open one. */
export const DEMO_RESPONDENT_REGIONS: readonly string[] = DEMO_ACCOUNTS.flatMap((account) =>
  account.grants.filter((grant) => grant.role === 'RESPONDENT').map((grant) => grant.regionArs),
);

const DAY = 86_400_000;
const MINUTE = 60_000;
/** Only one process seeds: a transaction-level advisory lock (another replica waits, then finds the waves). */
const DEMO_SURVEYS_LOCK_KEY = 7_305_112_027;

export interface DemoSurveysReport {
  /** Titles of the waves written now (empty when they all existed). */
  created: string[];
  responses: number;
  answers: number;
  ms: number;
}

/**
 * DEMO_DATA=true: two survey waves with synthetic but plausible responses (tools/demo-data) over the RLP Kreise
 * and Verbandsgemeinden, written in one transaction with a few bulk statements. Stored exactly as the API
 * stores them: answers at version 1, scores by scoreResponse with the region's reference population, submitted
 * and published responses with their times. Idempotent: a wave whose title exists in RLP is not written again.
 * Per-answer audit events and operation ids are left out (one `wave.created` event per wave says where the
 * data came from); nobody will ever retry those saves.
 */
export async function seedDemoSurveys(
  dataSource: DataSource,
  logger: pino.Logger,
  now: Date = new Date(),
): Promise<DemoSurveysReport | null> {
  const started = performance.now();
  if (await dataSource.showMigrations()) {
    logger.warn('DEMO_DATA=true but migrations are pending; no demo survey waves written');
    return null;
  }
  const existing: Array<{ title: string }> = await dataSource.query(
    `SELECT "title" FROM "survey_wave" WHERE "land_ars" = $1 AND "title" = ANY($2)`,
    [DEMO_LAND, DEMO_WAVES.map((wave) => wave.title)],
  );
  if (existing.length === DEMO_WAVES.length) return { created: [], responses: 0, answers: 0, ms: 0 };

  // The wave needs its questionnaire, which Nest's bootstrap would only seed later.
  await new DefaultQuestionnaireSeedService(dataSource).seed();
  const report = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SURVEYS_LOCK_KEY]);
    const present: Array<{ title: string }> = await manager.query(
      `SELECT "title" FROM "survey_wave" WHERE "land_ars" = $1 AND "title" = ANY($2)`,
      [DEMO_LAND, DEMO_WAVES.map((wave) => wave.title)],
    );
    const missing = DEMO_WAVES.filter((wave) => !present.some((row) => row.title === wave.title));
    const definition = await publishedDefinition(manager);
    const regions = await demoRegions(manager);
    if (missing.length === 0 || !definition || regions.length === 0) {
      if (!definition) logger.warn('no published questionnaire digitale-kommune v1; no demo survey waves written');
      if (regions.length === 0) logger.warn('no RLP regions; no demo survey waves written');
      return { created: [], responses: 0, answers: 0 };
    }
    const respondents = await demoRespondents(manager);
    let responses = 0;
    let answers = 0;
    for (const spec of missing) {
      const written = await writeWave(manager, spec, definition, regions, respondents, now);
      responses += written.responses;
      answers += written.answers;
    }
    return { created: missing.map((wave) => wave.title), responses, answers };
  });
  const result = { ...report, ms: Math.round(performance.now() - started) };
  if (result.created.length > 0) logger.info(result, 'demo survey waves written');
  return result;
}

/** The start and the (exclusive) end of a demo wave; the open one started six weeks ago and runs four more. */
export function demoWavePeriod(spec: DemoWaveSpec, now: Date): { startsAt: Date; endsAt: Date } {
  if (spec.phase === 'closed') {
    // 15 April to 30 June of its year, Berlin time (CEST).
    return {
      startsAt: new Date(Date.UTC(spec.year, 3, 15, 7)),
      endsAt: new Date(Date.UTC(spec.year, 5, 30, 22)),
    };
  }
  const day = (offsetDays: number) => Math.floor((now.getTime() + offsetDays * DAY) / DAY) * DAY;
  return { startsAt: new Date(day(-42) + 7 * 3_600_000), endsAt: new Date(day(28) + 23 * 3_600_000) };
}

export async function publishedDefinition(manager: EntityManager): Promise<QuestionnaireDefinition | null> {
  const rows: Array<{ definition: QuestionnaireDefinition }> = await manager.query(
    `SELECT "definition" FROM "questionnaire_version"
      WHERE "questionnaire_id" = $1 AND "version" = $2 AND "status" = 'published'`,
    [DIGITALE_KOMMUNE_V1.id, DIGITALE_KOMMUNE_V1.version],
  );
  return rows[0]?.definition ?? null;
}

/**
 * The current RLP Kreise and Gemeindeverbände (Verbandsgemeinden and verbandsfreie Gemeinden). The kreisfreie
 * Städte appear on both levels; they take part once, as Kreise.
 */
async function demoRegions(manager: EntityManager): Promise<DemoRegion[]> {
  const rows: Array<{ ars: string; level: string; kind: string; population: number | null }> = await manager.query(
    `SELECT "ars", "level", "kind", "population" FROM "region"
      WHERE "land_ars" = $1 AND "valid_to" IS NULL
        AND ("level" = 'KREIS' OR ("level" = 'GEMEINDEVERBAND' AND "kind" <> 'Kreisfreie Stadt'))
      ORDER BY "ars"`,
    [DEMO_LAND],
  );
  return rows.map((row) => ({ ...row, population: row.population === null ? null : Number(row.population) }));
}

/** The demo respondent accounts by region: their region's 2024 response is theirs (created, saved, submitted). */
async function demoRespondents(manager: EntityManager): Promise<Map<string, string>> {
  const rows: Array<{ region_ars: string; id: string }> = await manager.query(
    `SELECT ra."region_ars", u."id" FROM "role_assignment" ra JOIN "app_user" u ON u."id" = ra."user_id"
      WHERE ra."role" = 'RESPONDENT' AND ra."region_ars" = ANY($1) AND u."email_key" LIKE $2
      ORDER BY u."email_key"`,
    [DEMO_RESPONDENT_REGIONS, `%${DEMO_DOMAIN}`],
  );
  const byRegion = new Map<string, string>();
  for (const row of rows) if (!byRegion.has(row.region_ars)) byRegion.set(row.region_ars, row.id);
  return byRegion;
}

export interface ResponseRow {
  id: string;
  region_ars: string;
  status: 'draft' | 'submitted' | 'published';
  score: unknown;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  submitted_by: string | null;
  published_at: string | null;
}

export interface AnswerRow {
  response_id: string;
  code: string;
  value: unknown;
  saved_at: string;
  saved_by: string | null;
}

async function writeWave(
  manager: EntityManager,
  spec: DemoWaveSpec,
  definition: QuestionnaireDefinition,
  regions: DemoRegion[],
  respondents: Map<string, string>,
  now: Date,
): Promise<{ responses: number; answers: number }> {
  const { startsAt, endsAt } = demoWavePeriod(spec, now);
  const plans = generateDemoWave({
    seed: DEMO_SURVEY_SEED,
    definition,
    regions,
    year: spec.year,
    phase: spec.phase,
    ...(spec.phase === 'open' ? { notStarted: DEMO_RESPONDENT_REGIONS } : { complete: DEMO_RESPONDENT_REGIONS }),
  });
  // Fractions of the period so far: the whole period once closed, up to a few minutes ago while open.
  const until =
    spec.phase === 'closed' ? endsAt.getTime() - 3_600_000 : Math.min(endsAt.getTime(), now.getTime()) - 10 * MINUTE;
  const at = (fraction: number) => startsAt.getTime() + fraction * (until - startsAt.getTime());
  const population = new Map(regions.map((region) => [region.ars, region.population]));

  const responses: ResponseRow[] = [];
  const answers: AnswerRow[] = [];
  for (const plan of plans) {
    if (plan.status === 'notStarted') continue;
    const user = respondents.get(plan.ars) ?? null;
    const row = responseRow(plan, user, at, definition, population.get(plan.ars) ?? null);
    responses.push(row.response);
    answers.push(...row.answers);
  }
  const counts = { complete: 0, draft: 0, notStarted: 0 };
  for (const plan of plans) counts[plan.status]++;
  await insertDemoWave(manager, {
    title: spec.title,
    landArs: DEMO_LAND,
    definition,
    startsAt,
    endsAt,
    regionArs: regions.map((region) => region.ars),
    responses,
    answers,
    details: { seed: DEMO_SURVEY_SEED, responses: counts },
  });
  return { responses: responses.length, answers: answers.length };
}

export interface DemoWaveInsert {
  title: string;
  /** The Land of all invited regions; '' for a wave across Länder. */
  landArs: string;
  definition: QuestionnaireDefinition;
  startsAt: Date;
  endsAt: Date;
  regionArs: string[];
  responses: ResponseRow[];
  answers: AnswerRow[];
  /** Added to the `wave.created` audit event. */
  details: Record<string, unknown>;
}

/** Writes a demo wave with its invited regions, responses and answers in a few bulk statements; audited. */
export async function insertDemoWave(manager: EntityManager, input: DemoWaveInsert): Promise<string> {
  const { definition, startsAt, endsAt } = input;
  const [wave]: Array<{ id: string }> = await manager.query(
    `INSERT INTO "survey_wave" ("title", "questionnaire_id", "questionnaire_version", "land_ars", "starts_at",
       "ends_at", "closed_at", "created_by", "created_at", "updated_at")
     VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL, $7, $7) RETURNING "id"`,
    [
      input.title,
      definition.id,
      definition.version,
      input.landArs,
      startsAt.toISOString(),
      endsAt.toISOString(),
      new Date(startsAt.getTime() - 14 * DAY).toISOString(),
    ],
  );
  await manager.query(`INSERT INTO "survey_wave_region" ("wave_id", "region_ars") SELECT $1, unnest($2::varchar[])`, [
    wave.id,
    input.regionArs,
  ]);
  await manager.query(
    `INSERT INTO "survey_response" ("id", "wave_id", "region_ars", "status", "score", "created_by", "created_at",
       "updated_at", "submitted_at", "submitted_by", "published_at")
     SELECT r."id", $1, r."region_ars", r."status", r."score", r."created_by", r."created_at", r."updated_at",
            r."submitted_at", r."submitted_by", r."published_at"
       FROM jsonb_to_recordset($2::jsonb) AS r("id" uuid, "region_ars" varchar, "status" varchar, "score" jsonb,
            "created_by" uuid, "created_at" timestamptz, "updated_at" timestamptz, "submitted_at" timestamptz,
            "submitted_by" uuid, "published_at" timestamptz)`,
    [wave.id, JSON.stringify(input.responses)],
  );
  await manager.query(
    `INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at", "saved_by")
     SELECT a."response_id", a."code", a."value", 1, a."saved_at", a."saved_by"
       FROM jsonb_to_recordset($1::jsonb) AS a("response_id" uuid, "code" varchar, "value" jsonb,
            "saved_at" timestamptz, "saved_by" uuid)`,
    [JSON.stringify(input.answers)],
  );
  await new AuditService().record(manager, {
    action: 'wave.created',
    entityType: 'survey_wave',
    entityId: wave.id,
    actorId: null,
    regionArs: input.landArs || null,
    details: {
      title: input.title,
      questionnaire: `${definition.id}@${definition.version}`,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      invited: input.regionArs.length,
      reason: 'demo data',
      ...input.details,
    },
  });
  return wave.id;
}

/**
 * One response as a real one would be stored: a draft with the answers saved so far; a complete response
 * submitted (status, score from scoreResponse with the region's reference population, submitted_at) and
 * perhaps published. Answers are saved in two sittings: the first half after opening, the rest before the
 * submit (or the last save of a draft).
 */
export function responseRow(
  plan: Exclude<DemoResponse, { status: 'notStarted' }>,
  user: string | null,
  at: (fraction: number) => number,
  definition: QuestionnaireDefinition,
  referencePopulation: number | null,
): { response: ResponseRow; answers: AnswerRow[] } {
  const opened = at(plan.timeline.startedAt);
  const lastSave = plan.status === 'draft' ? at(plan.timeline.lastSavedAt) : at(plan.timeline.submittedAt) - 2 * MINUTE;
  const savedAt = sittings(opened + MINUTE, Math.max(lastSave, opened + MINUTE), Object.keys(plan.answers).length);
  const id = randomUUID();
  const answers = Object.entries(plan.answers).map(([code, value], i) => ({
    response_id: id,
    code,
    value,
    saved_at: iso(savedAt[i]),
    saved_by: user,
  }));
  if (plan.status === 'draft') {
    return {
      response: {
        id,
        region_ars: plan.ars,
        status: 'draft',
        score: null,
        created_by: user,
        created_at: iso(opened),
        updated_at: iso(opened),
        submitted_at: null,
        submitted_by: null,
        published_at: null,
      },
      answers,
    };
  }
  const submittedAt = at(plan.timeline.submittedAt);
  const publishedAt = plan.timeline.publishedAt === null ? null : at(plan.timeline.publishedAt);
  const score = scoreResponse(definition, plan.answers, {
    referencePopulation: referencePopulation ?? undefined,
  });
  return {
    response: {
      id,
      region_ars: plan.ars,
      status: plan.published ? 'published' : 'submitted',
      score,
      created_by: user,
      created_at: iso(opened),
      updated_at: iso(publishedAt ?? submittedAt),
      submitted_at: iso(submittedAt),
      submitted_by: user,
      published_at: publishedAt === null ? null : iso(publishedAt),
    },
    answers,
  };
}

const iso = (time: number) => new Date(time).toISOString();

/** Save times of `count` answers: the first half in a sitting from `from`, the rest in one ending at `to`. */
function sittings(from: number, to: number, count: number): number[] {
  const step = Math.min(90_000, (to - from) / Math.max(1, count));
  const half = Math.ceil(count / 2);
  return Array.from({ length: count }, (_, i) => (i < half ? from + i * step : to - (count - 1 - i) * step));
}
