/**
 * One region's answers to a whole questionnaire, question type by question type. Every answer aims at a
 * target score: the region's propensity in that year, moved by how hard the question is (for everyone), by
 * the region's own habit on that question (the same in every wave) and by noise of the moment. Works for any
 * valid definition; the default questionnaire's codes get a few extra touches (school authority, kind of
 * region, priorities and obstacles that look like real ones).
 */
import type {
  AnswerValue,
  Answers,
  ChoiceOption,
  ChoiceQuestion,
  MatrixQuestion,
  MultipleChoiceQuestion,
  NumberQuestion,
  NumberThreshold,
  QuestionDefinition,
  QuestionnaireDefinition,
  TextQuestion,
} from '@digitalcheck/shared-scoring';
import { questionVisibility } from '@digitalcheck/shared-scoring';
import { GENERIC_TEXTS, TEXT_POOLS } from './demo-texts';
import { clamp, type Draw, stream } from './random';
import type { RegionProfile } from './region-profile';

export interface AnswerContext {
  seed: string;
  profile: RegionProfile;
  year: number;
  /** The region's propensity in this year (0–1). */
  propensity: number;
  /** Answers decided beforehand for the whole wave (A1, calibrated across regions), used as given. */
  fixed: Answers;
}

/** How much more (or less) often a question of the default questionnaire is answered well than average. */
const DIFFICULTY: Record<string, number> = {
  A3: 0.15,
  A7: -0.1,
  A8: -0.1,
  V1: -0.1,
  V3: 0.2,
  V5: 0.05,
  B3: 0.15,
  W3: -0.2,
  T3: -0.25,
  G3: -0.15,
  G4: 0.35,
  O4: -0.25,
  L1: 0.25,
  L2: -0.1,
  L3: 0.25,
  V4: 0.1,
};

/** Questions answered "nicht zutreffend" by regions without schools of their own. */
const SCHOOL_QUESTIONS = new Set(['I4', 'B1']);

/** Share of "nicht zutreffend" by question and level, where it is more than the rare slip. */
const NOT_APPLICABLE_SHARE: Record<string, Record<string, number>> = {
  // Social benefits are mostly the Kreise's business, not the Verbandsgemeinden's.
  Z1: { GEMEINDEVERBAND: 0.35 },
};

/** Row offsets of the default matrices on their 1–5 scale: P1 priorities and H1 obstacles. */
const MATRIX_ROW_BIAS: Record<string, Record<string, number>> = {
  P1: { VER: 0.9, INF: 0.8, BIL: 0.3, WIR: 0, TOU: -0.3, SEN: 0.1, SOZ: -0.2, ORT: 0.2, ALL: 0.3 },
  H1: { a: -0.5, b: 1.2, c: 1.1, d: 0.4, e: 0.2, f: 0.6, g: 0.7, h: 0.5, i: -0.3, j: -0.2, k: 0.3 },
};
/** H1 rows that shrink as a region matures (awareness, know-how, acceptance). */
const MATURING_OBSTACLES = new Set(['a', 'd', 'i']);

/** S2 option by the region's kind and level. */
function kindOption(profile: RegionProfile): string {
  const { kind, level } = profile.region;
  if (/kreisfrei|stadtkreis/i.test(kind)) return 'kreisfreieStadt';
  if (level === 'KREIS') return 'landkreis';
  if (/^verbandsgemeinde/i.test(kind)) return 'verbandsgemeinde';
  if (/verbandsfrei/i.test(kind)) return 'verbandsfreieGemeinde';
  return 'andererGemeindeverband';
}

/**
 * A complete answer set: every visible question answered except, rarely, an optional one; answers to
 * questions a condition hides are removed again (nobody answers a question they are not shown).
 */
export function generateAnswers(definition: QuestionnaireDefinition, context: AnswerContext): Answers {
  const answers: Answers = {};
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const draw = stream(context.seed, 'answer', context.profile.region.ars, context.year, question.code);
      const fixed = context.fixed[question.code];
      const value = fixed !== undefined ? fixed : answerFor(question, context, draw, answers);
      if (value !== undefined && value !== null) answers[question.code] = value;
    }
  }
  const visible = questionVisibility(definition, answers);
  for (const code of Object.keys(answers)) if (!visible[code]) delete answers[code];
  return answers;
}

function answerFor(
  question: QuestionDefinition,
  context: AnswerContext,
  draw: Draw,
  earlier: Answers,
): AnswerValue | undefined {
  if (!question.required && skipped(question, draw)) return undefined;
  switch (question.type) {
    case 'multipleChoice':
      return multipleChoice(question, context, draw);
    case 'number':
      return numberAnswer(question, context, draw);
    case 'text':
      return textAnswer(question, context, draw);
    case 'matrix':
      return matrixAnswer(question, context, draw);
    default:
      return choice(question, context, draw, earlier);
  }
}

