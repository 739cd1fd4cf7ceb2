/**
 * Rule 1: the score s ∈ [0, 1] of one scored question, or why it has none.
 */
import type { CompiledQuestion } from '../definition/compiled-definition';
import type { ChoiceOption, MultipleChoiceQuestion, NumberScoring } from '../definition/questionnaire-definition';
import { isCompleteAnswer, type NormalisedAnswer } from '../answers/read-answer';
import type { ResponseView } from '../conditions/response-view';
import type { ItemResult, ItemStatus, NumberScoreDetail } from './score-result';

export interface ScoringContext {
  /** The region's reference population, used for rates when the population question is empty. */
  referencePopulation?: number;
}

type ItemOutcome = Pick<ItemResult, 'status' | 'score' | 'dontKnow' | 'numberDetail'>;

const outcome = (status: ItemStatus): ItemOutcome => ({
  status,
  score: null,
  dontKnow: false,
  numberDetail: null,
});
const NOT_APPLICABLE = outcome('notApplicable');
const UNANSWERED = outcome('unanswered');

export function scoreItem(cq: CompiledQuestion, view: ResponseView, context: ScoringContext): ItemResult {
  const { status, score, dontKnow, numberDetail } = itemOutcome(cq, view, context);
  return {
    question: cq.question.code,
    weight: cq.weight,
    status,
    score,
    weightedScore: score === null ? null : cq.weight * score,
    dontKnow,
    numberDetail,
  };
}

function itemOutcome(cq: CompiledQuestion, view: ResponseView, context: ScoringContext): ItemOutcome {
  const code = cq.question.code;
  if (!view.visible.get(code)) return outcome('hidden');
  const reading = view.readings.get(code);
  const answer = reading?.answer ?? null;
  if (answer === null) return reading?.error ? outcome('invalidAnswer') : UNANSWERED;
  return scoreAnswer(cq, answer, view, context);
}

function scoreAnswer(
  cq: CompiledQuestion,
  answer: NormalisedAnswer,
  view: ResponseView,
  context: ScoringContext,
): ItemOutcome {
  const q = cq.question;
  switch (answer.type) {
    case 'choice':
      return scoreOption(answer.option);
    case 'multiple':
      return q.type === 'multipleChoice' ? scoreMultipleChoice(q, answer.options) : UNANSWERED;
    case 'number':
      return q.type === 'number' && q.numberScoring
        ? scoreNumber(q.numberScoring, answer.value, view, context)
        : UNANSWERED;
    case 'matrix':
      // A scored matrix counts only when every row is answered: partial grids would be scored on other rows.
      return isCompleteAnswer(cq, answer) ? scoreMatrix([...answer.cells.values()]) : UNANSWERED;
    default:
      return UNANSWERED;
  }
}

function scoreOption(option: ChoiceOption): ItemOutcome {
  if (option.notApplicable) return NOT_APPLICABLE;
  return {
    status: 'answered',
    score: option.score ?? 0,
    dontKnow: option.dontKnow ?? false,
    numberDetail: null,
  };
}

/** MC/k: min(1, scored options selected / k); the exclusive "keine davon" alone scores 0. */
function scoreMultipleChoice(q: MultipleChoiceQuestion, selected: readonly ChoiceOption[]): ItemOutcome {
  const scoredSelected = selected.filter((o) => !o.exclusive).length;
  const k = q.k ?? q.options.filter((o) => !o.exclusive).length;
  return {
    status: 'answered',
    score: Math.min(1, scoredSelected / k),
    dontKnow: false,
    numberDetail: null,
  };
}

/** Mean of the row scores; rows answered "not applicable" drop out, and with them all, the item does. */
function scoreMatrix(cells: readonly ChoiceOption[]): ItemOutcome {
  const applicable = cells.filter((o) => !o.notApplicable);
  if (applicable.length === 0) return NOT_APPLICABLE;
  const sum = applicable.reduce((total, o) => total + (o.score ?? 0), 0);
  return {
    status: 'answered',
    score: sum / applicable.length,
    dontKnow: applicable.some((o) => o.dontKnow),
    numberDetail: null,
  };
}

function scoreNumber(scoring: NumberScoring, answer: number, view: ResponseView, context: ScoringContext): ItemOutcome {
  let detail: NumberScoreDetail = {
    answer,
    population: null,
    populationSource: null,
    scoredValue: answer,
  };
  if (scoring.perPopulation) {
    const { per, populationQuestion, fallbackToReferencePopulation } = scoring.perPopulation;
    const found = view.lookup(populationQuestion)?.answer;
    const fromAnswer = found?.type === 'number' && found.value > 0 ? found.value : null;
    const fromContext =
      fallbackToReferencePopulation && context.referencePopulation !== undefined && context.referencePopulation > 0
        ? context.referencePopulation
        : null;
    const population = fromAnswer ?? fromContext;
    if (population === null) return outcome('populationUnknown');
    detail = {
      answer,
      population,
      populationSource: fromAnswer !== null ? 'answer' : 'referencePopulation',
      // Multiplying first keeps whole-number inputs exact: 1 · 10,000 / 20,000 is exactly 0.5.
      scoredValue: (answer * per) / population,
    };
  }
  return {
    status: 'answered',
    score: numberScore(scoring, detail.scoredValue),
    dontKnow: false,
    numberDetail: detail,
  };
}

function numberScore(scoring: NumberScoring, value: number): number {
  if (scoring.kind === 'linear') {
    return clamp01((value - scoring.zeroAt) / (scoring.fullAt - scoring.zeroAt));
  }
  let score = 0;
  for (const threshold of scoring.thresholds) {
    const reached = 'from' in threshold ? value >= threshold.from : value > threshold.above;
    if (!reached) break;
    score = threshold.score;
  }
  return score;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
