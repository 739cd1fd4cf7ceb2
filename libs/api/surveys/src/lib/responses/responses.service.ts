import { AuditService } from '@digitalcheck/api-audit';
import { type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { runPrepared } from '@digitalcheck/api-database';
import { ApiValidationException } from '@digitalcheck/api-platform';
import type {
  AnswerConflict,
  ResponseDetail,
  ResponseResult,
  ResponseStatus,
  SavedAnswer,
} from '@digitalcheck/shared-contracts';
import {
  type Answers,
  type QuestionnaireDefinition,
  type ResponseScore,
  scoreResponse,
  validateAnswers,
} from '@digitalcheck/shared-scoring';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DefinitionCache } from '../definitions/definition-cache';
import { SurveyResponse } from '../entities/survey-response.entity';
import { SurveyWave } from '../entities/survey-wave.entity';
import type { AnswerSaveBody } from '../http/surveys.dto';
import { SurveyException, waveClosed } from '../http/survey-exception';
import { type WaveTimes, waveStatus } from '../waves/wave-state';
import { EDITABLE, INSERT_ANSWER, regionReadScope, SAVE_INSERT, SAVE_UPDATE, UPDATE_ANSWER } from './answer-save.sql';
import { type SignedInActor, WavesService } from '../waves/waves.service';

interface AnswerRow {
  value: unknown;
  version: number;
  saved_at: Date;
  saved_by_name: string | null;
}

/**
 * Responses: one per region and wave, created when first opened; answers saved one question at a time with
 * per-question versions (no silent overwrite) and operation ids (no double apply); then submitted (scored by
 * shared-scoring), reopened and published. Tenant scope only through restrictToRegions and Principal.
 */
@Injectable()
export class ResponsesService {
  /** Per response id, the questionnaire of its wave as last read by a save (see validatedAgainst). */
  private readonly questionnaireHints = new Map<string, QuestionnaireHint>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: DefinitionCache,
    private readonly waves: WavesService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's invited regions in a wave, with their response if there is one (nothing is created). */
  async mine(
    principal: Principal,
    waveId: string,
  ): Promise<Array<{ regionArs: string; responseId: string | null; status: ResponseStatus | null }>> {
    const manager = this.dataSource.manager;
    await this.visibleWave(manager, principal, waveId);
    if (principal.regions.length === 0) return [];
    const rows: Array<{ ars: string; id: string | null; status: ResponseStatus | null }> = await manager.query(
      `SELECT wr."region_ars" AS "ars", r."id" AS "id", r."status" AS "status"
         FROM "survey_wave_region" wr
         LEFT JOIN "survey_response" r ON r."wave_id" = wr."wave_id" AND r."region_ars" = wr."region_ars"
        WHERE wr."wave_id" = $1 AND wr."region_ars" = ANY($2)
        ORDER BY wr."region_ars"`,
      [waveId, [...principal.regions]],
    );
    return rows.map((row) => ({ regionArs: row.ars, responseId: row.id, status: row.status }));
  }

