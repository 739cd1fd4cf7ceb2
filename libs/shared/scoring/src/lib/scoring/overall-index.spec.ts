/**
 * Rule 3 (overall index with P1 exclusion and the 2/3 rule) and the rule 4 gate.
 */
import { BEST_ANSWERS, WORST_FIELD_ANSWERS, fieldOf, scoreDefault } from '../../testing/scoring-helpers';

const FIELDS = ['VER', 'INF', 'BIL', 'WIR', 'TOU', 'SEN', 'SOZ', 'ORT', 'ALL'];
const WORST_STRATEGY = {
  A1: 'e',
  A3: 'nein',
  A4: 0,
  A5: 'nein',
  A6: 'nein',
  A7: '1',
  A8: '1',
  A9: ['niemand'],
  A10: '1',
};

/** BEST_ANSWERS without the answers of the given fields, so that those fields have no score. */
function withoutFields(...sections: string[]): Record<string, unknown> {
  const drop = new Set(sections.flatMap((s) => Object.keys(WORST_FIELD_ANSWERS[s])));
  return Object.fromEntries(Object.entries(BEST_ANSWERS).filter(([code]) => !drop.has(code)));
}

describe('overall index (rule 3)', () => {
  it('is 100 when every answer is the best', () => {
    expect(scoreDefault(BEST_ANSWERS).index).toMatchObject({
      status: 'scored',
      score: 100,
      maturityLevel: 5,
      gatedMaturityLevel: 5,
      weightRemaining: 11,
      weightScored: 11,
    });
  });

  it('weights Strategie & Steuerung 2 and each field of action 1', () => {
    // A = 0, nine fields = 100: (2 · 0 + 9 · 100) / (2 + 9) = 81.8181…
    const index = scoreDefault({ ...BEST_ANSWERS, ...WORST_STRATEGY }).index;
    expect(fieldOf(scoreDefault({ ...BEST_ANSWERS, ...WORST_STRATEGY }), 'A').score).toBe(0);
    expect(index.score).toBeCloseTo(900 / 11, 10);
  });

  describe('P1 "nicht relevant"', () => {
    it('leaves the field out of the index', () => {
      const answers = { ...BEST_ANSWERS, ...WORST_FIELD_ANSWERS['VER'] };
      // VER = 0 counts: (2 · 100 + 0 + 8 · 100) / 11 = 90.9090…
      expect(scoreDefault(answers).index.score).toBeCloseTo(1000 / 11, 10);
      // VER "nicht relevant": (2 · 100 + 8 · 100) / 10 = 100
      const excluded = scoreDefault({
        ...answers,
        P1: { VER: 'nichtRelevant' },
      });
      expect(excluded.index).toMatchObject({
        score: 100,
        weightRemaining: 10,
        excludedFields: ['VER'],
      });
      expect(fieldOf(excluded, 'VER')).toMatchObject({
        status: 'scored',
        score: 0,
        notRelevant: true,
      });
    });

    it('ignores priorities 1–5 for the main index', () => {
      const answers = {
        ...BEST_ANSWERS,
        ...WORST_FIELD_ANSWERS['VER'],
        P1: { VER: '1', INF: '5' },
      };
      expect(scoreDefault(answers).index.score).toBeCloseTo(1000 / 11, 10);
    });

    it('cannot leave out Strategie & Steuerung, which has no P1 row', () => {
      const result = scoreDefault({
        ...BEST_ANSWERS,
        P1: Object.fromEntries(FIELDS.map((f) => [f, 'nichtRelevant'])),
      });
      // Only A remains: weight 2, score 100.
      expect(result.index).toMatchObject({
        status: 'scored',
        score: 100,
        weightRemaining: 2,
        weightScored: 2,
      });
      expect(result.index.excludedFields).toEqual(FIELDS);
    });
  });

  describe('the 2/3 rule over field weights', () => {
    it('A + 6 fields of 11 scored: 8 · 3 = 24 ≥ 2 · 11 = 22 → index', () => {
      const index = scoreDefault(withoutFields('SEN', 'SOZ', 'ORT')).index;
      expect(index).toMatchObject({
        status: 'scored',
        score: 100,
        weightRemaining: 11,
        weightScored: 8,
      });
    });

    it('A + 5 fields of 11 scored: 7 · 3 = 21 < 22 → "unvollständig"', () => {
      const index = scoreDefault(withoutFields('SEN', 'SOZ', 'ORT', 'ALL')).index;
      expect(index).toMatchObject({
        status: 'incomplete',
        score: null,
        maturityLevel: null,
        weightScored: 7,
      });
    });

    it('exactly 2/3: two fields "nicht relevant", A + 4 of the other 7 scored: 6 of 9', () => {
      const p1 = { P1: { WIR: 'nichtRelevant', TOU: 'nichtRelevant' } };
      const exact = scoreDefault({
        ...withoutFields('SEN', 'SOZ', 'ORT'),
        ...p1,
      }).index;
      expect(exact).toMatchObject({
        status: 'scored',
        weightRemaining: 9,
        weightScored: 6,
      });
      const below = scoreDefault({
        ...withoutFields('SEN', 'SOZ', 'ORT', 'ALL'),
        ...p1,
      }).index;
      expect(below).toMatchObject({
        status: 'incomplete',
        weightRemaining: 9,
        weightScored: 5,
      });
    });

    it('is the mean over the fields that have a score', () => {
      // VER = 0, SEN/SOZ/ORT without score: (2 · 100 + 0 + 5 · 100) / 8 = 87.5
      const index = scoreDefault({
        ...withoutFields('SEN', 'SOZ', 'ORT'),
        ...WORST_FIELD_ANSWERS['VER'],
      }).index;
      expect(index.score).toBe(87.5);
    });
  });
});

