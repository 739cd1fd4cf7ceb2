// Valid answers of the default questionnaire (digitale-kommune v1): the required ones (enough to submit) and
// optional questions with several values each for the autosaves. Likert answers are option codes "1"…"5".

const LIKERT = ['1', '2', '3', '4', '5'];
const STATUS = ['vollstaendig', 'teilweise', 'inUmsetzung', 'geplant', 'keinThema', 'nichtZutreffend'];

/** The required answers for a Landkreis with the key `ars`: every visible required question. */
export function requiredAnswers(ars) {
  return {
    S1: ars.padEnd(12, '0'),
    S2: 'landkreis',
    S3: { value: 150_000, referenceDate: '2024-12-31' },
    S4: 'verwaltungsspitze',
    A1: 'd',
  };
}

/** Optional questions and values the autosave bursts cycle through (none of them hides or requires another). */
export const OPTIONAL_QUESTIONS = [
  ['A3', ['ja', 'nein', 'weissNicht']],
  ['A7', LIKERT],
  ['V1', ['keine', '1bis9', '10bis49', '50bis99', 'ab100']],
  ['V3', STATUS],
  ['I1', [0, 15, 50, 100]],
  ['G3', LIKERT],
  ['B4', LIKERT],
  ['W2', STATUS],
];

/** The value of optional question `code` after `version` saves: differs from the value before. */
export function optionalValue(code, version) {
  const values = OPTIONAL_QUESTIONS.find(([c]) => c === code)[1];
  return values[version % values.length];
}

/** JSON with sorted object keys (jsonb does not keep the key order), to compare stored and sent values. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
