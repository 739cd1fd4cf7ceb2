/**
 * Complete, valid, random responses for any definition, from a seeded generator so that every benchmark
 * run scores the same responses. Every question is answered (matrices in every row), each within its
 * range; the few answers that end up hidden by a condition are kept, as stored responses keep them.
 */
import type { ChoiceOption, QuestionDefinition, QuestionnaireDefinition } from '../../../libs/shared/scoring/src/index';
import { mulberry32, type Uniform } from '../../demo-data/src/lib/random';

export type Random = Uniform;

/** mulberry32, the demo data's generator: every benchmark run scores the same responses. */
export const seededRandom: (seed: number) => Random = mulberry32;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function randomAnswer(question: QuestionDefinition, random: Random): unknown {
  switch (question.type) {
    case 'multipleChoice': {
      const exclusive = question.options.filter((o) => o.exclusive);
      if (exclusive.length > 0 && random() < 0.15) return [pick(random, exclusive).code];
      const chosen = question.options.filter((o: ChoiceOption) => !o.exclusive && random() < 0.5).map((o) => o.code);
      return chosen.length > 0 ? chosen : [question.options[0].code];
    }
    case 'number': {
      const min = question.min ?? 0;
      // A population needs a realistic size, or every rate lands in the top bucket.
      const max = question.max ?? (question.prefill === 'referencePopulation' ? 500_000 : min + 20);
      const value = min + random() * (max - min);
      return question.integer ? Math.round(value) : Math.round(value * 10) / 10;
    }
    case 'text':
      return question.format === 'ars' ? String(Math.floor(random() * 1e12)).padStart(12, '0') : 'Freitext';
    case 'matrix':
      return Object.fromEntries(question.rows.map((row) => [row.code, pick(random, question.options).code]));
    default:
      return pick(random, question.options).code;
  }
}

export function randomResponse(definition: QuestionnaireDefinition, random: Random): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const section of definition.sections) {
    for (const question of section.questions) answers[question.code] = randomAnswer(question, random);
  }
  return answers;
}
