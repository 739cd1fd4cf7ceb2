import {
  DIGITALE_KOMMUNE_V1,
  type QuestionDefinition,
  type QuestionnaireDefinition,
  validateDefinition,
} from '@digitalcheck/shared-scoring';
import { benchmarkOf, questionTrendNote, versionComparability } from './trend-model';

/** A valid copy of the default as version 2, changed by `change`. */
function variant(change: (definition: QuestionnaireDefinition) => void): QuestionnaireDefinition {
  const definition = structuredClone(DIGITALE_KOMMUNE_V1) as QuestionnaireDefinition;
  definition.version = 2;
  change(definition);
  const result = validateDefinition(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.definition;
}

function questionIn(definition: QuestionnaireDefinition, code: string): QuestionDefinition {
  const found = definition.sections.flatMap((s) => s.questions).find((q) => q.code === code);
  if (!found) throw new Error(code);
  return found;
}

const V1 = { questionnaireId: 'digitale-kommune', questionnaireVersion: 1 };
const V2 = { questionnaireId: 'digitale-kommune', questionnaireVersion: 2 };
const compare = (newer: QuestionnaireDefinition, newerRef = V2) =>
  versionComparability({ ref: V1, definition: DIGITALE_KOMMUNE_V1 }, { ref: newerRef, definition: newer });

/** v2: H3 reworded, I2's scores changed, a new single-choice question E3. */
const CHANGED = variant((d) => {
  questionIn(d, 'H3').text = 'Welche Unterstützung bräuchten Sie am dringendsten?';
  const i2 = questionIn(d, 'I2');
  if (i2.type === 'singleChoice') i2.options[1].score = 0.25;
  d.sections[12].questions.push({
    code: 'E3',
    type: 'singleChoice',
    text: 'Haben Sie an der Befragung 2024 teilgenommen?',
    required: false,
    scored: false,
    options: [
      { code: 'ja', label: 'Ja' },
      { code: 'nein', label: 'Nein' },
    ],
  } as QuestionDefinition);
});

describe('trend model', () => {
  it('withholds a benchmark of 0 < n < minimum and leaves an empty one empty', () => {
    const q = { q1: 40, median: 50, q3: 60 };
    expect(benchmarkOf(5, q, 3)).toEqual({ n: 5, suppressed: false, median: 50, q1: 40, q3: 60 });
    expect(benchmarkOf(3, q, 3)).toMatchObject({ suppressed: false, median: 50 });
    expect(benchmarkOf(2, q, 3)).toEqual({ n: 2, suppressed: true, median: null, q1: null, q3: null });
    expect(benchmarkOf(0, { q1: null, median: null, q3: null }, 3)).toEqual({
      n: 0,
      suppressed: false,
      median: null,
      q1: null,
      q3: null,
    });
  });

  it('compares identical versions in full without a diff', () => {
    const same = versionComparability(
      { ref: V1, definition: DIGITALE_KOMMUNE_V1 },
      { ref: V1, definition: DIGITALE_KOMMUNE_V1 },
    );
    expect(same).toMatchObject({ identical: true, diff: null, index: true });
    expect(same.fields.has('VER')).toBe(true);
    expect(same.questions.has('H3')).toBe(true);
    expect(questionTrendNote('H3', V1, V1, same)).toBeNull();
  });

  it('an unchanged copy under another version number is comparable everywhere', () => {
    const copy = compare(variant(() => undefined));
    expect(copy.identical).toBe(false);
    expect(copy.index).toBe(true);
    expect([...copy.fields]).toEqual(['A', 'VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL']);
    expect(copy.questions.size).toBe(56);
  });

  it('a changed option score breaks its field and the index, a reworded question only itself', () => {
    const result = compare(CHANGED);
    expect(result.index).toBe(false);
    expect([...result.fields]).toEqual(['A', 'VER', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL']);
    expect(['H3', 'I2', 'E3'].map((code) => result.questions.has(code))).toEqual([false, false, false]);
    expect(['A1', 'H1', 'I3'].map((code) => result.questions.has(code))).toEqual([true, true, true]);
  });

  it('names the change kinds in German, or the version that lacks the question', () => {
    const result = compare(CHANGED);
    expect(questionTrendNote('A1', V1, V2, result)).toBeNull();
    expect(questionTrendNote('H3', V1, V2, result)).toBe('Frage in Version 2 geändert: Text');
    expect(questionTrendNote('I2', V1, V2, result)).toBe('Frage in Version 2 geändert: Optionspunkte');
    expect(questionTrendNote('E3', V1, V2, result)).toBe('Frage gibt es in Version 1 nicht');
    const back = versionComparability({ ref: V2, definition: CHANGED }, { ref: V1, definition: DIGITALE_KOMMUNE_V1 });
    expect(questionTrendNote('E3', V2, V1, back)).toBe('Frage gibt es in Version 1 nicht');
    expect(questionTrendNote('Q99', V1, V2, result)).toBe('Frage gibt es in Version 2 nicht');
  });

  it('names text and options together, and the questionnaire when the ids differ', () => {
    const both = variant((d) => {
      const i2 = questionIn(d, 'I2');
      i2.text = 'Gibt es Funklöcher?';
      if (i2.type === 'singleChoice') i2.options = i2.options.filter((option) => option.code !== 'vereinzelt');
    });
    const other = { questionnaireId: 'andere-befragung', questionnaireVersion: 2 };
    expect(questionTrendNote('I2', V1, V2, compare(both))).toBe('Frage in Version 2 geändert: Text, Optionen');
    expect(questionTrendNote('I2', V1, other, compare(both, other))).toBe(
      'Frage in andere-befragung Version 2 geändert: Text, Optionen',
    );
  });

  it('a question whose condition question changed is not comparable and says why', () => {
    const result = compare(variant((d) => (questionIn(d, 'A1').text = 'Gibt es eine Strategie?')));
    expect(questionTrendNote('A2', V1, V2, result)).toBe(
      'Frage in Version 2 nicht vergleichbar: Fragen geändert, von denen sie abhängt (A1)',
    );
  });
});
