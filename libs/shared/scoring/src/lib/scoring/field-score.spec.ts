/**
 * Rule 2: W, A, "nicht bewertbar", "unvollständig" (A < 2/3 · W) and 100 · Σ(w · s) / A.
 */
import type { QuestionnaireDefinition } from '../definition/questionnaire-definition';
import { copyOfDefault, fieldOf, scoreDefault } from '../../testing/scoring-helpers';
import { scoreResponse } from './score-response';

describe('field score (rule 2)', () => {
  it('is 100 · Σ(w · s) / A over the answered items', () => {
    const field = fieldOf(
      scoreDefault({
        V1: '10bis49',
        V2: 'einige',
        V3: 'inUmsetzung',
        V4: ['chat', 'terminbuchung'],
        V5: 'einsDavon',
        V6: '1',
      }),
      'VER',
    );
    // W = A = 2 + 1 + 1 + 1 + 1 + 1 = 7
    // Σ(w · s) = 2 · 0.5 + 0.75 + 0.5 + 2/3 + 0.5 + 0 = 41/12
    // score = 100 · (41/12) / 7 = 48.8095…
    expect(field).toMatchObject({
      status: 'scored',
      weightCounted: 7,
      weightAnswered: 7,
      maturityLevel: 3,
    });
    expect(field.weightedScoreSum).toBeCloseTo(41 / 12, 12);
    expect(field.score).toBeCloseTo((100 * 41) / 12 / 7, 10);
  });

  it('unanswered items lower completeness (A), not the score', () => {
    // ORT: O1 = 1, O2 = 0.75, O3 = 1/2 (MC/2, one option), O4 open → W = 4, A = 3 ≥ 2/3 · 4
    // score = 100 · (1 + 0.75 + 0.5) / 3 = 75
    const field = fieldOf(
      scoreDefault({
        O1: 'vollstaendig',
        O2: 'teilweise',
        O3: ['raumbuchung'],
      }),
      'ORT',
    );
    expect(field).toMatchObject({
      status: 'scored',
      weightCounted: 4,
      weightAnswered: 3,
      score: 75,
    });
  });

  it('"nicht zutreffend" takes the item out of W', () => {
    // SOZ: Z1 n/a, Z2 = 0.25, Z3 = (2 − 1) / 4 = 0.25 → W = A = 2, score = 100 · 0.5 / 2 = 25
    const field = fieldOf(scoreDefault({ Z1: 'nichtZutreffend', Z2: 'geplant', Z3: '2' }), 'SOZ');
    expect(field).toMatchObject({
      status: 'scored',
      weightCounted: 2,
      weightAnswered: 2,
      score: 25,
      maturityLevel: 2,
    });
  });

  describe('the 2/3 rule at its boundary', () => {
    it('A = 2/3 · W exactly has a score (WIR: 2 of 3 answered)', () => {
      // A · 3 = 6 is not < 2 · W = 6; score = 100 · (0.5 + 1) / 2 = 75
      const field = fieldOf(scoreDefault({ W1: ['onlineBeratung'], W2: 'vollstaendig' }), 'WIR');
      expect(field).toMatchObject({
        status: 'scored',
        weightCounted: 3,
        weightAnswered: 2,
        score: 75,
      });
    });

    it('A just below 2/3 · W is "unvollständig" (WIR: 1 of 3)', () => {
      const field = fieldOf(scoreDefault({ W2: 'vollstaendig' }), 'WIR');
      expect(field).toMatchObject({
        status: 'incomplete',
        weightAnswered: 1,
        score: null,
        maturityLevel: null,
      });
    });

    it('counts weights, not questions (VER, W = 7)', () => {
      // V1 (w 2) + V2 + V3 → A = 4, 4 · 3 = 12 < 2 · 7 = 14 → unvollständig
      expect(fieldOf(scoreDefault({ V1: 'ab100', V2: 'alle', V3: 'vollstaendig' }), 'VER').status).toBe('incomplete');
      // V1 + V2 + V3 + V4 → A = 5, 15 ≥ 14 → scored
      const answers = {
        V1: 'ab100',
        V2: 'alle',
        V3: 'vollstaendig',
        V4: ['chat'],
      };
      expect(fieldOf(scoreDefault(answers), 'VER').status).toBe('scored');
    });

    it('A of Strategie & Steuerung: A1 (w 3) missing still leaves 8 of 11 ≥ 7.33', () => {
      const field = fieldOf(
        scoreDefault({
          S3: 10000,
          A3: 'ja',
          A4: 1,
          A5: 'ja',
          A6: 'ja',
          A7: '5',
          A8: '5',
          A9: ['land', 'hochschulen', 'vereine'],
          A10: '5',
        }),
        'A',
      );
      expect(field).toMatchObject({
        status: 'scored',
        weightCounted: 11,
        weightAnswered: 8,
        score: 100,
      });
    });
  });

  it('is "nicht bewertbar" when every item is not applicable (W = 0)', () => {
    const definition: QuestionnaireDefinition = copyOfDefault();
    const social = definition.sections.find((s) => s.code === 'SOZ');
    social?.questions.splice(2, 1); // keep only the two UST questions Z1, Z2
    const field = scoreResponse(definition, {
      Z1: 'nichtZutreffend',
      Z2: 'nichtZutreffend',
    }).fields.find((f) => f.section === 'SOZ');
    expect(field).toMatchObject({
      status: 'notAssessable',
      weightCounted: 0,
      weightAnswered: 0,
      score: null,
    });
  });

  it('an unanswered field is "unvollständig", not "nicht bewertbar"', () => {
    expect(fieldOf(scoreDefault({}), 'TOU')).toMatchObject({
      status: 'incomplete',
      weightCounted: 3,
      weightAnswered: 0,
    });
  });

  it('reports one field per section that counts into the index, and none for S, H and E', () => {
    expect(scoreDefault({}).fields.map((f) => f.section)).toEqual([
      'A',
      'VER',
      'INF',
      'BIL',
      'WIR',
      'TOU',
      'SEN',
      'SOZ',
      'ORT',
      'ALL',
    ]);
  });
});
