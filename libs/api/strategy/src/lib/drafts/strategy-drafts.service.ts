import { AuditService } from '@digitalcheck/api-audit';
import type { Principal } from '@digitalcheck/api-auth';
import { ApiException, ApiValidationException } from '@digitalcheck/api-platform';
import { ResponsesService, SurveyException, type SignedInActor, type SurveyResponse } from '@digitalcheck/api-surveys';
import type { StrategyContent, StrategyDraft, StrategyVersionSummary } from '@digitalcheck/shared-contracts';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { StrategyConflictException } from '../http/strategy-exception';
import { checkDraft } from './check-draft';
import { MeasureCatalogue } from './measure-catalogue';

export const EMPTY_CONTENT: StrategyContent = { focusFields: [], vision: '', measures: [] };

interface DraftRow {
  version: number;
  content: StrategyContent;
  saved_at: Date;
  saved_by_name: string | null;
}

/**
 * The region's Digitalstrategie draft per submitted response. Access exactly as the response's result: the
 * region's respondents, the Land's analysts and admins read (others 404); only the region's respondents save.
 * Every save names the version it edited (409 STRATEGY_CONFLICT with the current draft otherwise), counts the
 * version up and keeps the content as a version row, in one transaction, audited as `strategy.saved`.
 */
@Injectable()
export class StrategyDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponsesService,
    private readonly catalogue: MeasureCatalogue,
    private readonly audit: AuditService,
  ) {}

  /** The submitted response the caller may read (404 unseen, 409 RESPONSE_NOT_SUBMITTED before a submit). */
  async response(principal: Principal, id: string): Promise<SurveyResponse> {
    try {
      return await this.responses.submitted(principal, id);
    } catch (error) {
      if (error instanceof SurveyException && error.code === 'RESPONSE_STATUS') {
        throw new ApiException(409, 'RESPONSE_NOT_SUBMITTED', 'A strategy draft needs a submitted response.');
      }
      throw error;
    }
  }

  async draft(principal: Principal, id: string): Promise<StrategyDraft> {
    const response = await this.response(principal, id);
    return this.current(this.dataSource.manager, response);
  }

  async save(actor: SignedInActor, id: string, baseVersion: number, content: StrategyContent): Promise<StrategyDraft> {
    const { principal } = actor;
    const response = await this.response(principal, id);
    if (!principal.regions.includes(response.regionArs)) {
      throw new ForbiddenException('Only the respondents of the region edit its strategy draft.');
    }
    const catalogue = await this.catalogue.byIds(content.measures.map((measure) => measure.measureId));
    const errors = checkDraft(content, catalogue);
    if (errors.length > 0) throw new ApiValidationException(errors);

    const saved = await this.dataSource.transaction(async (manager) => {
      const savedAt = new Date();
      const json = JSON.stringify(content);
      const written: Array<{ version: number }> =
        baseVersion === 0
          ? await manager.query(
              `INSERT INTO "strategy_draft" ("response_id", "wave_id", "region_ars", "version", "content", "saved_at", "saved_by")
               VALUES ($1, $2, $3, 1, $4, $5, $6) ON CONFLICT ("response_id") DO NOTHING RETURNING "version"`,
              [id, response.waveId, response.regionArs, json, savedAt, principal.userId],
            )
          : await manager.query(
              // As a SELECT over the update, so the driver answers rows (an UPDATE answers [rows, count]).
              `WITH "updated" AS (
                 UPDATE "strategy_draft" SET "version" = "version" + 1, "content" = $3, "saved_at" = $4, "saved_by" = $5
                  WHERE "response_id" = $1 AND "version" = $2 RETURNING "version")
               SELECT "version" FROM "updated"`,
              [id, baseVersion, json, savedAt, principal.userId],
            );
      if (written.length === 0) return null;
      const version = written[0].version;
      await manager.query(
        `INSERT INTO "strategy_version" ("response_id", "version", "content", "saved_at", "saved_by")
         VALUES ($1, $2, $3, $4, $5)`,
        [id, version, json, savedAt, principal.userId],
      );
      await this.audit.record(manager, {
        action: 'strategy.saved',
        entityType: 'survey_response',
        entityId: id,
        actorId: principal.userId,
        regionArs: response.regionArs,
        details: {
          version,
          focusFields: content.focusFields,
          measures: content.measures.map((measure) => measure.measureId),
        },
        requestId: actor.requestId || null,
      });
      return version;
    });
    const current = await this.current(this.dataSource.manager, response);
    if (saved === null) throw new StrategyConflictException(current);
    return current;
  }

  async versions(principal: Principal, id: string): Promise<StrategyVersionSummary[]> {
    await this.response(principal, id);
    const rows: Array<{ version: number; saved_at: Date; saved_by_name: string | null }> = await this.dataSource.query(
      `SELECT v."version", v."saved_at", u."display_name" AS "saved_by_name"
           FROM "strategy_version" v LEFT JOIN "app_user" u ON u."id" = v."saved_by"
          WHERE v."response_id" = $1 ORDER BY v."version" DESC`,
      [id],
    );
    return rows.map((row) => ({
      version: Number(row.version),
      savedAt: new Date(row.saved_at).toISOString(),
      savedBy: row.saved_by_name,
    }));
  }

  /** One saved version as a draft (the content then, who saved it when). */
  async version(principal: Principal, id: string, version: number): Promise<StrategyDraft> {
    const response = await this.response(principal, id);
    const rows: DraftRow[] = await this.dataSource.query(
      `SELECT v."version", v."content", v."saved_at", u."display_name" AS "saved_by_name"
         FROM "strategy_version" v LEFT JOIN "app_user" u ON u."id" = v."saved_by"
        WHERE v."response_id" = $1 AND v."version" = $2`,
      [id, version],
    );
    if (rows.length === 0) throw new NotFoundException(`The draft has no version ${version}.`);
    return this.toDraft(response, rows[0]);
  }

  private async current(manager: EntityManager, response: SurveyResponse): Promise<StrategyDraft> {
    const rows: DraftRow[] = await manager.query(
      `SELECT d."version", d."content", d."saved_at", u."display_name" AS "saved_by_name"
         FROM "strategy_draft" d LEFT JOIN "app_user" u ON u."id" = d."saved_by"
        WHERE d."response_id" = $1`,
      [response.id],
    );
    return this.toDraft(response, rows[0] ?? null);
  }

  private async toDraft(response: SurveyResponse, row: DraftRow | null): Promise<StrategyDraft> {
    const regions: Array<{ name: string }> = await this.dataSource.query(
      `SELECT "name" FROM "region" WHERE "ars" = $1`,
      [response.regionArs],
    );
    return {
      responseId: response.id,
      regionArs: response.regionArs,
      regionName: regions[0]?.name ?? response.regionArs,
      content: row ? row.content : EMPTY_CONTENT,
      version: row ? Number(row.version) : 0,
      savedAt: row ? new Date(row.saved_at).toISOString() : null,
      savedBy: row ? row.saved_by_name : null,
    };
  }
}
