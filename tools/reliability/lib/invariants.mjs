// The invariants after a crash, checked in the database against the client's ledger. Each violation is a line
// of text; none is expected.
import { canonicalJson } from './survey-answers.mjs';

const SUBMITTED = ['submitted', 'published'];

/**
 * Checks the database `db` ({ query }) and the ledger; { violations, responses, operations } with the stored
 * responses (id → { status, hasScore, submittedAt }) and operations (operation id → row) for the run's figures.
 */
export async function checkInvariants(db, ledger) {
  const violations = [];
  const add = (rows, text) => rows.forEach((row) => violations.push(text(row)));

  const responses = new Map(
    (
      await db.query(
        `SELECT "id", "status", "score" IS NOT NULL AND jsonb_typeof("score"->'index') = 'object' AS "has_score",
                "submitted_at", "submitted_by"
           FROM "survey_response"`,
      )
    ).rows.map((row) => [row.id, row]),
  );
  for (const row of responses.values()) {
    const submitted = SUBMITTED.includes(row.status);
    if (submitted && (!row.has_score || !row.submitted_at || !row.submitted_by)) {
      violations.push(`response ${row.id} is ${row.status} without its scores or submit time`);
    }
    if (!submitted && (row.has_score || row.submitted_at)) {
      violations.push(`response ${row.id} is ${row.status} but has scores or a submit time`);
    }
  }

  // A submit writes status, scores and its audit event in one transaction: exactly one event per submitted
  // response (the scripts never reopen), none for a draft.
  add(
    (
      await db.query(
        `SELECT r."id", r."status", (SELECT count(*)::int FROM "audit_event" e
                  WHERE e."action" = 'response.submitted' AND e."entity_id" = r."id"::text) AS "events"
           FROM "survey_response" r`,
      )
    ).rows.filter((row) => row.events !== (SUBMITTED.includes(row.status) ? 1 : 0)),
    (row) => `response ${row.id} (${row.status}) has ${row.events} submit audit event(s)`,
  );

  // Nothing is saved into a response after its submit (a save waits for a running submit, then writes nothing).
  add(
    (
      await db.query(
        `SELECT a."response_id", a."question_code" FROM "survey_answer" a
           JOIN "survey_response" r ON r."id" = a."response_id"
          WHERE r."submitted_at" IS NOT NULL AND a."saved_at" > r."submitted_at"`,
      )
    ).rows,
    (row) => `answer ${row.question_code} of ${row.response_id} was saved after the submit`,
  );

  // A save writes the answer, its operation and its audit event in one statement: never a part of it. Version n
  // of an answer is the n-th operation on it, the answer holds the value of the last one.
  add(
    (
      await db.query(
        `SELECT a."response_id", a."question_code", a."version", x."operations", x."last_version",
                last."value" IS NOT DISTINCT FROM a."value" AS "same_value"
           FROM "survey_answer" a
           CROSS JOIN LATERAL (SELECT count(*)::int AS "operations", max(o."version") AS "last_version"
                                 FROM "survey_answer_operation" o
                                WHERE o."response_id" = a."response_id" AND o."question_code" = a."question_code") x
           LEFT JOIN "survey_answer_operation" last ON last."response_id" = a."response_id"
                AND last."question_code" = a."question_code" AND last."version" = a."version"`,
      )
    ).rows.filter((row) => row.operations !== row.version || row.last_version !== row.version || !row.same_value),
    (row) =>
      `answer ${row.question_code} of ${row.response_id} is at version ${row.version} after ${row.operations} ` +
      `operation(s) (last ${row.last_version}, same value: ${row.same_value})`,
  );
  add(
    (
      await db.query(
        `SELECT o."operation_id" FROM "survey_answer_operation" o
          WHERE NOT EXISTS (SELECT 1 FROM "survey_answer" a
                             WHERE a."response_id" = o."response_id" AND a."question_code" = o."question_code")`,
      )
    ).rows,
    (row) => `operation ${row.operation_id} has no answer`,
  );
  const events = await db.query(
    `SELECT e."details"->>'operationId' AS "operation_id", count(*)::int AS "events"
       FROM "audit_event" e WHERE e."action" = 'response.answer_changed' GROUP BY 1`,
  );
  const eventsByOperation = new Map(events.rows.map((row) => [row.operation_id, row.events]));
  const operations = new Map(
    (
      await db.query(
        `SELECT "operation_id", "response_id", "question_code", "version", "value" FROM "survey_answer_operation"`,
      )
    ).rows.map((row) => [row.operation_id, row]),
  );
  for (const id of operations.keys()) {
    const count = eventsByOperation.get(id) ?? 0;
    if (count !== 1) violations.push(`operation ${id} has ${count} audit event(s)`);
  }
  for (const id of eventsByOperation.keys()) {
    if (!operations.has(id)) violations.push(`audit event of operation ${id} without the operation`);
  }

  // Every write the client saw acknowledged is there.
  for (const save of ledger.saves.filter((entry) => entry.outcome === 'acknowledged')) {
    const stored = operations.get(save.operationId);
    if (
      !stored ||
      stored.response_id !== save.responseId ||
      stored.question_code !== save.questionCode ||
      stored.version !== save.version ||
      canonicalJson(stored.value) !== canonicalJson(save.value)
    ) {
      violations.push(`acknowledged save ${save.operationId} (${save.questionCode} v${save.version}) is not stored`);
    }
  }
  for (const submit of ledger.submits.filter((entry) => entry.outcome === 'acknowledged')) {
    const stored = responses.get(submit.responseId);
    if (!stored || !SUBMITTED.includes(stored.status) || !stored.has_score) {
      violations.push(`acknowledged submit of ${submit.responseId} is not stored (${stored?.status})`);
    }
  }
  return { violations, responses, operations };
}

/** The current version of every answer: responseId → { questionCode → version }. */
export async function answerVersions(db) {
  const versions = new Map();
  const { rows } = await db.query(`SELECT "response_id", "question_code", "version" FROM "survey_answer"`);
  for (const row of rows) {
    if (!versions.has(row.response_id)) versions.set(row.response_id, {});
    versions.get(row.response_id)[row.question_code] = row.version;
  }
  return versions;
}
