import { type DemoRegion, generateDemoWave } from '@digitalcheck/demo-data';
import { type Answers, type QuestionnaireDefinition, scoreResponse } from '@digitalcheck/shared-scoring';
import type pino from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { type AnswerRow, type ResponseRow, insertDemoWave, publishedDefinition, responseRow } from './demo-surveys';

/**
 * A replica of the Fraunhofer/DLT survey "Der digitale Landkreis" (end of 2017): all 294 Landkreise invited,
 * 146 answered; 22 of them (15 %) said a digitalisation strategy was "derzeit kein Thema" and 61 (42 %) "für die
 * Zukunft geplant", so 57 % had none. The other answers come from the demo generator. A closed wave across
 * Länder (admins see all of it, a Land's analysts their Land's part): the national demo of the dashboard.
 */
export const DLT_REPLICA_TITLE = 'Der digitale Landkreis 2017 (Nachbildung der DLT-Befragung)';
export const DLT_ANSWERED = 146;
export const DLT_KEIN_THEMA = 22;
export const DLT_GEPLANT = 61;

const SEED = 'digitalcheck-dlt-2017';
const LOCK_KEY = 7_305_112_028;
/** 15 November 2017 to 31 January 2018, Berlin time. */
const STARTS_AT = new Date(Date.UTC(2017, 10, 15, 8));
const ENDS_AT = new Date(Date.UTC(2018, 0, 31, 23));
/** A step coprime to 146: spreads "kein Thema" and "geplant" over the Länder instead of the first keys. */
const SPREAD = 37;

/** The A1 answer of the i-th of the 146 responding Landkreise (0-based). */
export function dltStrategyAnswer(i: number): string {
  const slot = (i * SPREAD) % DLT_ANSWERED;
  if (slot < DLT_KEIN_THEMA) return 'e';
  if (slot < DLT_KEIN_THEMA + DLT_GEPLANT) return 'd';
  return ['a', 'b', 'c'][slot % 3];
}

/** The responding Landkreise: every second of the 294 by key (146 of them), so every Land with Landkreise takes part. */
export function dltRespondents(landkreise: readonly string[]): string[] {
  return landkreise.filter((_, i) => i % 2 === 0).slice(0, DLT_ANSWERED);
}

/** Seeds the replica once (idempotent, one transaction, advisory lock); null when it cannot (no questionnaire). */
export async function seedDltReplicaWave(
  dataSource: DataSource,
  logger: pino.Logger,
): Promise<{ created: boolean; responses: number } | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const present: unknown[] = await manager.query(`SELECT 1 FROM "survey_wave" WHERE "title" = $1`, [
      DLT_REPLICA_TITLE,
    ]);
    if (present.length > 0) return { created: false, responses: 0 };
    const definition = await publishedDefinition(manager);
    const landkreise = await landkreiseOf(manager);
    if (!definition || landkreise.length < DLT_ANSWERED * 2) {
      logger.warn(
        { landkreise: landkreise.length },
        'DLT replica wave not written (questionnaire or Landkreise missing)',
      );
      return null;
    }
    const answered = dltRespondents(landkreise.map((region) => region.ars));
    const plans = generateDemoWave({
      seed: SEED,
      definition,
      regions: landkreise,
      year: 2017,
      phase: 'closed',
      complete: answered,
      notStarted: landkreise.map((region) => region.ars).filter((ars) => !answered.includes(ars)),
    });
    const population = new Map(landkreise.map((region) => [region.ars, region.population]));
    const until = ENDS_AT.getTime() - 3_600_000;
    const at = (fraction: number) => STARTS_AT.getTime() + fraction * (until - STARTS_AT.getTime());
    const responses: ResponseRow[] = [];
    const answers: AnswerRow[] = [];
    for (const plan of plans) {
      if (plan.status !== 'complete') continue;
      const strategy = dltStrategyAnswer(answered.indexOf(plan.ars));
      const row = responseRow(
        { ...plan, answers: withStrategy(definition, plan.answers, strategy) },
        null,
        at,
        definition,
        population.get(plan.ars) ?? null,
      );
      responses.push(row.response);
      answers.push(...row.answers);
    }
    await insertDemoWave(manager, {
      title: DLT_REPLICA_TITLE,
      landArs: '',
      definition,
      startsAt: STARTS_AT,
      endsAt: ENDS_AT,
      regionArs: landkreise.map((region) => region.ars),
      responses,
      answers,
      details: { seed: SEED, replicaOf: 'DLT-Schriftenreihe Bände 135/136, Der digitale Landkreis' },
    });
    logger.info({ responses: responses.length }, 'DLT replica wave written');
    return { created: true, responses: responses.length };
  });
}

/** The answers with A1 set, without answers to questions that A1 now hides (A2 asks about an existing strategy). */
function withStrategy(definition: QuestionnaireDefinition, answers: Answers, strategy: string): Answers {
  const changed: Answers = { ...answers, A1: strategy };
  const hidden = new Set(scoreResponse(definition, changed).hiddenQuestions);
  return Object.fromEntries(Object.entries(changed).filter(([code]) => !hidden.has(code)));
}

/** The 294 Landkreise (Landkreis, Kreis, Regionalverband: every Kreis that is not a city), by key. */
async function landkreiseOf(manager: EntityManager): Promise<DemoRegion[]> {
  const rows: Array<{ ars: string; level: string; kind: string; population: number | null }> = await manager.query(
    `SELECT "ars", "level", "kind", "population" FROM "region"
      WHERE "level" = 'KREIS' AND "valid_to" IS NULL AND "kind" NOT IN ('Kreisfreie Stadt', 'Stadtkreis')
      ORDER BY "ars"`,
  );
  return rows.map((row) => ({ ...row, population: row.population === null ? null : Number(row.population) }));
}
