/**
 * Which of a measure's items still need work: scored items that are unanswered (or hold an answer that does not
 * fit the question) or score below 50 of 100 points. Hidden and "not applicable" items need nothing.
 */
import type { AddressedItem } from '@digitalcheck/shared-contracts';
import type { ItemResult, ResponseScore } from '../scoring/score-result';

/** Items below this score (0–100) count as low-scoring. */
export const LOW_ITEM_SCORE = 50;

export type ItemIndex = ReadonlyMap<string, ItemResult>;

export function indexItems(score: ResponseScore): ItemIndex {
  return new Map(score.fields.flatMap((field) => field.items.map((item) => [item.question, item] as const)));
}

export function addressedItems(
  improves: readonly string[],
  items: ItemIndex,
  questionText: (code: string) => string,
): AddressedItem[] {
  const addressed: AddressedItem[] = [];
  for (const code of improves) {
    const item = items.get(code);
    if (!item) continue;
    const unanswered = item.status === 'unanswered' || item.status === 'invalidAnswer';
    const itemScore = item.status === 'answered' && item.score !== null ? 100 * item.score : null;
    if (unanswered || (itemScore !== null && itemScore < LOW_ITEM_SCORE)) {
      addressed.push({
        questionCode: code,
        questionText: questionText(code),
        itemScore: unanswered ? null : itemScore,
      });
    }
  }
  return addressed;
}
