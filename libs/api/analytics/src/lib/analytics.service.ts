import { type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { APP_CONFIG, AppConfig } from '@digitalcheck/api-config';
import { preparedStatement, runPrepared } from '@digitalcheck/api-database';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { Region } from '@digitalcheck/api-regions';
import { DefinitionCache, SurveyWave, SurveyWaveRegion } from '@digitalcheck/api-surveys';
import type {
  AnalyticsAnswerGroup,
  AnalyticsFilter,
  AnalyticsHeatmap,
  AnalyticsOverview,
  AnalyticsQuestionDistribution,
  AnalyticsRanking,
  AnalyticsScope,
  AnalyticsScoreDistribution,
  AnalyticsSplit,
} from '@digitalcheck/shared-contracts';
import {
  MATURITY_LEVELS,
  type QuestionnaireDefinition,
  isSuppressed,
  maturityLevel,
} from '@digitalcheck/shared-scoring';
import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnalyticsResultCache } from './analytics-cache';
import {
  COUNTABLE_TYPES,
  type IndicatorCount,
  answerExpansionSql,
  fieldsOf,
  groupLabel,
  kpiTiles,
  participation,
  questionOf,
  sizeClassSql,
} from './analytics-model';

/** A wave, the caller's selection of its regions as SQL, and the questionnaire. */
export interface Context {
  scope: AnalyticsScope;
  definition: QuestionnaireDefinition;
  /** `WITH "scope" AS (…), "scored" AS (…)`: invited regions of the selection, and their counted responses. */
  cte: string;
  params: unknown[];
  minimum: number;
}

type Row = Record<string, unknown>;

const INDEX = '#index';
/** Read before every analytics result (see AnalyticsResultCache): prepared, as the session look-up. */
const STAMP = preparedStatement('dc_analytics_stamp_v1', `SELECT "version" FROM "analytics_stamp" WHERE "id" = 1`);
const num = (value: unknown): number => Number(value);
const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * The analytics (issue 7): every figure is counted in SQL over the scores stored at submit (`survey_response.score`)
 * and the stored answers; Node only shapes the few aggregate rows. Only submitted and published responses count.
 * Tenant scope: a wave is found when it invites a region the caller manages (admins: any), and only those regions
 * are counted (restrictToRegions, mode `manage`); otherwise 404.
 */
@Injectable()
export class AnalyticsService {
  /** Results per request kind, wave, caller scope and filter, valid while the analytics stamp is unchanged. */
  private readonly cache = new AnalyticsResultCache(() => this.stamp());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: DefinitionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  overview(principal: Principal, waveId: string, filter: AnalyticsFilter): Promise<AnalyticsOverview> {
    return this.cache.get(cacheKey('overview', principal, waveId, filter), () =>
      this.overviewOf(principal, waveId, ownCopy(filter)),
    );
  }

  private async overviewOf(principal: Principal, waveId: string, filter: AnalyticsFilter): Promise<AnalyticsOverview> {
    const context = await this.context(principal, waveId, filter);
    const { cte, params, minimum, definition } = context;
    const [counts] = await this.query(
      `${cte} SELECT (SELECT count(*) FROM "scope") AS "invited", (SELECT count(*) FROM "scored") AS "submitted"`,
      params,
    );
    // One pass over each response's indicators (the stored score is read and decompressed once per response):
    // a flag counts under (indicator, NULL), a matrix indicator's rows under (indicator, row).
    const indicatorRows = await this.query(
      `${cte}
       SELECT x."code", x."row",
              count(*) FILTER (WHERE x."value" = 'true'::jsonb) AS "n",
              count(*) FILTER (WHERE jsonb_typeof(x."value") = 'boolean') AS "base"
         FROM "scored" s CROSS JOIN LATERAL jsonb_each(s."score" -> 'indicators') AS i
        CROSS JOIN LATERAL (
          SELECT i.key AS "code", NULL::text AS "row", i.value AS "value" WHERE jsonb_typeof(i.value) <> 'object'
          UNION ALL
          SELECT i.key, m.key, m.value
            FROM jsonb_each(CASE WHEN jsonb_typeof(i.value) = 'object' THEN i.value ELSE '{}'::jsonb END) AS m
        ) AS x
        GROUP BY x."code", x."row"`,
      params,
    );
    const indicatorCounts: IndicatorCount[] = indicatorRows.map((row) => ({
      code: String(row['code']),
      row: row['row'] === null ? null : String(row['row']),
      n: num(row['n']),
      base: num(row['base']),
    }));
    const distributions = await this.distributions(context);
    return {
      scope: context.scope,
      participation: participation(num(counts['invited']), num(counts['submitted'])),
      ...kpiTiles(definition, indicatorCounts, minimum),
      index: distributions.get(INDEX) ?? emptyDistribution(null, 'Gesamtindex'),
      fields: fieldsOf(definition).map(
        (field) => distributions.get(field.section) ?? emptyDistribution(field.section, field.title),
      ),
    };
  }