/** Optional questions left out now and then: scored ones rarely (fields stay assessable), texts often. */
function skipped(question: QuestionDefinition, draw: Draw): boolean {
  if (question.type === 'text') return false; // decided in textAnswer
  return draw.chance(question.scored ? 0.015 : 0.04);
}

/** The score an answer aims at, in [0, 1]. */
function target(context: AnswerContext, code: string, draw: Draw, extra = 0): number {
  const difficulty = (DIFFICULTY[code] ?? 0) + 0.08 * stream(context.seed, 'difficulty', code).normal();
  const habit = 0.15 * stream(context.seed, 'habit', context.profile.region.ars, code).normal();
  return clamp(context.propensity + difficulty + habit + 0.2 * draw.normal() + extra, 0, 1);
}

// ---- single choice, yes/no, status and Likert scales ----------------------------------------------------

function choice(question: ChoiceQuestion, context: AnswerContext, draw: Draw, earlier: Answers): string {
  const options = question.options;
  if (question.code === 'S2' && options.some((o) => o.code === 'landkreis')) return kindOption(context.profile);
  if (question.code === 'S4' && options.some((o) => o.code === 'digitalbeauftragte')) {
    return draw.weighted([
      ['verwaltungsspitze', 0.2],
      ['digitalbeauftragte', 0.15 + 0.4 * context.propensity],
      ['itLeitung', 0.2],
      ['organisation', 0.2],
      ['sonstige', 0.05],
    ]);
  }
  const notApplicable = options.find((o) => o.notApplicable);
  if (notApplicable && draw.uniform() < notApplicableShare(question.code, context)) return notApplicable.code;
  const dontKnow = options.find((o) => o.dontKnow);
  if (dontKnow && draw.chance(0.03 + 0.04 * (1 - context.propensity))) return dontKnow.code;
  const scored = options.filter((o) => o.score !== undefined && !o.notApplicable && !o.dontKnow);
  if (scored.length === 0) return draw.pick(options.filter((o) => !o.notApplicable)).code;
  return nearest(scored, target(context, question.code, draw, strategyPull(question.code, earlier))).code;
}

function notApplicableShare(code: string, context: AnswerContext): number {
  if (SCHOOL_QUESTIONS.has(code)) return context.profile.schoolAuthority ? 0 : 1;
  return NOT_APPLICABLE_SHARE[code]?.[context.profile.region.level] ?? 0.015;
}

/** A council decision and a budget go with an adopted strategy (A1 a or b) more often than not. */
function strategyPull(code: string, earlier: Answers): number {
  const a1 = earlier['A1'];
  if (typeof a1 !== 'string' || (code !== 'A5' && code !== 'A6')) return 0;
  const strength = { a: 0.35, b: 0.25, c: 0.05, d: -0.1, e: -0.25 }[a1] ?? 0;
  return code === 'A6' ? strength : strength / 2;
}

/** The option whose score lies closest to `score` (the first of equals). */
function nearest(options: ChoiceOption[], score: number): ChoiceOption {
  let best = options[0];
  for (const option of options) {
    if (Math.abs((option.score ?? 0) - score) < Math.abs((best.score ?? 0) - score)) best = option;
  }
  return best;
}

// ---- multiple choice ------------------------------------------------------------------------------------

function multipleChoice(question: MultipleChoiceQuestion, context: AnswerContext, draw: Draw): string[] {
  const exclusive = question.options.find((o) => o.exclusive);
  const regular = question.options.filter((o) => !o.exclusive);
  if (!question.scored) {
    // A2 (fields the strategy covers) grows with maturity; H3 (wanted support) is a short list of wishes.
    const share = question.code === 'A2' ? 0.3 + 0.45 * context.propensity : 0.3;
    const chosen = regular.filter(() => draw.chance(share));
    return (chosen.length > 0 ? chosen : [draw.pick(regular)]).map((o) => o.code);
  }
  const aim = target(context, question.code, draw);
  const chosen = regular.filter((option) => {
    const popularity = 0.2 * stream(context.seed, 'popularity', question.code, option.code).normal() - 0.05;
    return draw.chance(clamp(aim + popularity, 0.02, 0.95));
  });
  if (chosen.length > 0) return chosen.map((o) => o.code);
  // Nothing applies: the exclusive "keine davon"/"niemand" says so; without one, the least unlikely option.
  return [exclusive ? exclusive.code : draw.pick(regular).code];
}

// ---- numbers --------------------------------------------------------------------------------------------

function numberAnswer(question: NumberQuestion, context: AnswerContext, draw: Draw): AnswerValue {
  const value = within(question, rawNumber(question, context, draw));
  if (question.prefill === 'referencePopulation' && question.askReferenceDate) {
    return { value, referenceDate: `${context.year - 1}-12-31` };
  }
  return value;
}

