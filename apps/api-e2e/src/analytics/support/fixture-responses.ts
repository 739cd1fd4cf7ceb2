import { randomUUID } from 'node:crypto';
import { EmbeddedPostgres } from '@digitalcheck/api-database';
import type { ResponseStatus } from '@digitalcheck/shared-contracts';
import { DIGITALE_KOMMUNE_V1, type ResponseScore, scoreResponse } from '@digitalcheck/shared-scoring';
import { Client } from 'pg';

/** One fixture response: its answers and, for counted or reopened ones, the score as a submit stores it. */
export interface FixtureResponse {
  id: string;
  waveId: string;
  regionArs: string;
  status: ResponseStatus;
  answers: Record<string, unknown>;
  score: ResponseScore | null;
}

/** A response with the score shared-scoring computes at submit (drafts have none). */
export function fixtureResponse(
  waveId: string,
  regionArs: string,
  status: ResponseStatus,
  answers: Record<string, unknown>,
  population: number | null,
): FixtureResponse {
  const score =
    status === 'draft'
      ? null
      : scoreResponse(DIGITALE_KOMMUNE_V1, answers, { referencePopulation: population ?? undefined });
  return { id: randomUUID(), waveId, regionArs, status, answers, score };
}

/** Deterministic pseudo-random numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Execute = (sql: string, params: unknown[]) => Promise<unknown>;

/**
 * Writes the responses and their answers in two statements (jsonb_to_recordset), as submits would have left
 * them. `url` is the suite's DATABASE_URL: a PostgreSQL server (the API may keep running) or `pglite://<dir>`
 * (the API must be stopped: the embedded database is opened here).
 */
export async function insertResponses(url: string, responses: readonly FixtureResponse[]): Promise<void> {
  const run = async (execute: Execute) => {
    const rows = responses.map((response) => ({
      id: response.id,
      wave_id: response.waveId,
      region_ars: response.regionArs,
      status: response.status,
      score: response.score,
    }));
    await execute(
      `INSERT INTO "survey_response" ("id", "wave_id", "region_ars", "status", "score", "submitted_at", "published_at")
       SELECT x."id", x."wave_id", x."region_ars", x."status", x."score",
              CASE WHEN x."status" IN ('submitted', 'published', 'reopened') THEN now() END,
              CASE WHEN x."status" = 'published' THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x("id" uuid, "wave_id" uuid, "region_ars" text, "status" text, "score" jsonb)`,
      [JSON.stringify(rows)],
    );
    const answers = responses.flatMap((response) =>
      Object.entries(response.answers).map(([code, value]) => ({
        response_id: response.id,
        question_code: code,
        value,
      })),
    );
    await execute(
      `INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at")
       SELECT x."response_id", x."question_code", x."value", 1, now()
         FROM jsonb_to_recordset($1::jsonb) AS x("response_id" uuid, "question_code" text, "value" jsonb)`,
      [JSON.stringify(answers)],
    );
  };
  if (url.startsWith('pglite://')) {
    const database = await EmbeddedPostgres.open(url.slice('pglite://'.length));
    try {
      await run((sql, params) => database.pglite.query(sql, params));
    } finally {
      await database.close();
    }
    return;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await run((sql, params) => client.query(sql, params));
  } finally {
    await client.end();
  }
}
