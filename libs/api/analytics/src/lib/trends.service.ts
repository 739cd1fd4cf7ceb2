import { type Principal, restrictToRegions } from '@digitalcheck/api-auth';
import { APP_CONFIG, AppConfig } from '@digitalcheck/api-config';
import { ApiValidationException } from '@digitalcheck/api-platform';
import { Region } from '@digitalcheck/api-regions';
import { DefinitionCache, SurveyWave, SurveyWaveRegion } from '@digitalcheck/api-surveys';
import type {
  AnalyticsFilter,
  AnalyticsQuestionTrend,
  AnalyticsQuestionTrendPoint,
  AnalyticsRegionTrend,
  AnalyticsTrendSeries,
  AnalyticsTrendWave,
  RegionLevel,
} from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COUNTABLE_TYPES, fieldsOf, questionOf } from './analytics-model';
import { AnalyticsService } from './analytics.service';
import { type VersionComparability, questionTrendNote, versionComparability } from './trend-model';

const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

interface DefinedWave {
  wave: SurveyWave;
  definition: QuestionnaireDefinition;
}

const trendWave = (wave: SurveyWave): AnalyticsTrendWave => ({
  waveId: wave.id,
  title: wave.title,
  startsAt: wave.startsAt.toISOString(),
  endsAt: wave.endsAt.toISOString(),
  questionnaireId: wave.questionnaireId,
  questionnaireVersion: wave.questionnaireVersion,
});

/**
 * Trends over waves (issue 7): one region's scores in every wave that invited it, and one question's answer
 * distribution over chosen waves. Each point says whether it may be joined to the previous wave's point, by
 * the version diff of the two waves' questionnaires (trend-model.ts).
 */
