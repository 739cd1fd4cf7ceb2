/**
 * Prefilled answers (the definition's `prefill` hints): the region key from the respondent's account ("aus Ihrem
 * Konto vorbelegt", e.g. S1) and the region's reference population with its date (e.g. S3). They are given once, to
 * questions that never had an answer, and saved like any other answer; the respondent may change them.
 */
import type { AnswerValue, QuestionDefinition } from '@digitalcheck/shared-scoring';

/** What prefills are taken from: the response's region and, if known, its reference population. */
export interface PrefillSource {
  regionArs: string;
  population?: number | null;
  populationDate?: string | null;
}

/** 12-digit ARS of a region key of any level: "07137" → "071370000000". */
export function fullArs(ars: string): string {
  return ars.padEnd(12, '0');
}

/** Questions with a prefill hint that were never answered (a cleared answer is an answer: it stays cleared). */
export function questionsToPrefill(
  questions: readonly QuestionDefinition[],
  answers: Readonly<Record<string, unknown>>,
): QuestionDefinition[] {
  return questions.filter((q) => prefillOf(q) !== null && !(q.code in answers));
}

/** Whether prefilling needs the region's reference data (a request), not only the response. */
export function needsReferenceData(questions: readonly QuestionDefinition[]): boolean {
  return questions.some((q) => prefillOf(q) === 'referencePopulation');
}

/** The prefilled answer, or null when the source does not know it (e.g. a region without population). */
export function prefillValue(question: QuestionDefinition, source: PrefillSource): AnswerValue {
  if (question.type === 'text' && question.prefill === 'regionArs') {
    return question.format === 'ars' ? fullArs(source.regionArs) : source.regionArs;
  }
  if (question.type === 'number' && question.prefill === 'referencePopulation') {
    const population = source.population ?? null;
    if (population === null) return null;
    return question.askReferenceDate && source.populationDate
      ? { value: population, referenceDate: source.populationDate }
      : population;
  }
  return null;
}

function prefillOf(question: QuestionDefinition): string | null {
  return question.type === 'text' || question.type === 'number' ? (question.prefill ?? null) : null;
}
