import type { Measure, MeasureEffort } from '@digitalcheck/shared-contracts';
import { DIGITALE_KOMMUNE_V1 } from '../../definitions/digitale-kommune-v1/definition';
import { scoreResponse } from '../scoring/score-response';
import { rankFieldsByUrgency } from './field-urgency';
import { RECOMMENDATION_FORMULA, recommendMeasures } from './recommend-measures';

/**
 * One response, chosen so that the ranking exercises every rule of the formula (docs/STRATEGY.md):
 *
 * | field | P1            | score | level | gap  | urgency | why                                   |
 * | VER   | 5             | 30    | 2     | 10   | 50      |                                       |
 * | TOU   | (unanswered)  | 50    | 3     | 10   | 30      | priority counts as 3                  |
 * | ALL   | 3             | 31.25 | 2     | 8.75 | 26.25   |                                       |
 * | SOZ   | 1             | –     | –     | 20   | 20      | no score: gap 20; tie, lower score    |
 * | INF   | 4             | 55    | 3     | 5    | 20      | tie with SOZ, higher score            |
 * | WIR   | 5             | 37.5  | 2     | 2.5  | 12.5    | tie with ORT, same score: field order |
 * | ORT   | 5             | 37.5  | 2     | 2.5  | 12.5    |                                       |
 * | SEN   | 5             | 87.5  | 5     | 0    | 0       | level 5                               |
 * | BIL   | nicht relevant|       |       |      |         | left out                              |
 */
const ANSWERS: Record<string, unknown> = {
  A1: 'c',
  P1: { VER: '5', INF: '4', BIL: 'nichtRelevant', WIR: '5', SEN: '5', SOZ: '1', ORT: '5', ALL: '3' },
  // VER: (0·2 + 0.5 + 0.5 + 0.5) / 5 = 30 %; V4 and V6 unanswered (A = 5 of W = 7 ≥ 2/3).
  V1: 'keine',
  V2: 'vorhaben',
  V3: 'inUmsetzung',
  V5: 'einsDavon',
  // INF: (0.5·2 + 0.5 + 0.25 + 1) / 5 = 55 %.
  I1: 50,
  I2: 'vereinzelt',
  I3: 'geplant',
  I4: 'alle',
  // BIL is "nicht relevant"; its answers do not matter.
  B1: 'keinThema',
  B3: 'nein',
  B4: '1',
  // WIR: (0 + 0.75) / 2 = 37.5 %; W1 unanswered.
  W2: 'keinThema',
  W3: 'teilweise',
  // TOU: (0.5 + 1 + 0) / 3 = 50 %.
  T1: 'inUmsetzung',
  T2: ['website', 'app', 'messenger'],
  T3: 'nein',
  // SEN: (1 + 1 + 1 + 0.5) / 4 = 87.5 %.
  G1: 'vollstaendig',
  G2: 'vollstaendig',
  G3: '5',
  G4: '3',
  // SOZ: nothing answered, no score.
  // ORT: (0.75 + 0.25 + 0.5 + 0) / 4 = 37.5 %.
  O1: 'teilweise',
  O2: 'geplant',
  O3: ['app'],
  O4: 'keinThema',
  // ALL: (0.5 + 0.25 + 0.5 + 0) / 4 = 31.25 %; L4 unanswered.
  L1: ['aktuell', 'mobil'],
  L2: 'geplant',
  L3: ['socialMedia'],
  L5: '1',
};

const score = scoreResponse(DIGITALE_KOMMUNE_V1, ANSWERS);

function fieldResult(section: string) {
  const found = score.fields.find((f) => f.section === section);
  if (!found) throw new Error(`No field ${section}`);
  return found;
}

function measure(
  code: string,
  improves: string[],
  effort: MeasureEffort,
  extra: Partial<Pick<Measure, 'prerequisite' | 'archived'>> = {},
): Measure {
  return {
    id: `id-${code}`,
    code,
    field: code.slice(0, 3),
    title: `Maßnahme ${code}`,
    description: 'Beschreibung',
    effort,
    costMin: 0,
    costMax: 1000,
    prerequisite: extra.prerequisite ?? null,
    improves,
    example: { title: 'Beispiel', description: 'Verbandsgemeinde Musterhausen' },
    archived: extra.archived ?? false,
    version: 1,
    updatedAt: '2026-11-25T00:00:00.000Z',
  };
}

