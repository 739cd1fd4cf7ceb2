import { type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { Region } from '@digitalcheck/api-regions';
import { SurveyResponse, SurveyWaveRegion } from '@digitalcheck/api-surveys';
import type {
  AnalyticsProfileIndicator,
  AnalyticsProfileScore,
  AnalyticsRegionProfile,
  RegionLevel,
} from '@digitalcheck/shared-contracts';
import { peerGroupOf, sizeClassOf } from '@digitalcheck/shared-regions';
import { maturityLevel, scoreResponse } from '@digitalcheck/shared-scoring';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fieldsOf, kpiLabel, questionOf, shareOf } from './analytics-model';
import { AnalyticsService } from './analytics.service';
import { benchmarkOf } from './trend-model';

const INDEX = '#index';
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const isoOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | Date).toISOString();

/** The P1 answer of a field as the stored score holds it: a priority 1–5, "nicht relevant", or nothing. */
function prioritiesOf(stored: { priority?: unknown; notRelevant?: unknown } | undefined): {
  priority: number | null;
  notRelevant: boolean;
} {
  const priority = typeof stored?.priority === 'number' ? stored.priority : null;
  return { priority, notRelevant: stored?.notRelevant === true };
}

/**
 * One invited region in one wave (issue 7): its scores against its peer group and its Land (median and
 * quartiles by percentile_cont, rank by rank(), all in SQL over the stored scores), and its derived indicators
 * against the Land's shares. The Land group is the wave's submitted and published responses of the region's
 * level in its Land, the region's own included; the peers are those of the same kind and size class.
 */
