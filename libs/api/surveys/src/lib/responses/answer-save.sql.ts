import type { Principal } from '@digitalcheck/api-auth';
import { preparedStatement } from '@digitalcheck/api-database';
import type { ResponseStatus } from '@digitalcheck/shared-contracts';

/**
 * The statements of an answer save, hand-written with fixed texts so that PostgreSQL can keep them prepared
 * per connection (see runPrepared): usually one statement that reads and writes (SAVE_INSERT or SAVE_UPDATE);
 * when it cannot write at once, the service decides on the context it read and, if the save is still good, writes
 * with INSERT_ANSWER or UPDATE_ANSWER.
 */

/** Statuses in which answers may change and the response may be submitted. */
export const EDITABLE: readonly ResponseStatus[] = ['draft', 'reopened'];

/**
 * The tenant scope of restrictToRegions(…, 'read') as parameters instead of SQL text: everything for an
 * admin; otherwise the regions in the Länder of the caller's STATE_ANALYST grants (ARS from the Land's key up
 * to the next Land's key, exclusive) or among its RESPONDENT regions; nothing when nothing is granted.
 * [all, land lower bounds, land upper bounds, regions], in this order, for `REGION_READ_SCOPE`.
 */
export function regionReadScope(principal: Principal): [boolean, string[], string[], string[]] {
  if (principal.isAdmin) return [true, [], [], []];
  return [false, [...principal.lands], principal.lands.map(nextLand), [...principal.regions]];
}

/** The smallest key above every key of a Land: '07' → '08' (as restrictToRegions). */
function nextLand(land: string): string {
  return String(Number(land) + 1).padStart(2, '0');
}

/** The condition of `regionReadScope` on the region column `column`, parameters from `$first` on (for tests too). */
export function regionReadCondition(column: string, first: number): string {
  const [all, lo, hi, regions] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `(${all}::boolean
        OR EXISTS (SELECT 1 FROM unnest(${lo}::varchar[], ${hi}::varchar[]) AS "land"("lo", "hi")
                    WHERE ${column} >= "land"."lo" AND ${column} < "land"."hi")
        OR ${column} = ANY (${regions}::varchar[]))`;
}

/**
 * The response a save is about, if the caller may read it, with its wave, the current answer with its saver's
 * name and the operation with that id, if any (nothing is locked, hence the outer joins); `ok` when the save may
 * be written at once. Parameters as in `saveStatement`.
 */
const SAVE_CONTEXT = `SELECT r."region_ars", r."status",
          w."questionnaire_id", w."questionnaire_version", w."starts_at", w."ends_at", w."closed_at",
          a."value" AS "answer_value", a."version" AS "answer_version", a."saved_at" AS "answer_saved_at",
          ua."display_name" AS "answer_saved_by_name",
          o."response_id" AS "op_response_id", o."question_code" AS "op_question_code", o."value" AS "op_value",
          o."version" AS "op_version", o."saved_at" AS "op_saved_at", uo."display_name" AS "op_saved_by_name",
          ($14::boolean OR r."region_ars" = ANY ($17::varchar[]))
            AND o."operation_id" IS NULL
            AND w."closed_at" IS NULL AND $10::timestamptz >= w."starts_at" AND $10::timestamptz < w."ends_at"
            AND r."status" IN (${editableList()})
            AND w."questionnaire_id" = $11::varchar AND w."questionnaire_version" = $12::integer AND $13::boolean
            AND COALESCE(a."version", 0) = $5::integer AS "ok"
     FROM "survey_response" r
     JOIN "survey_wave" w ON w."id" = r."wave_id"
     LEFT JOIN "survey_answer" a ON a."response_id" = r."id" AND a."question_code" = $2::varchar
     LEFT JOIN "app_user" ua ON ua."id" = a."saved_by"
     LEFT JOIN "survey_answer_operation" o ON o."operation_id" = $6::uuid
     LEFT JOIN "app_user" uo ON uo."id" = o."saved_by"
    WHERE r."id" = $1::uuid AND ${regionReadCondition('r."region_ars"', 14)}`;

/**
 * A save in one statement, read and write: the context row (SAVE_CONTEXT) and, only when its `ok` holds, the
 * write as in `answerWrite` (share lock on the editable response, the answer on top of the base version, the
 * operation and the audit event; the audit's old value is the answer read in the same snapshot, whose version
 * the write requires). `ok` is the conjunction of every check the service makes on the context, so the write
 * never happens where the service would refuse it: the caller may edit the region (respondent of it, or admin),
 * the operation id is new, the wave is open at $10, the response is editable, the wave's questionnaire is the
 * one the answer was validated against ($11, $12) and it was valid ($13), and the base version is current.
 * When `ok` does not hold, nothing is written and the service decides on the context row as after a plain read.
 *
 * $1 response id, $2 question code, $3 value (JSON text, null clears), $4 user id, $5 base version,
 * $6 operation id, $7 audit details without the old value (JSON text), $8 request id, $9 response id (as the
 * audit event's entity id), $10 now, $11 questionnaire id, $12 questionnaire version, $13 the value is valid for
 * it, $14–$17 `regionReadScope(principal)`.
 * Answers one row: the context columns (null when the response is not found or not visible), `ok`, `open` (the
 * gate held), `written_version` and `written_saved_at` (null when nothing was written).
 */