  ranking(principal: Principal, waveId: string, filter: AnalyticsFilter, by: string): Promise<AnalyticsRanking> {
    return this.cache.get(cacheKey('ranking', principal, waveId, filter, by), () =>
      this.rankingOf(principal, waveId, ownCopy(filter), by),
    );
  }

  private async rankingOf(
    principal: Principal,
    waveId: string,
    filter: AnalyticsFilter,
    by: string,
  ): Promise<AnalyticsRanking> {
    const context = await this.context(principal, waveId, filter);
    const fields = fieldsOf(context.definition);
    const field = fields.find((candidate) => candidate.section === by);
    if (by !== 'index' && !field) {
      throw new ApiValidationException([
        {
          field: 'by',
          code: 'isIn',
          message: `by must be index or a field of the questionnaire (${fields.map((f) => f.section).join(', ')})`,
        },
      ]);
    }
    const params = [...context.params];
    const value =
      by === 'index'
        ? `(s."score" -> 'index' ->> 'score')::float8`
        : `(SELECT (f ->> 'score')::float8 FROM jsonb_array_elements(s."score" -> 'fields') AS f
             WHERE f ->> 'section' = $${params.push(by)} LIMIT 1)`;
    const rows = await this.query(
      `${context.cte}, "valued" AS (SELECT s."ars", s."name", s."kind", ${value} AS "v" FROM "scored" s)
       SELECT "ars", "name", "kind", "v", rank() OVER (ORDER BY "v" DESC) AS "rank",
              (SELECT count(*) FROM "valued" WHERE "v" IS NULL) AS "unscored"
         FROM "valued" WHERE "v" IS NOT NULL
        ORDER BY "v" DESC, "name", "ars"`,
      params,
    );
    let unscored = 0;
    if (rows.length === 0) {
      const [row] = await this.query(`${context.cte} SELECT count(*) AS "n" FROM "scored"`, context.params);
      unscored = num(row['n']);
    } else {
      unscored = num(rows[0]['unscored']);
    }
    return {
      scope: context.scope,
      by,
      title: field?.title ?? 'Gesamtindex',
      n: rows.length,
      unscored,
      entries: rows.map((row) => ({
        rank: num(row['rank']),
        ars: String(row['ars']),
        name: String(row['name']),
        kind: String(row['kind']),
        score: num(row['v']),
        maturityLevel: maturityLevel(num(row['v'])),
      })),
    };
  }

  heatmap(principal: Principal, waveId: string, filter: AnalyticsFilter): Promise<AnalyticsHeatmap> {
    return this.cache.get(cacheKey('heatmap', principal, waveId, filter), () =>
      this.heatmapOf(principal, waveId, ownCopy(filter)),
    );
  }

  private async heatmapOf(principal: Principal, waveId: string, filter: AnalyticsFilter): Promise<AnalyticsHeatmap> {
    const context = await this.context(principal, waveId, filter);
    const fields = fieldsOf(context.definition);
    const rows = await this.query(
      `${context.cte}
       SELECT s."ars", s."name", s."kind", (s."score" -> 'index' ->> 'score')::float8 AS "index",
              (SELECT jsonb_object_agg(f ->> 'section', f -> 'score')
                 FROM jsonb_array_elements(s."score" -> 'fields') AS f) AS "fields",
              s."score" -> 'indicators' AS "indicators"
         FROM "scored" s
        ORDER BY "index" DESC NULLS LAST, s."name", s."ars"`,
      context.params,
    );
    return {
      scope: context.scope,
      fields,
      rows: rows.map((row) => {
        const scores = (row['fields'] ?? {}) as Record<string, unknown>;
        return {
          ars: String(row['ars']),
          name: String(row['name']),
          kind: String(row['kind']),
          index: numOrNull(row['index']),
          scores: fields.map((field) => numOrNull(scores[field.section])),
          indicators: singleIndicators(row['indicators']),
        };
      }),
    };
  }