describe('gate (rule 4): overall level at most 3 unless A1 is a or b', () => {
  it('A1 = b: no cap', () => {
    const index = scoreDefault({ ...BEST_ANSWERS, A1: 'b' }).index;
    // A = 100 · (3 · 0.75 + 8) / 11 = 93.18; index = (2 · 93.18 + 900) / 11 = 98.76
    expect(index).toMatchObject({
      maturityLevel: 5,
      gatedMaturityLevel: 5,
      gateApplied: false,
    });
  });

  it('A1 = c: level 5 capped at 3, the index itself unchanged', () => {
    const index = scoreDefault({ ...BEST_ANSWERS, A1: 'c' }).index;
    // A = 100 · (3 · 0.5 + 8) / 11 = 86.36…; index = (2 · 86.36… + 900) / 11 = 97.52…
    expect(index.score).toBeCloseTo((2 * (950 / 11) + 900) / 11, 10);
    expect(index).toMatchObject({
      maturityLevel: 5,
      gatedMaturityLevel: 3,
      gateApplied: true,
    });
  });

  it('A1 unanswered: the cap applies', () => {
    const index = scoreDefault({ ...BEST_ANSWERS, A1: undefined }).index;
    expect(index).toMatchObject({
      score: 100,
      maturityLevel: 5,
      gatedMaturityLevel: 3,
      gateApplied: true,
    });
  });

  it('levels up to 3 are left as they are', () => {
    const answers = {
      ...BEST_ANSWERS,
      ...WORST_STRATEGY,
      ...WORST_FIELD_ANSWERS['VER'],
      ...WORST_FIELD_ANSWERS['INF'],
      ...WORST_FIELD_ANSWERS['BIL'],
      ...WORST_FIELD_ANSWERS['WIR'],
    };
    // (2 · 0 + 4 · 0 + 5 · 100) / 11 = 45.45 → level 3
    const index = scoreDefault(answers).index;
    expect(index.score).toBeCloseTo(500 / 11, 10);
    expect(index).toMatchObject({
      maturityLevel: 3,
      gatedMaturityLevel: 3,
      gateApplied: false,
    });
  });
});
