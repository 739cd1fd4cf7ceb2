/**
 * The one German sentence ("… weil …") that explains each recommended field and measure with its numbers.
 */
import type { AddressedItem } from '@digitalcheck/shared-contracts';
import { maturityLevelName, roundScoreForDisplay } from '../scoring/maturity-level';
import type { FieldUrgency } from './field-urgency';

/** How many top-ranked fields are called "Vorrangig". */
const LEADING_FIELDS = 3;

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Points in German notation, at most one decimal: 17.5 → "17,5". */
export function formatPoints(points: number): string {
  return numberFormat.format(points);
}

export function fieldReason(entry: FieldUrgency): string {
  const { field, gap, nextLevel, rank } = entry;
  if (!nextLevel) {
    const score = field.score === null ? '' : ` mit ${roundScoreForDisplay(field.score)} Punkten`;
    return `Zurzeit nachrangig, weil das Feld${score} bereits die höchste Stufe „${maturityLevelName(5)}“ erreicht.`;
  }
  const lead = rank <= LEADING_FIELDS && entry.urgency > 0 ? 'Vorrangig' : `Auf Rang ${rank}`;
  const priority = entry.priorityGiven
    ? `Sie das Feld mit Priorität ${entry.priority} bewerten`
    : `Sie für das Feld keine Priorität angegeben haben (gerechnet wird mit ${entry.priority})`;
  const points = `${formatPoints(gap)} ${gap === 1 ? 'Punkt' : 'Punkte'}`;
  const missing =
    field.score === null
      ? `das Feld mangels ausreichender Antworten noch keinen Wert hat, also ${points} bis zur Stufe „${nextLevel.name}“ fehlen`
      : `${points} bis zur Stufe „${nextLevel.name}“ fehlen`;
  return `${lead}, weil ${priority} und ${missing}.`;
}

export function measureReason(addressed: readonly AddressedItem[]): string {
  const parts = addressed.map((item) => {
    const question = `Frage ${item.questionCode} („${unquoted(item.questionText)}“)`;
    return item.itemScore === null
      ? `${question} noch nicht beantwortet ist`
      : `${question} nur ${roundScoreForDisplay(item.itemScore)} von 100 Punkten erreicht`;
  });
  return `Empfohlen, weil ${joinGerman(parts)}.`;
}

/** "a", "a und b", "a, b und c". */
function joinGerman(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} und ${parts[parts.length - 1]}`;
}

/** Likert statements are already in quotation marks („…“); the sentence adds its own. */
function unquoted(text: string): string {
  return text.replace(/^[„"]/, '').replace(/[“"]$/, '');
}
