/**
 * Pure helpers for the respondent pages: answer values in German words, number parsing with a decimal comma,
 * and where to continue a response (where it was left off).
 */
import type { SectionProgress } from '@digitalcheck/shared-contracts';
import type { AnswerValue, QuestionDefinition, QuestionnaireDefinition } from '@digitalcheck/shared-scoring';

/** null, "", [] and {} mean "not answered" (as in shared-scoring). */
export function isEmptyAnswerValue(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });

/** "12,5", "" for null. */
export function formatNumberDe(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : NUMBER.format(value);
}

/** German input to a number: "3,5" → 3.5, "1.234,5" → 1234.5, "214.000" → 214000, "" → null, "abc" → NaN. */
export function parseNumberDe(text: string): number | null {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return null;
  const grouped = trimmed.includes(',') || /^[-+]?\d{1,3}(\.\d{3})+$/.test(trimmed);
  const normalised = grouped ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A property of an object answer ({ value, referenceDate }, { text, consentToPublish }), else undefined. */
export function answerField(value: AnswerValue | undefined, key: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The number in an answer (plain or with reference date), else null. */
export function numberOf(value: AnswerValue | undefined): number | null {
  if (typeof value === 'number') return value;
  const inner = answerField(value, 'value');
  return typeof inner === 'number' ? inner : null;
}

/** The record without one key (for signal updates). */
export function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** An answer in words, for the conflict choice: option labels, the number with its unit, the text. */
export function answerText(question: QuestionDefinition, value: AnswerValue | undefined): string {
  if (value === undefined || isEmptyAnswerValue(value))
    return $localize`:No answer given@@surveys.answer.none:keine Antwort`;
  const label = (code: string) =>
    'options' in question ? (question.options.find((o) => o.code === code)?.label ?? code) : code;
  switch (question.type) {
    case 'multipleChoice':
      return Array.isArray(value) ? value.map(label).join(', ') : String(value);
    case 'number': {
      const number = formatNumberDe(numberOf(value));
      return question.unit ? `${number} ${question.unit}` : number;
    }
    case 'text':
      return typeof value === 'string' ? value : String((value as { text?: unknown }).text ?? '');
    case 'matrix':
      return question.rows
        .filter((row) => (value as Record<string, string>)[row.code])
        .map((row) => `${row.label}: ${label((value as Record<string, string>)[row.code])}`)
        .join('; ');
    default:
      return typeof value === 'string' ? label(value) : String(value);
  }
}

/**
 * Where to continue a response: where it was left off, i.e. the section of the answer saved last, if it still has
 * open questions; else the next section after it with open questions, else the first one. Null when every visible
 * question is answered. Without any saved answer: the first section with open questions.
 */
export function resumeSection(
  definition: QuestionnaireDefinition,
  sections: readonly SectionProgress[],
  answers: Readonly<Record<string, { savedAt: string | null }>> = {},
): string | null {
  const codes = definition.sections.map((section) => section.code);
  const last = lastSavedQuestion(answers);
  const start = Math.max(
    0,
    definition.sections.findIndex((section) => section.questions.some((q) => q.code === last)),
  );
  for (const code of [...codes.slice(start), ...codes.slice(0, start)]) {
    const progress = sections.find((p) => p.section === code);
    if (progress && progress.answered < progress.visible) return code;
  }
  return null;
}

function lastSavedQuestion(answers: Readonly<Record<string, { savedAt: string | null }>>): string | null {
  let last: string | null = null;
  let lastTime = Number.NEGATIVE_INFINITY;
  for (const [code, answer] of Object.entries(answers)) {
    const time = answer.savedAt === null ? Number.NaN : Date.parse(answer.savedAt);
    if (time > lastTime) {
      last = code;
      lastTime = time;
    }
  }
  return last;
}
