import type { Principal } from '@digitalcheck/api-auth';
import type { RegionLevel, ResponseComparison } from '@digitalcheck/shared-contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ResponsesService } from '../responses/responses.service';
import { type ComparedScores, buildComparison } from './build-comparison';

interface SubjectRegionRow {
  level: RegionLevel;
  kind: string;
  population: number | null;
  land_ars: string;
  land_name: string | null;
}

interface ComparedRow {
  ars: string;
  kind: string;
  population: number | null;
  index: number | null;
  fields: Record<string, number | null> | null;
}

/** The submitted responses of a wave at one level in one Land: index and field scores only. */
const LAND_GROUP_SQL = `
  SELECT reg."ars" AS "ars", reg."kind" AS "kind", reg."population" AS "population",
         (r."score" -> 'index' ->> 'score')::float8 AS "index",
         (SELECT jsonb_object_agg(f ->> 'section', f -> 'score')
            FROM jsonb_array_elements(r."score" -> 'fields') AS f) AS "fields"
    FROM "survey_response" r
    JOIN "region" reg ON reg."ars" = r."region_ars"
   WHERE r."wave_id" = $1
     AND r."status" IN ('submitted', 'published')
     AND r."score" IS NOT NULL
     AND reg."level" = $2
     AND reg."land_ars" = $3`;

/**
 * Compares a submitted response with the other submitted responses of its wave. The query reads only scores
 * (never answers) and the answer holds only aggregates, so a respondent learns nothing about a single region.
 */
@Injectable()
export class ResponseComparisonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly responses: ResponsesService,
  ) {}

  async compare(principal: Principal, id: string): Promise<ResponseComparison> {
    const response = await this.responses.submitted(principal, id);
    const [region] = (await this.dataSource.query(
      `SELECT reg."level" AS "level", reg."kind" AS "kind", reg."population" AS "population",
              reg."land_ars" AS "land_ars", land."name" AS "land_name"
         FROM "region" reg LEFT JOIN "region" land ON land."ars" = reg."land_ars"
        WHERE reg."ars" = $1`,
      [response.regionArs],
    )) as SubjectRegionRow[];
    if (!region) throw new NotFoundException(`The region ${response.regionArs} of response ${id} is unknown.`);
    const rows = (await this.dataSource.query(LAND_GROUP_SQL, [
      response.waveId,
      region.level,
      region.land_ars,
    ])) as ComparedRow[];
    const landGroup = rows.map(
      (row): ComparedScores => ({
        ars: row.ars,
        kind: row.kind,
        population: row.population === null ? null : Number(row.population),
        index: row.index === null ? null : Number(row.index),
        fields: row.fields ?? {},
      }),
    );
    return buildComparison(
      {
        responseId: response.id,
        waveId: response.waveId,
        region: { ars: response.regionArs, level: region.level, kind: region.kind, population: region.population },
        land: { ars: region.land_ars, name: region.land_name ?? region.land_ars },
        score: response.score,
      },
      landGroup,
    );
  }
}