function rawNumber(question: NumberQuestion, context: AnswerContext, draw: Draw): number {
  const { profile, year } = context;
  if (question.prefill === 'referencePopulation') {
    // The reference figure, carried forward with a little drift to the year before the wave.
    return Math.round(profile.population * (1 + 0.002 * (year - 2019) + 0.004 * draw.normal()));
  }
  const scoring = question.numberScoring;
  // Gigabit coverage (I1) is mostly the network operators' doing: high everywhere, rising every year.
  const aim =
    question.code === 'I1'
      ? clamp(0.5 + 0.3 * (context.propensity - 0.5) + 0.06 * (year - 2024) + 0.18 * draw.normal(), 0.05, 1)
      : target(context, question.code, draw);
  if (scoring?.kind === 'linear') {
    return Math.round(scoring.zeroAt + aim * (scoring.fullAt - scoring.zeroAt));
  }
  if (scoring?.kind === 'thresholds') {
    const rate = valueInBucket(scoring.thresholds, aim, draw);
    const per = scoring.perPopulation;
    if (!per) return rate;
    // Staff: whole or half posts, at least half a post once there is any.
    const posts = (rate * profile.population) / per.per;
    return posts === 0 ? 0 : Math.max(0.5, Math.round(posts * 2) / 2);
  }
  const min = question.min ?? 0;
  const max = question.max ?? Math.max(min + 100, min * 2);
  return min + aim * (max - min);
}

/** A value in the bucket of the threshold whose score is closest to `aim`. */
function valueInBucket(thresholds: NumberThreshold[], aim: number, draw: Draw): number {
  let index = 0;
  thresholds.forEach((threshold, i) => {
    if (Math.abs(threshold.score - aim) < Math.abs(thresholds[index].score - aim)) index = i;
  });
  const bound = (t: NumberThreshold) => ('from' in t ? t.from : t.above);
  const current = thresholds[index];
  const lower = bound(current);
  const next = thresholds[index + 1];
  if (next && 'above' in next && next.above === lower) return lower; // "from x" up to "above x": exactly x
  const upper = next ? bound(next) : lower === 0 ? 1 : lower * 3;
  const value = lower + (upper - lower) * draw.between(0.1, 0.9);
  return 'above' in current && value <= lower ? lower + (upper - lower) / 2 : value;
}

/** Inside min/max, whole when the question wants whole numbers. */
function within(question: NumberQuestion, value: number): number {
  let result = clamp(value, question.min ?? -Infinity, question.max ?? Infinity);
  if (question.integer) {
    result = Math.round(result);
    if (question.min !== undefined && result < question.min) result = Math.ceil(question.min);
    if (question.max !== undefined && result > question.max) result = Math.floor(question.max);
  }
  return result;
}

// ---- text -----------------------------------------------------------------------------------------------

/** How often an optional text is filled in. */
const TEXT_SHARE: Record<string, number> = { H2: 0.3, E1: 0.7, E2: 0.3 };

function textAnswer(question: TextQuestion, context: AnswerContext, draw: Draw): AnswerValue | undefined {
  if (question.format === 'ars') return context.profile.region.ars.padEnd(12, '0');
  if (!question.required && !draw.chance(TEXT_SHARE[question.code] ?? 0.25)) return undefined;
  const text = draw.pick(TEXT_POOLS[question.code] ?? GENERIC_TEXTS).slice(0, question.maxLength ?? Infinity);
  return question.consentLabel !== undefined ? { text, consentToPublish: draw.chance(0.7) } : text;
}

// ---- matrix ---------------------------------------------------------------------------------------------

function matrixAnswer(question: MatrixQuestion, context: AnswerContext, draw: Draw): AnswerValue {
  const scale = question.options.filter((o) => o.value !== undefined && !o.notApplicable && !o.dontKnow);
  const notApplicable = question.options.find((o) => o.notApplicable);
  const bias = MATRIX_ROW_BIAS[question.code] ?? {};
  const answer: Record<string, string> = {};
  for (const row of question.rows) {
    if (scale.length === 0) {
      answer[row.code] = draw.pick(question.options).code;
      continue;
    }
    if (notApplicable && draw.chance(row.code === 'TOU' ? 0.06 : 0.025)) {
      answer[row.code] = notApplicable.code;
      continue;
    }
    const habit = 0.4 * stream(context.seed, 'habit', context.profile.region.ars, question.code, row.code).normal();
    const maturing = question.code === 'H1' && MATURING_OBSTACLES.has(row.code) ? -1.5 * (context.propensity - 0.5) : 0;
    const values = scale.map((o) => o.value as number);
    const middle = (Math.min(...values) + Math.max(...values)) / 2;
    const wanted = middle + (bias[row.code] ?? 0) + habit + maturing + 0.7 * draw.normal();
    answer[row.code] = scale.reduce((best, o) =>
      Math.abs((o.value as number) - wanted) < Math.abs((best.value as number) - wanted) ? o : best,
    ).code;
  }
  return answer;
}
