/**
 * The fixed answer scales of the spec. A definition still lists the options of every question (so that it is
 * self-contained for the UI and for publication), but for these types validateDefinition requires them to
 * match the scale here in codes, scores, values and flags; labels may be reworded.
 */
import type { ChoiceOption, QuestionType } from './questionnaire-definition';

/** JN: Ja 1 / Nein 0 / Weiß nicht 0 (flagged). */
export const YES_NO_SCALE: readonly ChoiceOption[] = [
  { code: 'ja', label: 'Ja', score: 1 },
  { code: 'nein', label: 'Nein', score: 0 },
  { code: 'weissNicht', label: 'Weiß nicht', score: 0, dontKnow: true },
];

/** UST, DLT-compatible: 1 / 0.75 / 0.5 / 0.25 / 0; "nicht zutreffend" leaves the item out. */
export const STATUS_SCALE: readonly ChoiceOption[] = [
  { code: 'vollstaendig', label: 'vollständig umgesetzt', score: 1 },
  { code: 'teilweise', label: 'teilweise umgesetzt', score: 0.75 },
  { code: 'inUmsetzung', label: 'derzeit in Umsetzung', score: 0.5 },
  { code: 'geplant', label: 'für die Zukunft geplant', score: 0.25 },
  { code: 'keinThema', label: 'kein Thema', score: 0 },
  { code: 'nichtZutreffend', label: 'nicht zutreffend', notApplicable: true },
];

/** L5: score (x − 1) / 4. */
export const LIKERT5_SCALE: readonly ChoiceOption[] = [1, 2, 3, 4, 5].map((x) => ({
  code: String(x),
  label: x === 1 ? '1 – trifft gar nicht zu' : x === 5 ? '5 – trifft voll zu' : String(x),
  score: (x - 1) / 4,
  value: x,
}));

/** H5: obstacle strength, never scored; reported as the share answering 4–5. */
export const OBSTACLE_SCALE: readonly ChoiceOption[] = [1, 2, 3, 4, 5].map((x) => ({
  code: String(x),
  label: x === 1 ? '1 – kein Hemmnis' : x === 5 ? '5 – sehr großes Hemmnis' : String(x),
  value: x,
}));

/** The scale a question type is bound to; free-form types (single, multiple, matrix) have none. */
export const STANDARD_SCALES: Partial<Record<QuestionType, readonly ChoiceOption[]>> = {
  yesNo: YES_NO_SCALE,
  statusScale: STATUS_SCALE,
  likert5: LIKERT5_SCALE,
  obstacleScale: OBSTACLE_SCALE,
};

/** True when two options agree in everything that affects validation and scoring (labels excluded). */
export function sameScaleOption(a: ChoiceOption, b: ChoiceOption): boolean {
  return (
    a.code === b.code &&
    a.score === b.score &&
    a.value === b.value &&
    (a.notApplicable ?? false) === (b.notApplicable ?? false) &&
    (a.dontKnow ?? false) === (b.dontKnow ?? false) &&
    (a.exclusive ?? false) === (b.exclusive ?? false)
  );
}