  questionDistribution(
    principal: Principal,
    waveId: string,
    filter: AnalyticsFilter,
    code: string,
    splitBy: AnalyticsSplit | null,
  ): Promise<AnalyticsQuestionDistribution> {
    return this.cache.get(cacheKey('question', principal, waveId, filter, code, splitBy), () =>
      this.questionDistributionOf(principal, waveId, ownCopy(filter), code, splitBy),
    );
  }

  private async questionDistributionOf(
    principal: Principal,
    waveId: string,
    filter: AnalyticsFilter,
    code: string,
    splitBy: AnalyticsSplit | null,
  ): Promise<AnalyticsQuestionDistribution> {
    const context = await this.context(principal, waveId, filter);
    const question = questionOf(context.definition, code);
    if (!question) throw new NotFoundException(`The questionnaire of this wave has no question ${code}.`);
    if (!(COUNTABLE_TYPES as readonly string[]).includes(question.type) || !('options' in question)) {
      throw new ApiValidationException(
        [
          {
            field: 'questionCode',
            code: 'notCountable',
            message: `${code} is a ${question.type} question: no options to count`,
          },
        ],
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    const options = question.options;
    const rows: Array<{ code: string | null; label: string }> =
      question.type === 'matrix' ? question.rows : [{ code: null, label: question.text }];
    const params = [...context.params];
    const group = splitBy === 'kind' ? `s."kind"` : splitBy === 'sizeClass' ? `s."size_class"` : `NULL::text`;
    const codeParam = `$${params.push(code)}`;
    const hiddenParam = `$${params.push(JSON.stringify([code]))}`;
    const optionsParam = `$${params.push(options.map((option) => option.code))}`;
    const rowFilter =
      question.type === 'matrix' ? `AND x."row" = ANY($${params.push(question.rows.map((r) => r.code))}::text[])` : '';
    const counted = await this.query(
      `${context.cte}, "answered" AS (
         SELECT s."response_id", ${group} AS "grp", x."row", x."option"
           FROM "scored" s
           JOIN "survey_answer" a ON a."response_id" = s."response_id" AND a."question_code" = ${codeParam}
          CROSS JOIN LATERAL ${answerExpansionSql(question.type)}
          WHERE NOT (coalesce(s."score" -> 'hiddenQuestions', '[]'::jsonb) @> ${hiddenParam}::jsonb)
            AND x."option" = ANY(${optionsParam}::text[]) ${rowFilter})
       SELECT "grp", "row", "option", GROUPING("grp") AS "all_groups", GROUPING("option") AS "all_options",
              count(DISTINCT "response_id") AS "n"
         FROM "answered"
        GROUP BY GROUPING SETS (("grp", "row", "option"), ("grp", "row"), ("row", "option"), ("row"))`,
      params,
    );
    const responses =
      splitBy === null
        ? await this.query(`${context.cte} SELECT count(*) AS "n", 1 AS "all_groups" FROM "scored"`, context.params)
        : await this.query(
            `${context.cte}
             SELECT ${group} AS "grp", GROUPING(${group}) AS "all_groups", count(*) AS "n"
               FROM "scored" s GROUP BY GROUPING SETS ((${group}), ())`,
            context.params,
          );
    const minimum = context.minimum;
    const count = (all: boolean, grp: string | null, row: string | null, option: string | null): number => {
      const hit = counted.find(
        (c) =>
          num(c['all_groups']) === (all ? 1 : 0) &&
          (all || c['grp'] === grp) &&
          c['row'] === row &&
          num(c['all_options']) === (option === null ? 1 : 0) &&
          (option === null || c['option'] === option),
      );
      return hit ? num(hit['n']) : 0;
    };
    const groupOf = (all: boolean, key: string | null, label: string, members: number): AnalyticsAnswerGroup => ({
      key,
      label,
      responses: members,
      rows: rows.map((row) => {
        const base = count(all, key, row.code, null);
        const suppressed = isSuppressed(base, minimum);
        return {
          row: row.code,
          label: row.label,
          base,
          suppressed,
          options: options.map((option) => {
            const n = suppressed ? null : count(all, key, row.code, option.code);
            return {
              code: option.code,
              label: option.label,
              count: n,
              share: n === null || base === 0 ? null : n / base,
            };
          }),
        };
      }),
    });
    const total = responses.find((r) => num(r['all_groups']) === 1);
    const groups =
      splitBy === null
        ? []
        : responses
            .filter((r) => num(r['all_groups']) === 0)
            .map((r) => {
              const key = r['grp'] === null ? null : String(r['grp']);
              return groupOf(false, key, groupLabel(splitBy, key), num(r['n']));
            })
            .sort((a, b) => (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'));
    return {
      scope: context.scope,
      question: { code: question.code, text: question.text, type: question.type },
      splitBy,
      total: groupOf(true, null, 'Alle', total ? num(total['n']) : 0),
      groups,
    };
  }

  /**
   * Index and field distributions in one query: counts, quartiles (percentile_cont), levels and 10-point bins.
   * Each response's stored score (about 10 KB, compressed) is read once: jsonb_to_record takes index and fields
   * from it in one call.
   */
  private async distributions(context: Context): Promise<Map<string, AnalyticsScoreDistribution>> {
    const rows = await this.query(
      `${context.cte}, "vals" AS (
         SELECT v."section", v."v"
           FROM "scored" s
          CROSS JOIN LATERAL jsonb_to_record(s."score") AS p("index" jsonb, "fields" jsonb)
          CROSS JOIN LATERAL (
            SELECT '${INDEX}' AS "section", (p."index" ->> 'score')::float8 AS "v"
            UNION ALL
            SELECT f ->> 'section', (f ->> 'score')::float8 FROM jsonb_array_elements(p."fields") AS f
          ) AS v
       ), "valued" AS (
         SELECT "section", "v",
                LEAST(5, floor(("v" + 1e-9) / 20) + 1)::int AS "lvl",
                LEAST(9, floor(("v" + 1e-9) / 10))::int AS "bin"
           FROM "vals" WHERE "v" IS NOT NULL)
       SELECT "section", "lvl", "bin", GROUPING("lvl") AS "all_levels", GROUPING("bin") AS "all_bins",
              count(*) AS "n",
              percentile_cont(0.25) WITHIN GROUP (ORDER BY "v") AS "q1",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY "v") AS "q2",
              percentile_cont(0.75) WITHIN GROUP (ORDER BY "v") AS "q3"
         FROM "valued"
        GROUP BY GROUPING SETS (("section"), ("section", "lvl"), ("section", "bin"))`,
      context.params,
    );
    const titles = new Map(fieldsOf(context.definition).map((field) => [field.section, field.title]));
    const result = new Map<string, AnalyticsScoreDistribution>();
    for (const row of rows) {
      if (num(row['all_levels']) !== 1 || num(row['all_bins']) !== 1) continue;
      const key = String(row['section']);
      const n = num(row['n']);
      const suppressed = isSuppressed(n, context.minimum);
      const of = (kind: 'all_levels' | 'all_bins', column: 'lvl' | 'bin', value: number) =>
        num(rows.find((r) => r['section'] === key && num(r[kind]) === 0 && num(r[column]) === value)?.['n'] ?? 0);
      const section = key === INDEX ? null : key;
      const shown = !suppressed && n > 0;
      result.set(key, {
        section,
        title: section === null ? 'Gesamtindex' : (titles.get(key) ?? key),
        n,
        suppressed,
        median: shown ? num(row['q2']) : null,
        quartiles: shown ? { q1: num(row['q1']), median: num(row['q2']), q3: num(row['q3']) } : null,
        levels: shown
          ? MATURITY_LEVELS.map((info) => ({
              level: info.level,
              name: info.name,
              count: of('all_levels', 'lvl', info.level),
            }))
          : [],
        bins: shown
          ? Array.from({ length: 10 }, (_, bin) => ({
              from: bin * 10,
              to: bin * 10 + 10,
              count: of('all_bins', 'bin', bin),
            }))
          : [],
      });
    }
    return result;
  }

  /** The wave (404 unless it invites a region the caller manages) and the selection as SQL. */
  async context(principal: Principal, waveId: string, filter: AnalyticsFilter): Promise<Context> {
    const manager = this.dataSource.manager;
    const invited = restrictToRegions(
      manager.createQueryBuilder(SurveyWaveRegion, 'wr').select('wr.wave_id').where('wr.wave_id = :inWave', {
        inWave: waveId,
      }),
      principal,
      'wr.region_ars',
      'manage',
    );
    const wave = await manager
      .createQueryBuilder(SurveyWave, 'w')
      .where(`w.id IN (${invited.getQuery()})`)
      .setParameters(invited.getParameters())
      .getOne();
    if (!wave) throw new NotFoundException(`There is no wave ${waveId}.`);
    const definition = await this.definitions.forWave(manager, wave.questionnaireId, wave.questionnaireVersion);

    const selection = restrictToRegions(
      manager
        .createQueryBuilder()
        .select('wr.region_ars', 'ars')
        .addSelect('reg.name', 'name')
        .addSelect('reg.kind', 'kind')
        .addSelect(sizeClassSql('reg'), 'size_class')
        .from(SurveyWaveRegion, 'wr')
        .innerJoin(Region, 'reg', 'reg.ars = wr.region_ars')
        .where('wr.wave_id = :scopeWave', { scopeWave: wave.id }),
      principal,
      'wr.region_ars',
      'manage',
    );
    if (filter.landArs) selection.andWhere('reg.land_ars = :landArs', { landArs: filter.landArs });
    if (filter.level) selection.andWhere('reg.level = :level', { level: filter.level });
    if (filter.kind) selection.andWhere('reg.kind = :kind', { kind: filter.kind });
    if (filter.sizeClass) selection.andWhere(`${sizeClassSql('reg')} = :sizeClass`, { sizeClass: filter.sizeClass });
    if (filter.regionArs.length > 0)
      selection.andWhere('wr.region_ars IN (:...regionArs)', { regionArs: filter.regionArs });
    const [scopeSql, scopeParams] = selection.getQueryAndParameters();
    const params: unknown[] = [...scopeParams];
    const cte = `WITH "scope" AS (${scopeSql}),
      "scored" AS (
        SELECT sc.*, r."id" AS "response_id", r."score" AS "score"
          FROM "scope" sc
          JOIN "survey_response" r ON r."region_ars" = sc."ars" AND r."wave_id" = $${params.push(wave.id)}
         WHERE r."status" IN ('submitted', 'published') AND r."score" IS NOT NULL)`;
    return {
      scope: {
        waveId: wave.id,
        waveTitle: wave.title,
        questionnaireId: wave.questionnaireId,
        questionnaireVersion: wave.questionnaireVersion,
        filter,
        minimumGroupSize: this.config.analyticsMinGroupSize,
      },
      definition,
      cte,
      params,
      minimum: this.config.analyticsMinGroupSize,
    };
  }

  /** The analytics stamp (see AnalyticsResultCache): one primary-key read; null without the row. */
  private async stamp(): Promise<string | null> {
    const [row] = await runPrepared<{ version: string }>(this.dataSource, STAMP, []);
    return row ? String(row.version) : null;
  }

  query(sql: string, params: unknown[]): Promise<Row[]> {
    return this.dataSource.query(sql, params) as Promise<Row[]>;
  }
}

/**
 * What a result depends on besides the data: the request kind, wave, filter and further arguments, and the
 * caller's scope — all regions for admins, else the Länder they analyse (restrictToRegions, mode `manage`).
 */
function cacheKey(kind: string, principal: Principal, waveId: string, filter: AnalyticsFilter, ...rest: unknown[]) {
  const scope = principal.isAdmin ? '*' : [...principal.lands].sort();
  return JSON.stringify([kind, waveId, scope, filter, ...rest]);
}

/** The filter as the result keeps it (results are frozen; the caller's object stays the caller's). */
function ownCopy(filter: AnalyticsFilter): AnalyticsFilter {
  return { ...filter, regionArs: [...filter.regionArs] };
}

function emptyDistribution(section: string | null, title: string): AnalyticsScoreDistribution {
  return { section, title, n: 0, suppressed: false, median: null, quartiles: null, levels: [], bins: [] };
}

/** The single-question indicators of a stored score (matrix indicators are objects and left out). */
function singleIndicators(stored: unknown): Record<string, boolean | null> {
  const result: Record<string, boolean | null> = {};
  if (stored === null || typeof stored !== 'object') return result;
  for (const [code, value] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof value === 'boolean' || value === null) result[code] = value;
  }
  return result;
}