@Injectable()
export class TrendsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly definitions: DefinitionCache,
    private readonly analytics: AnalyticsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async regionTrend(principal: Principal, ars: string): Promise<AnalyticsRegionTrend> {
    const manager = this.dataSource.manager;
    const region = (await restrictToRegions(
      manager
        .createQueryBuilder()
        .select('reg.ars', 'ars')
        .addSelect('reg.name', 'name')
        .addSelect('reg.kind', 'kind')
        .addSelect('reg.level', 'level')
        .addSelect('reg.land_ars', 'land_ars')
        .from(Region, 'reg')
        .where('reg.ars = :trendArs', { trendArs: ars }),
      principal,
      'reg.ars',
      'manage',
    ).getRawOne()) as Record<string, unknown> | undefined;
    if (!region) throw new NotFoundException(`There is no region ${ars}.`);

    const waves = await restrictToRegions(
      manager
        .createQueryBuilder(SurveyWave, 'w')
        .innerJoin(SurveyWaveRegion, 'wr', 'wr.wave_id = w.id')
        .where('wr.region_ars = :trendArs', { trendArs: ars }),
      principal,
      'wr.region_ars',
      'manage',
    )
      .orderBy('w.startsAt', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .getMany();
    const defined = await this.withDefinitions(waves);

    const rows =
      waves.length === 0
        ? []
        : await this.analytics.query(
            `SELECT r."wave_id"::text AS "wave_id", (r."score" -> 'index' ->> 'score')::float8 AS "index",
                    (SELECT jsonb_object_agg(f ->> 'section', f -> 'score')
                       FROM jsonb_array_elements(r."score" -> 'fields') AS f) AS "fields"
               FROM "survey_response" r
              WHERE r."region_ars" = $1 AND r."wave_id" = ANY($2::uuid[])
                AND r."status" IN ('submitted', 'published') AND r."score" IS NOT NULL`,
            [ars, waves.map((wave) => wave.id)],
          );
    const scores = new Map(rows.map((row) => [String(row['wave_id']), row]));
    const comparabilities = pairwise(defined);
    const newest = defined.at(-1)?.definition;
    const series = (section: string | null, title: string): AnalyticsTrendSeries => ({
      section,
      title,
      points: defined.map(({ wave }, i) => {
        const row = scores.get(wave.id);
        const value =
          section === null
            ? numOrNull(row?.['index'])
            : numOrNull((row?.['fields'] as Record<string, unknown> | null | undefined)?.[section]);
        const comparability = comparabilities[i];
        return {
          waveId: wave.id,
          value,
          n: value === null ? 0 : 1,
          suppressed: false,
          comparableWithPrevious:
            comparability !== null && (section === null ? comparability.index : comparability.fields.has(section)),
        };
      }),
    });
    return {
      region: {
        ars: String(region['ars']),
        name: String(region['name']),
        kind: String(region['kind']),
        level: String(region['level']) as RegionLevel,
        landArs: String(region['land_ars']),
      },
      waves: waves.map(trendWave),
      series: [
        series(null, 'Gesamtindex'),
        ...(newest ? fieldsOf(newest).map((field) => series(field.section, field.title)) : []),
      ],
    };
  }

  async questionTrend(
    principal: Principal,
    code: string,
    waveIds: readonly string[],
    filter: AnalyticsFilter,
  ): Promise<AnalyticsQuestionTrend> {
    const manager = this.dataSource.manager;
    const ids = [...new Set(waveIds)];
    const invited = restrictToRegions(
      manager
        .createQueryBuilder(SurveyWaveRegion, 'wr')
        .select('wr.wave_id')
        .where('wr.wave_id IN (:...trendWaves)', { trendWaves: ids }),
      principal,
      'wr.region_ars',
      'manage',
    );
    const waves = await manager
      .createQueryBuilder(SurveyWave, 'w')
      .where(`w.id IN (${invited.getQuery()})`)
      .setParameters(invited.getParameters())
      .orderBy('w.startsAt', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .getMany();
    const missing = ids.find((id) => !waves.some((wave) => wave.id === id));
    if (missing) throw new NotFoundException(`There is no wave ${missing}.`);
    const defined = await this.withDefinitions(waves);

    const countable = defined.map(({ definition }) => {
      const question = questionOf(definition, code);
      return question && (COUNTABLE_TYPES as readonly string[]).includes(question.type) && 'options' in question
        ? question
        : null;
    });
    const shown = countable.filter((question) => question !== null).at(-1);
    if (!shown) {
      throw new ApiValidationException(
        [
          {
            field: 'questionCode',
            code: 'notCountable',
            message: `${code} is no question with options to count in any of these waves`,
          },
        ],
        HttpStatus.UNPROCESSABLE_ENTITY,
      );
    }
    const comparabilities = pairwise(defined);
    const points: AnalyticsQuestionTrendPoint[] = [];
    for (const [i, { wave }] of defined.entries()) {
      const comparability = comparabilities[i];
      const previous = defined[i - 1]?.wave;
      const total = countable[i]
        ? (await this.analytics.questionDistribution(principal, wave.id, filter, code, null)).total
        : null;
      points.push({
        waveId: wave.id,
        comparableWithPrevious: comparability !== null && comparability.questions.has(code),
        note:
          comparability === null || !previous
            ? null
            : questionTrendNote(code, refOf(previous), refOf(wave), comparability),
        total,
      });
    }
    return {
      question: { code: shown.code, text: shown.text, type: shown.type },
      filter,
      minimumGroupSize: this.config.analyticsMinGroupSize,
      waves: waves.map(trendWave),
      points,
    };
  }

  private async withDefinitions(waves: readonly SurveyWave[]): Promise<DefinedWave[]> {
    const manager = this.dataSource.manager;
    return Promise.all(
      waves.map(async (wave) => ({
        wave,
        definition: await this.definitions.forWave(manager, wave.questionnaireId, wave.questionnaireVersion),
      })),
    );
  }
}

const refOf = (wave: SurveyWave) => ({
  questionnaireId: wave.questionnaireId,
  questionnaireVersion: wave.questionnaireVersion,
});

/** For each wave, what it shares with the one before (null for the first); one diff per distinct pair. */
function pairwise(defined: readonly DefinedWave[]): Array<VersionComparability | null> {
  const known = new Map<string, VersionComparability>();
  return defined.map(({ wave, definition }, i) => {
    if (i === 0) return null;
    const before = defined[i - 1];
    const key = `${before.wave.questionnaireId}@${before.wave.questionnaireVersion}>${wave.questionnaireId}@${wave.questionnaireVersion}`;
    let result = known.get(key);
    if (!result) {
      result = versionComparability(
        { ref: refOf(before.wave), definition: before.definition },
        { ref: refOf(wave), definition },
      );
      known.set(key, result);
    }
    return result;
  });
}
