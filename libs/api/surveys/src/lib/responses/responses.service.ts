import { AuditService } from '@digitalcheck/api-audit';
import { AppUser, type Principal, restrictToRegions } from '@digitalcheck/api-auth';
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
import { SurveyAnswer } from '../entities/survey-answer.entity';
import { SurveyAnswerOperation } from '../entities/survey-answer-operation.entity';
import { SurveyResponse } from '../entities/survey-response.entity';
import { SurveyWave } from '../entities/survey-wave.entity';
import type { AnswerSaveBody } from '../http/surveys.dto';
import { SurveyException, waveClosed } from '../http/survey-exception';
import { type WaveTimes, waveStatus } from '../waves/wave-state';
import { type SignedInActor, WavesService } from '../waves/waves.service';

/** Statuses in which answers may change and the response may be submitted. */
const EDITABLE: readonly ResponseStatus[] = ['draft', 'reopened'];

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
   * Autosave of one answer in two database round trips and no explicit transaction. First one read: the
   * response (if the caller may read it) with its wave, the current answer and the operation id. Then one
   * statement (atomic by itself) that share-locks the response row while it is still editable (a submit waits
   * for a running save, and a save after a submit writes nothing), writes the answer only on top of the version
   * the client edited, and inserts the operation and the audit event from the written row. A stale base version
   * answers 409 with the current answer; a repeated operation id returns the original result.
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
    const context = await this.saveContext(principal, responseId, questionCode, body.operationId);
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

    // The version in the audit event comes from the written row (always baseVersion + 1).
    const details = JSON.stringify({
      questionCode,
      oldValue: context.answer_value ?? null,
      newValue: body.value,
      operationId: body.operationId,
    });
    const written: Array<{ open: boolean; version: number | null; saved_at: Date | null }> =
      await this.dataSource.query(currentVersion === 0 ? INSERT_ANSWER : UPDATE_ANSWER, [
        responseId,
        questionCode,
        body.value === null ? null : JSON.stringify(body.value),
        principal.userId,
        body.baseVersion,
        body.operationId,
        context.region_ars,
        details,
        actor.requestId || null,
        responseId,
      ]);
    const row = written[0];
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
    return {
      questionCode,
      value: body.value,
      version: row.version,
      savedAt: iso(row.saved_at),
      savedBy: principal.displayName,
    };
  }

  /**
   * The response a save is about, if the caller may read it (restrictToRegions), with its wave, the current
   * answer with its saver's name and the operation with that id, if any. Nothing is locked, hence the outer joins.
   */
  private saveContext(
    principal: Principal,
    responseId: string,
    questionCode: string,
    operationId: string,
  ): Promise<SaveContext | undefined> {
    return restrictToRegions(
      this.dataSource.manager
        .createQueryBuilder(SurveyResponse, 'r')
        .innerJoin('r.wave', 'w')
        .leftJoin(SurveyAnswer, 'a', 'a.responseId = r.id AND a.questionCode = :questionCode', { questionCode })
        .leftJoin(AppUser, 'ua', 'ua.id = a.savedBy')
        .leftJoin(SurveyAnswerOperation, 'o', 'o.operationId = :operationId', { operationId })
        .leftJoin(AppUser, 'uo', 'uo.id = o.savedBy')
        .select('r.regionArs', 'region_ars')
        .addSelect('r.status', 'status')
        .addSelect('w.questionnaireId', 'questionnaire_id')
        .addSelect('w.questionnaireVersion', 'questionnaire_version')
        .addSelect('w.startsAt', 'starts_at')
        .addSelect('w.endsAt', 'ends_at')
        .addSelect('w.closedAt', 'closed_at')
        .addSelect('a.value', 'answer_value')
        .addSelect('a.version', 'answer_version')
        .addSelect('a.savedAt', 'answer_saved_at')
        .addSelect('ua.displayName', 'answer_saved_by_name')
        .addSelect('o.responseId', 'op_response_id')
        .addSelect('o.questionCode', 'op_question_code')
        .addSelect('o.value', 'op_value')
        .addSelect('o.version', 'op_version')
        .addSelect('o.savedAt', 'op_saved_at')
        .addSelect('uo.displayName', 'op_saved_by_name'),
      principal,
      'r.region_ars',
      'read',
    )
      .andWhere('r.id = :responseId', { responseId })
      .getRawOne<SaveContext>();
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

interface SaveContext extends CurrentAnswer {
  region_ars: string;
  status: ResponseStatus;
  questionnaire_id: string;
  questionnaire_version: number;
  starts_at: Date;
  ends_at: Date;
  closed_at: Date | null;
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
       WHERE "id" = $1 AND "status" IN (${EDITABLE.map((status) => `'${status}'`).join(', ')}) FOR SHARE
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

/** The first save of a question (base version 0). */
const INSERT_ANSWER = answerWrite(`
      INSERT INTO "survey_answer" ("response_id", "question_code", "value", "version", "saved_at", "saved_by")
      SELECT "id", $2::varchar, $3::jsonb, 1, now(), $4::uuid FROM "gate" WHERE $5::integer = 0
      ON CONFLICT ("response_id", "question_code") DO NOTHING
      RETURNING "version", "saved_at"`);

/** A later save, only on top of the base version. */
const UPDATE_ANSWER = answerWrite(`
      UPDATE "survey_answer"
         SET "value" = $3::jsonb, "version" = "version" + 1, "saved_at" = now(), "saved_by" = $4::uuid
       WHERE "response_id" = (SELECT "id" FROM "gate") AND "question_code" = $2::varchar AND "version" = $5::integer
      RETURNING "version", "saved_at"`);