  /**
   * Get-or-create the response of a region: respondents of the region (and admins) create it while the wave
   * is open; analysts of the Land read an existing one. Regions not invited or not visible answer 404.
   */
  async open(actor: SignedInActor, waveId: string, regionArs: string): Promise<ResponseDetail> {
    const { principal } = actor;
    const id = await this.dataSource.transaction(async (manager) => {
      const wave = await this.visibleWave(manager, principal, waveId);
      const invited = await manager.query(
        `SELECT 1 FROM "survey_wave_region" WHERE "wave_id" = $1 AND "region_ars" = $2`,
        [waveId, regionArs],
      );
      if (!principal.canRead(regionArs) || invited.length === 0) {
        throw new NotFoundException(`Region ${regionArs} is not invited to wave ${waveId}.`);
      }
      const existing = await manager.findOneBy(SurveyResponse, { waveId, regionArs });
      if (existing) return existing.id;
      if (!canEdit(principal, regionArs)) throw new NotFoundException(`Region ${regionArs} has not responded yet.`);
      checkWaveOpen(wave);
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO "survey_response" ("wave_id", "region_ars", "status", "created_by") VALUES ($1, $2, 'draft', $3)
         ON CONFLICT ("wave_id", "region_ars") DO NOTHING RETURNING "id"`,
        [waveId, regionArs, principal.userId],
      );
      if (inserted.length === 0) {
        // Opened at the same moment by a colleague: theirs is the response.
        return (await manager.findOneByOrFail(SurveyResponse, { waveId, regionArs })).id;
      }
      await this.record(manager, actor, 'response.created', inserted[0].id, regionArs, { waveId });
      return inserted[0].id;
    });
    return this.detail(principal, id);
  }

  /** Answers with their versions, status and progress per section (shared-scoring completeness). */
  async detail(principal: Principal, id: string): Promise<ResponseDetail> {
    const manager = this.dataSource.manager;
    const response = await this.found(manager, principal, id, null);
    const wave = response.wave as SurveyWave;
    const rows: Array<AnswerRow & { question_code: string }> = await manager.query(
      `SELECT a."question_code", a."value", a."version", a."saved_at", u."display_name" AS "saved_by_name"
         FROM "survey_answer" a LEFT JOIN "app_user" u ON u."id" = a."saved_by"
        WHERE a."response_id" = $1 ORDER BY a."question_code"`,
      [id],
    );
    const definition = await this.definitions.forWave(manager, wave.questionnaireId, wave.questionnaireVersion);
    const answers: Answers = {};
    for (const row of rows) if (row.value !== null) answers[row.question_code] = row.value as Answers[string];
    const { completeness, hiddenQuestions } = scoreResponse(definition, answers);
    const regions: Array<{ name: string }> = await manager.query(`SELECT "name" FROM "region" WHERE "ars" = $1`, [
      response.regionArs,
    ]);
    const status = waveStatus(wave);
    return {
      id: response.id,
      waveId: wave.id,
      waveTitle: wave.title,
      waveStatus: status,
      regionArs: response.regionArs,
      regionName: regions[0]?.name ?? response.regionArs,
      questionnaireId: wave.questionnaireId,
      questionnaireVersion: wave.questionnaireVersion,
      status: response.status,
      answers: Object.fromEntries(
        rows.map((row) => [
          row.question_code,
          { value: row.value, version: row.version, savedAt: iso(row.saved_at), savedBy: row.saved_by_name },
        ]),
      ),
      hiddenQuestions,
      progress: completeness,
      editable: canEdit(principal, response.regionArs) && status === 'open' && EDITABLE.includes(response.status),
      createdAt: response.createdAt.toISOString(),
      submittedAt: response.submittedAt?.toISOString() ?? null,
      publishedAt: response.publishedAt?.toISOString() ?? null,
    };
  }

  /**
   * Autosave of one answer, usually in one database statement and no explicit transaction (SAVE_INSERT or
   * SAVE_UPDATE): it reads the response (if the caller may read it) with its wave, the current answer and the
   * operation id, and in the same statement (atomic by itself), when every check passes, share-locks the response
   * row while it is still editable (a submit waits for a running save, and a save after a submit writes nothing),
   * writes the answer only on top of the version the client edited, and inserts the operation and the audit event
   * from the written row. Otherwise the checks run on what it read, in their order, and a good save is written
   * by a second statement of the same form. A stale base version answers 409 with the current answer; a repeated
   * operation id returns the original result.
   */
  async saveAnswer(
    actor: SignedInActor,
    responseId: string,
    questionCode: string,
    body: AnswerSaveBody,
  ): Promise<SavedAnswer> {
    for (let attempt = 1; ; attempt++) {
      try {
        const saved = await this.trySave(actor, responseId, questionCode, body);
        if (saved) return saved;
      } catch (error) {
        // The same operation id committed by a concurrent request (its primary key): the next read finds it.
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
      if (attempt >= 3) {
        throw new SurveyException(409, 'RESPONSE_STATUS', 'The response changed its status while saving.');
      }
    }
  }

  /** One attempt; null when the response's status changed between the read and the write and is editable again. */
  private async trySave(
    actor: SignedInActor,
    responseId: string,
    questionCode: string,
    body: AnswerSaveBody,
  ): Promise<SavedAnswer | null> {
    const { principal } = actor;
    const value = body.value === null ? null : JSON.stringify(body.value);
    // Read and, when every check below would pass, write in the same statement (see saveStatement).
    const hint = await this.validatedAgainst(responseId, questionCode, body.value);
    const [read] = await runPrepared<SaveRow>(this.dataSource, body.baseVersion === 0 ? SAVE_INSERT : SAVE_UPDATE, [
      responseId,
      questionCode,
      value,
      principal.userId,
      body.baseVersion,
      body.operationId,
      JSON.stringify({ questionCode, newValue: body.value, operationId: body.operationId }),
      actor.requestId || null,
      responseId,
      new Date(),
      hint?.questionnaireId ?? null,
      hint?.questionnaireVersion ?? null,
      hint !== null,
      ...regionReadScope(principal),
    ]);
    const context = read.region_ars === null ? undefined : (read as SaveContext);
    if (context) this.rememberQuestionnaire(responseId, context);
    if (read.ok && read.written_version !== null && read.written_saved_at !== null) {
      return saved(questionCode, body.value, read.written_version, read.written_saved_at, principal.displayName);
    }

    if (!context) throw new NotFoundException(`There is no response ${responseId}.`);
    if (!canEdit(principal, context.region_ars)) {
      throw new ForbiddenException('Only the respondents of the region change its answers.');
    }
    const repeated = repeatedOperation(context, responseId, questionCode);
    if (repeated) return repeated;

    checkWaveOpen({ startsAt: context.starts_at, endsAt: context.ends_at, closedAt: context.closed_at });
    checkEditable(context.status);
    const definition = await this.definitions.forWave(
      this.dataSource.manager,
      context.questionnaire_id,
      context.questionnaire_version,
    );
    checkAnswer(definition, questionCode, body.value);

    // The operation was looked up in the same snapshot: a stale base version is a conflict with this answer.
    const currentVersion = context.answer_version ?? 0;
    if (body.baseVersion !== currentVersion) {
      throw answerConflict(body, questionCode, {
        value: context.answer_value,
        version: context.answer_version,
        saved_at: context.answer_saved_at,
        saved_by_name: context.answer_saved_by_name,
      });
    }

    // Every check passed. Either the combined statement tried the write and it did not apply (`ok`), or it
    // could not know that the save was good (no or another questionnaire hint, the wave's start or end passed
    // in between): then the write alone, in the same form. The audit event's version comes from the written
    // row (always baseVersion + 1).
    const row: { open: boolean; version: number | null; saved_at: Date | null } = read.ok
      ? { open: read.open, version: read.written_version, saved_at: read.written_saved_at }
      : (
          await runPrepared<{ open: boolean; version: number | null; saved_at: Date | null }>(
            this.dataSource,
            currentVersion === 0 ? INSERT_ANSWER : UPDATE_ANSWER,
            [
              responseId,
              questionCode,
              value,
              principal.userId,
              body.baseVersion,
              body.operationId,
              context.region_ars,
              JSON.stringify({
                questionCode,
                oldValue: context.answer_value ?? null,
                newValue: body.value,
                operationId: body.operationId,
              }),
              actor.requestId || null,
              responseId,
            ],
          )
        )[0];
    if (!row.open) {
      // Submitted (or deleted) since the read: the submit went first.
      const now: Array<{ status: ResponseStatus }> = await this.dataSource.query(
        `SELECT "status" FROM "survey_response" WHERE "id" = $1`,
        [responseId],
      );
      if (!now[0]) throw new NotFoundException(`There is no response ${responseId}.`);
      checkEditable(now[0].status);
      return null;
    }
    if (row.version === null || row.saved_at === null) {
      // A colleague's save (or this very operation, sent twice) committed since the read.
      const now = await this.currentAnswer(responseId, questionCode, body.operationId);
      const again = repeatedOperation(now, responseId, questionCode);
      if (again) return again;
      throw answerConflict(body, questionCode, {
        value: now.answer_value,
        version: now.answer_version,
        saved_at: now.answer_saved_at,
        saved_by_name: now.answer_saved_by_name,
      });
    }
    return saved(questionCode, body.value, row.version, row.saved_at, principal.displayName);
  }

  /**
   * The questionnaire (id and version) of the response's wave as last read, if `value` is a valid answer to
   * `questionCode` in it; null otherwise (not read yet in this process, or invalid: the full checks then run
   * in their order). Only a hint: the save statement writes only if the wave still has this questionnaire.
   */
  private async validatedAgainst(
    responseId: string,
    questionCode: string,
    value: unknown,
  ): Promise<QuestionnaireHint | null> {
    const hint = this.questionnaireHints.get(responseId);
    if (!hint) return null;
    const definition = await this.definitions
      .published(this.dataSource.manager, hint.questionnaireId, hint.questionnaireVersion)
      .catch(() => null);
    if (!definition) return null;
    return validateAnswers(definition, { [questionCode]: value }).errors[questionCode] ? null : hint;
  }

  private rememberQuestionnaire(responseId: string, context: SaveContext): void {
    const known = this.questionnaireHints.get(responseId);
    if (
      known?.questionnaireId === context.questionnaire_id &&
      known.questionnaireVersion === context.questionnaire_version
    ) {
      return;
    }
    // Bounded: a wave has a few thousand responses; past the bound the hints start over.
    if (this.questionnaireHints.size >= MAX_QUESTIONNAIRE_HINTS) this.questionnaireHints.clear();
    this.questionnaireHints.set(responseId, {
      questionnaireId: context.questionnaire_id,
      questionnaireVersion: context.questionnaire_version,
    });
  }

  /** The answer and the operation as committed now (a fresh read after a write that did not apply). */
  private async currentAnswer(responseId: string, questionCode: string, operationId: string): Promise<CurrentAnswer> {
    const rows: CurrentAnswer[] = await this.dataSource.query(
      `SELECT a."value" AS "answer_value", a."version" AS "answer_version", a."saved_at" AS "answer_saved_at",
              ua."display_name" AS "answer_saved_by_name",
              o."response_id" AS "op_response_id", o."question_code" AS "op_question_code", o."value" AS "op_value",
              o."version" AS "op_version", o."saved_at" AS "op_saved_at", uo."display_name" AS "op_saved_by_name"
         FROM (SELECT 1) AS "one"
         LEFT JOIN "survey_answer" a ON a."response_id" = $1 AND a."question_code" = $2
         LEFT JOIN "app_user" ua ON ua."id" = a."saved_by"
         LEFT JOIN "survey_answer_operation" o ON o."operation_id" = $3
         LEFT JOIN "app_user" uo ON uo."id" = o."saved_by"`,
      [responseId, questionCode, operationId],
    );
    return rows[0];
  }

  /**
   * draft|reopened → submitted: every visible required question answered (else 422 listing the codes), then
   * scores and derived indicators computed by shared-scoring and stored in the same transaction.
   */
  async submit(actor: SignedInActor, id: string): Promise<ResponseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const { principal } = actor;
      const response = await this.found(manager, principal, id, 'update');
      if (!canEdit(principal, response.regionArs)) {
        throw new ForbiddenException('Only the respondents of the region submit its response.');
      }
      const wave = response.wave as SurveyWave;
      checkWaveOpen(wave);
      checkEditable(response.status);
      const definition = await this.definitions.forWave(manager, wave.questionnaireId, wave.questionnaireVersion);
      const rows: Array<{ question_code: string; value: unknown }> = await manager.query(
        `SELECT "question_code", "value" FROM "survey_answer" WHERE "response_id" = $1 AND "value" IS NOT NULL`,
        [id],
      );
      const answers: Answers = Object.fromEntries(rows.map((row) => [row.question_code, row.value as Answers[string]]));
      const validation = validateAnswers(definition, answers, { forSubmit: true });
      if (!validation.ok) {
        throw new ApiValidationException(
          Object.entries(validation.errors).map(([field, code]) => ({
            field,
            code,
            message: answerMessage(field, code),
          })),
          422,
        );
      }
      const population: Array<{ population: number | null }> = await manager.query(
        `SELECT "population" FROM "region" WHERE "ars" = $1`,
        [response.regionArs],
      );
      const referencePopulation = population[0]?.population ?? undefined;
      const score = scoreResponse(definition, answers, { referencePopulation });
      await manager.update(SurveyResponse, id, {
        status: 'submitted',
        score,
        submittedAt: new Date(),
        submittedBy: principal.userId,
      });
      await this.record(manager, actor, 'response.submitted', id, response.regionArs, {
        from: response.status,
        index: score.index.score,
        indexStatus: score.index.status,
      });
    });
    return this.detail(actor.principal, id);
  }

  /** submitted → reopened, by an analyst of the Land or an admin, with a reason; the stored score is dropped. */
  async reopen(actor: SignedInActor, id: string, reason: string): Promise<ResponseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const response = await this.foundManaged(manager, actor.principal, id);
      if (response.status !== 'submitted') throw statusConflict(response.status, 'reopened');
      checkWaveOpen(response.wave as SurveyWave);
      await manager.update(SurveyResponse, id, { status: 'reopened', score: null });
      await this.record(manager, actor, 'response.reopened', id, response.regionArs, { reason: reason.trim() });
    });
    return this.detail(actor.principal, id);
  }

  /** submitted → published, by an analyst of the Land or an admin (also after the wave has closed). */
  async publish(actor: SignedInActor, id: string): Promise<ResponseDetail> {
    await this.dataSource.transaction(async (manager) => {
      const response = await this.foundManaged(manager, actor.principal, id);
      if (response.status !== 'submitted') throw statusConflict(response.status, 'published');
      await manager.update(SurveyResponse, id, { status: 'published', publishedAt: new Date() });
      await this.record(manager, actor, 'response.published', id, response.regionArs, {});
    });
    return this.detail(actor.principal, id);
  }

  /** The scores stored at submit; 409 before a submit. */
  async result(principal: Principal, id: string): Promise<ResponseResult> {
    const response = await this.submitted(principal, id);
    return {
      responseId: response.id,
      status: response.status,
      submittedAt: (response.submittedAt ?? response.updatedAt).toISOString(),
      score: response.score,
    };
  }

  /** A submitted or published response the caller may read, with its scores; 409 before a submit, 404 if unseen. */
  async submitted(principal: Principal, id: string): Promise<SurveyResponse & { score: ResponseScore }> {
    const response = await this.found(this.dataSource.manager, principal, id, null);
    const { score } = response;
    if ((response.status !== 'submitted' && response.status !== 'published') || !score) {
      throw new SurveyException(409, 'RESPONSE_STATUS', 'The response has not been submitted; there is no result yet.');
    }
    return Object.assign(response, { score });
  }

  /** A response the caller may read, with its wave; 404 otherwise (also for other tenants' ids). */
  private async found(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock: 'share' | 'update' | null,
  ): Promise<SurveyResponse> {
    const query = restrictToRegions(
      manager.createQueryBuilder(SurveyResponse, 'r').innerJoinAndSelect('r.wave', 'w'),
      principal,
      'r.region_ars',
      'read',
    ).andWhere('r.id = :responseId', { responseId: id });
    if (lock) query.setLock(lock === 'share' ? 'pessimistic_read' : 'pessimistic_write', undefined, ['r']);
    const response = await query.getOne();
    if (!response) throw new NotFoundException(`There is no response ${id}.`);
    return response;
  }

  private async foundManaged(manager: EntityManager, principal: Principal, id: string): Promise<SurveyResponse> {
    const response = await this.found(manager, principal, id, 'update');
    if (!principal.canManage(response.regionArs)) {
      throw new ForbiddenException('Only admins and the analysts of the Land reopen and publish responses.');
    }
    return response;
  }

  private async visibleWave(manager: EntityManager, principal: Principal, waveId: string): Promise<SurveyWave> {
    const wave = await this.waves.visible(manager, principal).andWhere('w.id = :waveId', { waveId }).getOne();
    if (!wave) throw new NotFoundException(`There is no wave ${waveId}.`);
    return wave;
  }

  private record(
    manager: EntityManager,
    actor: SignedInActor,
    action: string,
    responseId: string,
    regionArs: string,
    details: Record<string, unknown>,
  ): Promise<unknown> {
    return this.audit.record(manager, {
      action,
      entityType: 'survey_response',
      entityId: responseId,
      actorId: actor.principal.userId,
      regionArs,
      details,
      requestId: actor.requestId || null,
    });
  }
}

/** Respondents of the region edit and submit; admins may too (support). Analysts read only. */
function canEdit(principal: Principal, regionArs: string): boolean {
  return principal.isAdmin || principal.regions.includes(regionArs);
}

function checkWaveOpen(wave: WaveTimes): void {
  const status = waveStatus(wave);
  if (status === 'scheduled') throw new SurveyException(409, 'WAVE_NOT_OPEN', 'The wave has not started yet.');
  if (status === 'closed') throw waveClosed();
}

function checkEditable(status: ResponseStatus): void {
  if (EDITABLE.includes(status)) return;
  throw new SurveyException(
    409,
    'RESPONSE_STATUS',
    `The response is ${status}: answers change only in a draft or a reopened response.`,
  );
}

function statusConflict(status: ResponseStatus, target: ResponseStatus): SurveyException {
  return new SurveyException(409, 'RESPONSE_STATUS', `A ${status} response cannot be ${target}; submit it first.`);
}

/** Type, range and option checks of one answer (shared-scoring); `required` waits for the submit. */
function checkAnswer(definition: QuestionnaireDefinition, questionCode: string, value: unknown): void {
  const error = validateAnswers(definition, { [questionCode]: value }).errors[questionCode];
  if (error)
    throw new ApiValidationException([
      { field: questionCode, code: error, message: answerMessage(questionCode, error) },
    ]);
}

const ANSWER_MESSAGES: Record<string, string> = {
  unknownQuestion: 'the questionnaire has no such question',
  wrongType: 'the value has the wrong type for this question',
  unknownOption: 'the question has no such option',
  duplicateOption: 'an option is chosen twice',
  exclusiveCombined: 'an exclusive option is combined with others',
  unknownRow: 'the matrix has no such row',
  belowMin: 'the number is below the minimum',
  aboveMax: 'the number is above the maximum',
  notInteger: 'the number must be whole',
  invalidDate: 'the date is not a valid ISO date',
  tooLong: 'the text is too long',
  invalidFormat: 'the value has the wrong format',
  required: 'the question must be answered',
  rowsMissing: 'every row of the matrix must be answered',
};

function answerMessage(questionCode: string, code: string): string {
  return `${questionCode}: ${ANSWER_MESSAGES[code] ?? code}`;
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string }; code?: string } | null) ?? null;
  return driverError?.code === '23505' || driverError?.driverError?.code === '23505';
}

/** The operation columns of a save's reads (all null when the operation id is new). */
interface OperationColumns {
  op_response_id: string | null;
  op_question_code: string | null;
  op_value: unknown;
  op_version: number | null;
  op_saved_at: Date | null;
  op_saved_by_name: string | null;
}

interface CurrentAnswer extends OperationColumns {
  answer_value: unknown;
  answer_version: number | null;
  answer_saved_at: Date | null;
  answer_saved_by_name: string | null;
}

/** The questionnaire a save's answer was validated against before the statement (see validatedAgainst). */
interface QuestionnaireHint {
  questionnaireId: string;
  questionnaireVersion: number;
}

const MAX_QUESTIONNAIRE_HINTS = 20_000;

/** The row of SAVE_INSERT / SAVE_UPDATE: the context (all null when not found) and the result of the write. */
type SaveRow = { [K in keyof SaveContext]: SaveContext[K] | null } & {
  ok: boolean | null;
  open: boolean;
  written_version: number | null;
  written_saved_at: Date | null;
};

interface SaveContext extends CurrentAnswer {
  region_ars: string;
  status: ResponseStatus;
  questionnaire_id: string;
  questionnaire_version: number;
  starts_at: Date;
  ends_at: Date;
  closed_at: Date | null;
}

function saved(
  questionCode: string,
  value: unknown,
  version: number,
  savedAt: Date,
  savedBy: string | null,
): SavedAnswer {
  return { questionCode, value, version, savedAt: iso(savedAt), savedBy };
}

/** The result of an operation already applied; 409 when its id was used for another answer. */
function repeatedOperation(row: OperationColumns, responseId: string, questionCode: string): SavedAnswer | null {
  if (row.op_version === null || row.op_saved_at === null) return null;
  if (row.op_response_id !== responseId || row.op_question_code !== questionCode) {
    throw new SurveyException(409, 'OPERATION_REUSED', 'This operationId was used for another answer.');
  }
  return {
    questionCode,
    value: row.op_value,
    version: row.op_version,
    savedAt: iso(row.op_saved_at),
    savedBy: row.op_saved_by_name,
  };
}

/** The base version is stale: 409 with the current answer (version 0 when there is none). */
function answerConflict(
  body: AnswerSaveBody,
  questionCode: string,
  current: { value: unknown; version: number | null; saved_at: Date | null; saved_by_name: string | null },
): SurveyException {
  const conflict: AnswerConflict = {
    current:
      current.version !== null && current.saved_at !== null
        ? {
            value: current.value,
            version: current.version,
            savedAt: iso(current.saved_at),
            savedBy: current.saved_by_name,
          }
        : { value: null, version: 0, savedAt: null, savedBy: null },
  };
  return new SurveyException(
    409,
    'ANSWER_CONFLICT',
    `The answer to ${questionCode} has changed (version ${conflict.current.version}, you edited ${body.baseVersion}).`,
    conflict,
  );
}