const CATALOGUE: Measure[] = [
  measure('VER-01', ['V4', 'V6'], 'hoch'), // two unanswered items
  measure('VER-02', ['V1'], 'gering'), // V1 scores 0
  measure('VER-03', ['V2'], 'gering'), // V2 scores 50: not below 50, nothing to improve
  measure('VER-04', ['V5', 'V1'], 'gering', { prerequisite: { q: 'A1', in: ['a', 'b'] } }), // A1 is c: not met
  measure('VER-05', ['V4'], 'gering', { archived: true }),
  measure('VER-06', ['V6'], 'mittel'),
  measure('VER-07', ['V4'], 'gering', { prerequisite: { q: 'A1', in: ['c', 'd'] } }), // met
  measure('VER-08', ['V1'], 'hoch'),
  measure('VER-09', ['V6'], 'gering'),
  measure('SEN-01', ['G4'], 'gering'), // G4 scores 50: nothing to improve
  measure('SOZ-01', ['Z1', 'Z3'], 'mittel'),
];

describe('rankFieldsByUrgency: urgency = priority × gap', () => {
  const ranked = rankFieldsByUrgency(score);
  const rows = ranked.map((entry) => ({
    field: entry.field.section,
    priority: entry.priority,
    priorityGiven: entry.priorityGiven,
    score: entry.field.score,
    gap: entry.gap,
    urgency: entry.urgency,
    rank: entry.rank,
  }));

  it('orders the fields by urgency, ties by lower score, then by field order', () => {
    expect(rows).toEqual([
      { field: 'VER', priority: 5, priorityGiven: true, score: 30, gap: 10, urgency: 50, rank: 1 },
      { field: 'TOU', priority: 3, priorityGiven: false, score: 50, gap: 10, urgency: 30, rank: 2 },
      { field: 'ALL', priority: 3, priorityGiven: true, score: 31.25, gap: 8.75, urgency: 26.25, rank: 3 },
      { field: 'SOZ', priority: 1, priorityGiven: true, score: null, gap: 20, urgency: 20, rank: 4 },
      { field: 'INF', priority: 4, priorityGiven: true, score: 55, gap: 5, urgency: 20, rank: 5 },
      { field: 'WIR', priority: 5, priorityGiven: true, score: 37.5, gap: 2.5, urgency: 12.5, rank: 6 },
      { field: 'ORT', priority: 5, priorityGiven: true, score: 37.5, gap: 2.5, urgency: 12.5, rank: 7 },
      { field: 'SEN', priority: 5, priorityGiven: true, score: 87.5, gap: 0, urgency: 0, rank: 8 },
    ]);
  });

  it('leaves out the fields marked "nicht relevant" and the cross-cutting field', () => {
    expect(rows.map((row) => row.field)).not.toContain('BIL');
    expect(rows.map((row) => row.field)).not.toContain('A');
  });

  it('measures the gap to the lower bound of the next level exactly at the bounds', () => {
    const gapAt = (points: number): number =>
      rankFieldsByUrgency({
        ...score,
        fields: [{ ...fieldResult('VER'), score: points, priority: 2 }],
      })[0].gap;
    expect([0, 19.5, 20, 40, 59, 60, 79.99, 80, 100].map(gapAt)).toEqual([20, 0.5, 20, 20, 1, 20, 0.01, 0, 0]);
  });

  it('gives every field the priority 3 when P1 is unanswered', () => {
    const withoutP1 = scoreResponse(DIGITALE_KOMMUNE_V1, { ...ANSWERS, P1: undefined });
    const ranked = rankFieldsByUrgency(withoutP1);
    expect(ranked.map((entry) => entry.priority)).toEqual(Array(9).fill(3));
    expect(ranked.map((entry) => [entry.field.section, entry.field.score, entry.urgency])).toEqual([
      ['BIL', 0, 60], // 0 points (B1, B3, B4 at their lowest option): 3 × 20; now relevant again
      ['SOZ', null, 60], // no score counts as 0 points: the tie with BIL goes by field order
      ['VER', 30, 30],
      ['TOU', 50, 30], // tie with VER: the lower score first
      ['ALL', 31.25, 26.25],
      ['INF', 55, 15],
      ['WIR', 37.5, 7.5],
      ['ORT', 37.5, 7.5],
      ['SEN', 87.5, 0],
    ]);
  });
});