function saveStatement(written: string): string {
  return `WITH "ctx" AS (${SAVE_CONTEXT}),
    "gate" AS (
      SELECT "id" FROM "survey_response"
       WHERE "id" = $1 AND "status" IN (${editableList()}) AND EXISTS (SELECT 1 FROM "ctx" WHERE "ok") FOR SHARE
    ),
    "written" AS (${written}),
    "operation" AS (
      INSERT INTO "survey_answer_operation"
        ("operation_id", "response_id", "question_code", "version", "value", "saved_at", "saved_by")
      SELECT $6::uuid, $1::uuid, $2::varchar, "version", $3::jsonb, "saved_at", $4::uuid FROM "written"
    ),
    "audit" AS (
      INSERT INTO "audit_event" ("actor_id", "action", "entity_type", "entity_id", "region_ars", "details", "request_id")
      SELECT $4::uuid, 'response.answer_changed', 'survey_response', $9::varchar, c."region_ars",
             $7::jsonb || jsonb_build_object('oldValue', c."answer_value", 'version', w."version"), $8::varchar
        FROM "written" w CROSS JOIN "ctx" c
    )
    SELECT c.*, EXISTS (SELECT 1 FROM "gate") AS "open",
           w."version" AS "written_version", w."saved_at" AS "written_saved_at"
      FROM (SELECT 1) AS "one" LEFT JOIN "ctx" c ON true LEFT JOIN "written" w ON true`;
}

function editableList(): string {
  return EDITABLE.map((status) => `'${status}'`).join(', ');
}

/**
 * The write of a save, one statement: $1 response id, $2 question code, $3 value (JSON text, null clears),
 * $4 user id, $5 base version, $6 operation id, $7 region, $8 audit details (JSON text), $9 request id,
 * $10 response id (as the audit event's entity id). `gate` share-locks the response while it is editable
 * (a submit holds it FOR UPDATE: the save waits and then finds it submitted); `written` is the answer row
 * written on top of the base version, empty when another save came first; the operation and the audit event
 * are inserted from it. A reused operation id fails the whole statement with a unique violation.
 * Answers: open (the gate held), version and saved_at (null when nothing was written).
 */
function answerWrite(written: string): string {
  return `WITH "gate" AS (
      SELECT "id" FROM "survey_response"
       WHERE "id" = $1 AND "status" IN (${editableList()}) FOR SHARE
    ),
    "written" AS (${written}),
    "operation" AS (
      INSERT INTO "survey_answer_operation"
        ("operation_id", "response_id", "question_code", "version", "value", "saved_at", "saved_by")
      SELECT $6::uuid, $1::uuid, $2::varchar, "version", $3::jsonb, "saved_at", $4::uuid FROM "written"
    ),
    "audit" AS (
      INSERT INTO "audit_event" ("actor_id", "action", "entity_type", "entity_id", "region_ars", "details", "request_id")
      SELECT $4::uuid, 'response.answer_changed', 'survey_response', $10::varchar, $7::varchar,
             $8::jsonb || jsonb_build_object('version', "version"), $9::varchar
        FROM "written"
    )
    SELECT EXISTS (SELECT 1 FROM "gate") AS "open", w."version", w."saved_at"
      FROM (SELECT 1) AS "one" LEFT JOIN "written" w ON true`;
}

/** The first save of a question (base version 0): the `written` part. */
const INSERT_WRITTEN = `
      INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at", "saved_by")
      SELECT "id", $2::varchar, $3::jsonb, 1, now(), $4::uuid FROM "gate" WHERE $5::integer = 0
      ON CONFLICT ("response_id", "question_code") DO NOTHING
      RETURNING "version", "saved_at"`;

/** A later save, only on top of the base version: the `written` part. */
const UPDATE_WRITTEN = `
      UPDATE "survey_answer"
         SET "value" = $3::jsonb, "version" = "version" + 1, "saved_at" = now(), "saved_by" = $4::uuid
       WHERE "response_id" = (SELECT "id" FROM "gate") AND "question_code" = $2::varchar AND "version" = $5::integer
      RETURNING "version", "saved_at"`;

/** The write alone (after a separate read), for the first save of a question. */
export const INSERT_ANSWER = preparedStatement('dc_answer_insert_v1', answerWrite(INSERT_WRITTEN));

/** The write alone (after a separate read), for a later save. */
export const UPDATE_ANSWER = preparedStatement('dc_answer_update_v1', answerWrite(UPDATE_WRITTEN));

/** Read and write in one, for the first save of a question (base version 0). */
export const SAVE_INSERT = preparedStatement('dc_answer_save_insert_v1', saveStatement(INSERT_WRITTEN));

/** Read and write in one, for a later save. */
export const SAVE_UPDATE = preparedStatement('dc_answer_save_update_v1', saveStatement(UPDATE_WRITTEN));