@Injectable()
export class RegionProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly analytics: AnalyticsService,
  ) {}

  async profile(principal: Principal, waveId: string, ars: string): Promise<AnalyticsRegionProfile> {
    const manager = this.dataSource.manager;
    const found = restrictToRegions(
      manager
        .createQueryBuilder()
        .select('reg.ars', 'ars')
        .addSelect('reg.name', 'name')
        .addSelect('reg.kind', 'kind')
        .addSelect('reg.level', 'level')
        .addSelect('reg.land_ars', 'land_ars')
        .addSelect('reg.population', 'population')
        .addSelect('land.name', 'land_name')
        .addSelect('resp.status', 'status')
        .addSelect('resp.submitted_at', 'submitted_at')
        .addSelect(
          `CASE WHEN resp.status IN ('submitted', 'published') THEN resp.score -> 'indicators' END`,
          'own_indicators',
        )
        .addSelect(
          `CASE WHEN resp.status IN ('submitted', 'published') THEN (SELECT jsonb_object_agg(f ->> 'section',
             jsonb_build_object('priority', f -> 'priority', 'notRelevant', f -> 'notRelevant'))
             FROM jsonb_array_elements(resp.score -> 'fields') AS f) END`,
          'own_priorities',
        )
        .from(SurveyWaveRegion, 'wr')
        .innerJoin(Region, 'reg', 'reg.ars = wr.region_ars')
        .leftJoin(Region, 'land', 'land.ars = reg.land_ars')
        .leftJoin(SurveyResponse, 'resp', 'resp.wave_id = wr.wave_id AND resp.region_ars = wr.region_ars')
        .where('wr.wave_id = :profileWave AND wr.region_ars = :profileArs', { profileWave: waveId, profileArs: ars }),
      principal,
      'wr.region_ars',
      'manage',
    );
    const region = (await found.getRawOne()) as Record<string, unknown> | undefined;
    // The wave first: an invisible wave and an uninvited region both read as absent.
    const context = await this.analytics.context(principal, waveId, {
      landArs: region ? String(region['land_ars']) : null,
      level: region ? (String(region['level']) as RegionLevel) : null,
      kind: null,
      sizeClass: null,
      regionArs: [],
    });
    if (!region) throw new NotFoundException(`Region ${ars} is not invited to wave ${waveId}.`);

    const level = String(region['level']) as RegionLevel;
    const kind = String(region['kind']);
    const population = numOrNull(region['population']);
    const size = sizeClassOf(level, population);
    const peerGroup = peerGroupOf({ level, kind, population });
    const { definition, minimum } = context;
    const fieldsOfAction = new Set(
      scoreResponse(definition, {})
        .fields.filter((field) => field.fieldOfAction)
        .map((field) => field.section),
    );

    const params = [...context.params];
    const arsParam = `$${params.push(ars)}::text`;
    const peer = `v."kind" = $${params.push(kind)}::text AND v."size_class" = $${params.push(size?.code ?? null)}::text`;
    const quartiles = (filter: string, prefix: string) =>
      [0.25, 0.5, 0.75]
        .map(
          (p, i) =>
            `percentile_cont(${p}) WITHIN GROUP (ORDER BY v."v") ${filter} AS "${prefix}_${['q1', 'q2', 'q3'][i]}"`,
        )
        .join(', ');
    const rows = await this.analytics.query(
      `${context.cte}, "vals" AS (
         SELECT '${INDEX}' AS "section", s."ars", s."kind", s."size_class",
                (s."score" -> 'index' ->> 'score')::float8 AS "v"
           FROM "scored" s
         UNION ALL
         SELECT f ->> 'section', s."ars", s."kind", s."size_class", (f ->> 'score')::float8
           FROM "scored" s CROSS JOIN LATERAL jsonb_array_elements(s."score" -> 'fields') AS f
       ), "ranked" AS (
         SELECT "section", "ars", rank() OVER (PARTITION BY "section" ORDER BY "v" DESC) AS "rnk"
           FROM "vals" WHERE "v" IS NOT NULL)
       SELECT v."section",
              count(v."v") AS "land_n", ${quartiles('', 'land')},
              count(v."v") FILTER (WHERE ${peer}) AS "peer_n", ${quartiles(`FILTER (WHERE ${peer})`, 'peer')},
              max(v."v") FILTER (WHERE v."ars" = ${arsParam}) AS "own",
              (SELECT r."rnk" FROM "ranked" r WHERE r."section" = v."section" AND r."ars" = ${arsParam}) AS "rank"
         FROM "vals" v
        GROUP BY v."section"`,
      params,
    );
    const bySection = new Map(rows.map((row) => [String(row['section']), row]));
    const priorities = (region['own_priorities'] ?? {}) as Record<
      string,
      { priority?: unknown; notRelevant?: unknown }
    >;
    const scoreRow = (section: string | null, title: string, fieldOfAction = false): AnalyticsProfileScore => {
      const row = bySection.get(section ?? INDEX);
      const benchmark = (prefix: 'land' | 'peer') =>
        benchmarkOf(
          num(row?.[`${prefix}_n`] ?? 0),
          {
            q1: numOrNull(row?.[`${prefix}_q1`]),
            median: numOrNull(row?.[`${prefix}_q2`]),
            q3: numOrNull(row?.[`${prefix}_q3`]),
          },
          minimum,
        );
      const score = numOrNull(row?.['own']);
      return {
        section,
        title,
        score,
        maturityLevel: score === null ? null : maturityLevel(score),
        peers: peerGroup ? benchmark('peer') : benchmarkOf(0, { q1: null, median: null, q3: null }, minimum),
        land: benchmark('land'),
        rank: score === null ? null : numOrNull(row?.['rank']),
        rankOf: num(row?.['land_n'] ?? 0),
        ...prioritiesOf(section === null ? undefined : priorities[section]),
        fieldOfAction,
      };
    };

    const counts = await this.analytics.query(
      `${context.cte}
       SELECT i.key AS "code", NULL AS "row",
              count(*) FILTER (WHERE i.value = 'true'::jsonb) AS "n",
              count(*) FILTER (WHERE jsonb_typeof(i.value) = 'boolean') AS "base"
         FROM "scored" s CROSS JOIN LATERAL jsonb_each(s."score" -> 'indicators') AS i
        WHERE jsonb_typeof(i.value) <> 'object'
        GROUP BY i.key
       UNION ALL
       SELECT i.key, m.key,
              count(*) FILTER (WHERE m.value = 'true'::jsonb),
              count(*) FILTER (WHERE jsonb_typeof(m.value) = 'boolean')
         FROM "scored" s CROSS JOIN LATERAL jsonb_each(s."score" -> 'indicators') AS i
        CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(i.value) = 'object' THEN i.value ELSE '{}'::jsonb END) AS m
        GROUP BY i.key, m.key`,
      context.params,
    );
    const own = (region['own_indicators'] ?? {}) as Record<string, unknown>;
    const indicators: AnalyticsProfileIndicator[] = definition.indicators.flatMap((indicator) => {
      const question = questionOf(definition, indicator.question);
      const rowCodes = question?.type === 'matrix' ? question.rows.map((r) => r.code) : [null];
      return rowCodes.map((row) => {
        const count = counts.find((c) => c['code'] === indicator.code && (c['row'] ?? null) === row);
        const stored = row === null ? own[indicator.code] : (own[indicator.code] as Record<string, unknown>)?.[row];
        return {
          code: indicator.code,
          row,
          label: kpiLabel(definition, indicator, row),
          value: typeof stored === 'boolean' ? stored : null,
          land: shareOf(num(count?.['n'] ?? 0), num(count?.['base'] ?? 0), minimum),
        };
      });
    });

    return {
      waveId: context.scope.waveId,
      waveTitle: context.scope.waveTitle,
      minimumGroupSize: minimum,
      region: {
        ars: String(region['ars']),
        name: String(region['name']),
        kind,
        level,
        landArs: String(region['land_ars']),
        landName: region['land_name'] === null ? String(region['land_ars']) : String(region['land_name']),
        population,
        sizeClass: size?.code ?? null,
      },
      peerGroup: peerGroup ? { label: peerGroup.label, kind: peerGroup.kind, sizeClass: peerGroup.sizeClass } : null,
      status: region['status'] === null || region['status'] === undefined ? null : String(region['status']),
      submittedAt: isoOrNull(region['submitted_at']),
      index: scoreRow(null, 'Gesamtindex'),
      fields: fieldsOf(definition).map((field) =>
        scoreRow(field.section, field.title, fieldsOfAction.has(field.section)),
      ),
      indicators,
    };
  }
}