describe('recommendMeasures', () => {
  const result = recommendMeasures(DIGITALE_KOMMUNE_V1, ANSWERS, score, CATALOGUE);
  const field = (code: string) => {
    const found = result.fields.find((f) => f.field === code);
    if (!found) throw new Error(`No recommendation for ${code}`);
    return found;
  };

  it('states the formula', () => {
    expect(result.formula).toBe(RECOMMENDATION_FORMULA);
    expect(result.formula).toContain('Dringlichkeit = Priorität × Abstand');
  });

  it('explains every field with its numbers', () => {
    expect(result.fields.map((f) => [f.field, f.reason])).toEqual([
      ['VER', 'Vorrangig, weil Sie das Feld mit Priorität 5 bewerten und 10 Punkte bis zur Stufe „Im Aufbau“ fehlen.'],
      [
        'TOU',
        'Vorrangig, weil Sie für das Feld keine Priorität angegeben haben (gerechnet wird mit 3) und 10 Punkte bis zur ' +
          'Stufe „Fortgeschritten“ fehlen.',
      ],
      ['ALL', 'Vorrangig, weil Sie das Feld mit Priorität 3 bewerten und 8,8 Punkte bis zur Stufe „Im Aufbau“ fehlen.'],
      [
        'SOZ',
        'Auf Rang 4, weil Sie das Feld mit Priorität 1 bewerten und das Feld mangels ausreichender Antworten noch keinen ' +
          'Wert hat, also 20 Punkte bis zur Stufe „Erste Schritte“ fehlen.',
      ],
      [
        'INF',
        'Auf Rang 5, weil Sie das Feld mit Priorität 4 bewerten und 5 Punkte bis zur Stufe „Fortgeschritten“ fehlen.',
      ],
      [
        'WIR',
        'Auf Rang 6, weil Sie das Feld mit Priorität 5 bewerten und 2,5 Punkte bis zur Stufe „Im Aufbau“ fehlen.',
      ],
      [
        'ORT',
        'Auf Rang 7, weil Sie das Feld mit Priorität 5 bewerten und 2,5 Punkte bis zur Stufe „Im Aufbau“ fehlen.',
      ],
      ['SEN', 'Zurzeit nachrangig, weil das Feld mit 88 Punkten bereits die höchste Stufe „Vorreiter“ erreicht.'],
    ]);
  });

  it('reports priority null when P1 has no value, and the level of the score', () => {
    expect(field('TOU')).toMatchObject({ priority: null, score: 50, maturityLevel: 3, gap: 10, urgency: 30, rank: 2 });
    expect(field('SOZ')).toMatchObject({ priority: 1, score: null, maturityLevel: null, gap: 20, urgency: 20 });
  });

  it('suggests at most five measures whose prerequisite holds and that address open items: more items first, then lower effort', () => {
    expect(
      field('VER').measures.map((m) => [m.measure.code, m.addresses.map((a) => [a.questionCode, a.itemScore])]),
    ).toEqual([
      [
        'VER-01',
        [
          ['V4', null],
          ['V6', null],
        ],
      ],
      ['VER-02', [['V1', 0]]],
      ['VER-07', [['V4', null]]],
      ['VER-09', [['V6', null]]],
      ['VER-06', [['V6', null]]],
    ]);
    // VER-03: V2 scores 50; VER-04: A1 is not a or b; VER-05: archived; VER-08: sixth.
  });

  it('explains every measure with its items', () => {
    const [first, second] = field('VER').measures;
    expect(first.reason).toBe(
      'Empfohlen, weil Frage V4 („Welche Online-Funktionen bieten Sie an?“) noch nicht beantwortet ist und Frage V6 ' +
        '(„Unser Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) ist vollständig und aktuell.“) noch nicht ' +
        'beantwortet ist.',
    );
    expect(second.reason).toBe(
      'Empfohlen, weil Frage V1 („Wie viele Verwaltungsleistungen Ihrer Kommune können vollständig online beantragt ' +
        'werden?“) nur 0 von 100 Punkten erreicht.',
    );
    expect(second.addresses[0].questionText).toBe(
      'Wie viele Verwaltungsleistungen Ihrer Kommune können vollständig online beantragt werden?',
    );
  });

  it('suggests nothing where every item of the measures is at 50 points or more', () => {
    expect(field('SEN').measures).toEqual([]);
    expect(field('SOZ').measures.map((m) => m.measure.code)).toEqual(['SOZ-01']);
  });
});
