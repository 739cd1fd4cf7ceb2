import {
  type Answers,
  DIGITALE_KOMMUNE_V1,
  type QuestionnaireDefinition,
  questionVisibility,
  scoreResponse,
  validateAnswers,
  validateDefinition,
} from '@digitalcheck/shared-scoring';
import { rlpLikeRegions } from '../testing/rlp-like-regions';
import { type DemoResponse, type DemoWaveOptions, generateDemoWave } from './demo-wave';
import { regionProfile } from './region-profile';

const regions = rlpLikeRegions();
const wave = (overrides: Partial<DemoWaveOptions> = {}): DemoResponse[] =>
  generateDemoWave({
    seed: 'test',
    definition: DIGITALE_KOMMUNE_V1,
    regions,
    year: 2024,
    phase: 'closed',
    ...overrides,
  });

const wave2024 = wave();
const wave2026 = wave({ year: 2026, phase: 'open' });

type Answered = Extract<DemoResponse, { answers: Answers }>;
const complete = (plans: DemoResponse[]) =>
  plans.filter((p): p is Extract<DemoResponse, { status: 'complete' }> => p.status === 'complete');
const answered = (plans: DemoResponse[]) => plans.filter((p): p is Answered => p.status !== 'notStarted');
const levelOf = new Map(regions.map((r) => [r.ars, r.level]));
const populationOf = new Map(regions.map((r) => [r.ars, r.population]));
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function index(plan: Answered): number | null {
  return scoreResponse(DIGITALE_KOMMUNE_V1, plan.answers, {
    referencePopulation: populationOf.get(plan.ars) ?? undefined,
  }).index.score;
}

/** Share of complete Kreis responses without a strategy (A1 d or e). */
function withoutStrategy(plans: DemoResponse[]): number {
  const kreise = complete(plans).filter((p) => levelOf.get(p.ars) === 'KREIS');
  return kreise.filter((p) => p.answers['A1'] === 'd' || p.answers['A1'] === 'e').length / kreise.length;
}

describe('generateDemoWave', () => {
  describe('determinism', () => {
    it('gives identical plans for the same options', () => {
      expect(JSON.stringify(wave())).toBe(JSON.stringify(wave2024));
      expect(JSON.stringify(wave({ year: 2026, phase: 'open' }))).toBe(JSON.stringify(wave2026));
    });

    it('gives other answers and participation for another seed', () => {
      const other = wave({ seed: 'another seed' });
      const differing = other.filter((plan, i) => JSON.stringify(plan) !== JSON.stringify(wave2024[i]));
      expect(differing.length).toBeGreaterThan(regions.length * 0.9);
    });

    it('accepts numbers as seeds and treats 42 and "42" alike', () => {
      expect(wave({ seed: 42 })).toEqual(wave({ seed: '42' }));
    });

    it('does not depend on the order of the regions', () => {
      const reversed = generateDemoWave({
        seed: 'test',
        definition: DIGITALE_KOMMUNE_V1,
        regions: [...regions].reverse(),
        year: 2024,
        phase: 'closed',
      });
      expect([...reversed].reverse()).toEqual(wave2024);
    });
  });

  describe('validity', () => {
    it('makes every complete answer set valid for a submit of the default questionnaire', () => {
      for (const plan of [...complete(wave2024), ...complete(wave2026)]) {
        expect({ ars: plan.ars, ...validateAnswers(DIGITALE_KOMMUNE_V1, plan.answers, { forSubmit: true }) }).toEqual({
          ars: plan.ars,
          ok: true,
          errors: {},
        });
      }
    });

    it('makes every draft a valid, non-empty but unfinished answer set', () => {
      const drafts = [...wave2024, ...wave2026].filter((p): p is Answered => p.status === 'draft');
      expect(drafts.length).toBeGreaterThan(0);
      for (const draft of drafts) {
        expect(Object.keys(draft.answers).length).toBeGreaterThan(0);
        expect(validateAnswers(DIGITALE_KOMMUNE_V1, draft.answers).errors).toEqual({});
      }
      const size = (plans: Answered[]) => mean(plans.map((p) => Object.keys(p.answers).length));
      expect(size(drafts)).toBeLessThan(0.7 * size(complete([...wave2024, ...wave2026])));
    });

    it('answers no question a condition hides (A2 only with a strategy under way)', () => {
      for (const plan of answered([...wave2024, ...wave2026])) {
        const visible = questionVisibility(DIGITALE_KOMMUNE_V1, plan.answers);
        expect(Object.keys(plan.answers).filter((code) => !visible[code])).toEqual([]);
      }
      const withStrategy = complete(wave2024).filter((p) => ['a', 'b', 'c'].includes(p.answers['A1'] as string));
      expect(withStrategy.filter((p) => p.answers['A2'] !== undefined).length).toBeGreaterThan(
        withStrategy.length * 0.9,
      );
    });

    it('fills in every question type, uses "keine davon" alone, "weiß nicht" and "nicht zutreffend" now and then', () => {
      const all = complete(wave2024);
      const questions = DIGITALE_KOMMUNE_V1.sections.flatMap((s) => s.questions);
      for (const question of questions) {
        const share = all.filter((p) => p.answers[question.code] !== undefined).length / all.length;
        // Optional texts are often left empty; everything else nearly always answered when visible.
        const expected = question.type === 'text' && !question.required ? 0.15 : question.code === 'A2' ? 0.2 : 0.9;
        expect({ code: question.code, answered: share >= expected }).toEqual({ code: question.code, answered: true });
      }
      const exclusive = all.flatMap((p) => [p.answers['V4'], p.answers['W1'], p.answers['A9']]) as string[][];
      expect(exclusive.some((v) => v.length === 1 && (v[0] === 'keineDavon' || v[0] === 'niemand'))).toBe(true);
      const answers = all.flatMap((p) => Object.values(p.answers));
      expect(answers.filter((v) => v === 'weissNicht').length).toBeGreaterThan(all.length * 0.05);
      expect(answers.filter((v) => v === 'nichtZutreffend').length).toBeGreaterThan(0);
      expect(all.filter((p) => p.answers['A4'] === 0).length).toBeGreaterThan(0);
      expect(all.every((p) => p.answers['S1'] === p.ars.padEnd(12, '0'))).toBe(true);
    });

    it('states the kind of region (S2) and a population with its reference date (S3)', () => {
      const byArs = new Map(complete(wave2024).map((p) => [p.ars, p.answers]));
      expect(byArs.get('07111')?.['S2']).toBe('kreisfreieStadt');
      expect(byArs.get('07137')?.['S2']).toBe('landkreis');
      const vg = complete(wave2024).find((p) => p.ars.length === 9 && p.ars.slice(5, 6) === '5');
      expect(vg?.answers['S2']).toBe('verbandsgemeinde');
      expect(vg?.answers['S3']).toEqual({ value: expect.any(Number), referenceDate: '2023-12-31' });
    });

    it('fills in any valid definition, here one with conditions, a scored matrix and bounded numbers', () => {
      const definition = smallDefinition();
      expect(validateDefinition(definition).ok).toBe(true);
      const plans = generateDemoWave({ seed: 'x', definition, regions, year: 2026, phase: 'closed' });
      for (const plan of complete(plans)) {
        expect(validateAnswers(definition, plan.answers, { forSubmit: true }).errors).toEqual({});
        const visible = questionVisibility(definition, plan.answers);
        expect(Object.keys(plan.answers).filter((code) => !visible[code])).toEqual([]);
      }
      expect(complete(plans).some((p) => p.answers['Q3'] !== undefined)).toBe(true);
      expect(complete(plans).some((p) => p.answers['Q3'] === undefined)).toBe(true);
    });
  });

  describe('plausibility', () => {
    it('has 55–60 % of the Kreise without a strategy in 2024 (DLT: 57 %), fewer in 2026', () => {
      expect(withoutStrategy(wave2024)).toBeGreaterThanOrEqual(0.5);
      expect(withoutStrategy(wave2024)).toBeLessThanOrEqual(0.65);
      // Over many seeds the share centres on the target (A1 is calibrated per level, so the Kreise suffice).
      const kreise = regions.filter((r) => r.level === 'KREIS');
      const seeds = Array.from({ length: 12 }, (_, i) => `seed ${i}`);
      const shares = seeds.map((seed) => withoutStrategy(wave({ seed, regions: kreise })));
      expect(mean(shares)).toBeGreaterThanOrEqual(0.55);
      expect(mean(shares)).toBeLessThanOrEqual(0.6);
      const later = seeds.map((seed) => withoutStrategy(wave({ seed, regions: kreise, year: 2026, phase: 'closed' })));
      expect(mean(later)).toBeLessThan(mean(shares) - 0.05);
    });

    it('is ahead in 2026 on average, for the same regions', () => {
      const before = new Map(complete(wave2024).map((p) => [p.ars, index(p)]));
      const pairs = complete(wave2026)
        .map((p) => [before.get(p.ars), index(p)])
        .filter((pair): pair is [number, number] => typeof pair[0] === 'number' && typeof pair[1] === 'number');
      expect(pairs.length).toBeGreaterThan(50);
      expect(mean(pairs.map(([a, b]) => b - a))).toBeGreaterThan(3);
      // But not everyone moves up.
      expect(pairs.some(([a, b]) => b < a)).toBe(true);
    });

    it('has the larger Landkreise slightly ahead on average', () => {
      const landkreise = regions
        .filter((r) => r.kind === 'Landkreis')
        .sort((a, b) => (a.population ?? 0) - (b.population ?? 0));
      const half = landkreise.length / 2;
      const gap = Array.from({ length: 30 }, (_, i) => {
        const base = landkreise.map((r) => regionProfile(`seed ${i}`, r).base);
        return mean(base.slice(half)) - mean(base.slice(0, half));
      });
      expect(mean(gap)).toBeGreaterThan(0.05);
      expect(mean(gap)).toBeLessThan(0.6);
    });

    it('spreads the overall index over several maturity levels', () => {
      const scores = complete(wave2024)
        .map(index)
        .filter((s): s is number => s !== null);
      const levels = new Set(scores.map((s) => Math.min(5, Math.floor(s / 20) + 1)));
      expect(levels.size).toBeGreaterThanOrEqual(4);
      expect(mean(scores)).toBeGreaterThan(30);
      expect(mean(scores)).toBeLessThan(60);
    });
  });

  describe('participation', () => {
    const count = (plans: DemoResponse[], status: DemoResponse['status']) =>
      plans.filter((p) => p.status === status).length;

    it('leaves a few regions unfinished in a closed wave', () => {
      expect(count(wave2024, 'complete') / regions.length).toBeGreaterThan(0.85);
      expect(count(wave2024, 'notStarted')).toBeGreaterThan(0);
      expect(count(wave2024, 'draft')).toBeGreaterThan(0);
    });

    it('mixes complete, draft and not started in an open wave', () => {
      for (const status of ['complete', 'draft', 'notStarted'] as const) {
        expect(count(wave2026, status) / regions.length).toBeGreaterThan(0.15);
      }
    });

    it('publishes most complete responses of a closed wave', () => {
      const done = complete(wave2024);
      expect(done.filter((p) => p.published).length / done.length).toBeGreaterThan(0.7);
      expect(done.filter((p) => !p.published).length).toBeGreaterThan(0);
    });

    it('keeps the regions it is told to keep not started or complete', () => {
      const keys = ['07137', '07135'];
      expect(wave({ year: 2026, phase: 'open', notStarted: keys }).filter((p) => keys.includes(p.ars))).toEqual([
        { ars: '07135', status: 'notStarted' },
        { ars: '07137', status: 'notStarted' },
      ]);
      const forced = wave({ participation: { complete: 0, draft: 0 }, complete: keys });
      expect(forced.filter((p) => p.status === 'complete').map((p) => p.ars)).toEqual(['07135', '07137']);
    });

    it('orders the timeline: started, saved or submitted, published, all within the period', () => {
      for (const plan of answered([...wave2024, ...wave2026])) {
        const t = plan.timeline;
        const points =
          'submittedAt' in t
            ? [t.startedAt, t.submittedAt, ...(t.publishedAt === null ? [] : [t.publishedAt])]
            : [t.startedAt, t.lastSavedAt];
        expect(points.every((point, i) => point >= 0 && point <= 1 && (i === 0 || point >= points[i - 1]))).toBe(true);
      }
    });
  });
});

/** Conditions (also a chain), a scored matrix, bounded whole numbers, a rate with thresholds, plain texts. */
function smallDefinition(): QuestionnaireDefinition {
  const yesNo = [
    { code: 'ja', label: 'Ja', score: 1 },
    { code: 'nein', label: 'Nein', score: 0 },
    { code: 'weissNicht', label: 'Weiß nicht', score: 0, dontKnow: true },
  ];
  return {
    id: 'demo-test',
    version: 1,
    title: 'Demo test',
    scoring: {
      fieldMinAnsweredShare: { numerator: 2, denominator: 3 },
      indexMinScoredShare: { numerator: 2, denominator: 3 },
    },
    sections: [
      {
        code: 'X',
        title: 'Feld X',
        weight: 1,
        fieldOfAction: false,
        countsInIndex: true,
        questions: [
          { code: 'Q1', type: 'yesNo', text: 'Q1', required: true, scored: true, weight: 1, options: yesNo },
          {
            code: 'Q2',
            type: 'number',
            text: 'Q2',
            required: true,
            scored: false,
            min: 3,
            max: 7,
            integer: true,
            condition: { q: 'Q1', in: ['ja'] },
          },
          {
            code: 'Q3',
            type: 'yesNo',
            text: 'Q3',
            required: false,
            scored: true,
            weight: 1,
            options: yesNo,
            condition: { q: 'Q2', op: 'gte', value: 5 },
          },
          {
            code: 'Q4',
            type: 'matrix',
            text: 'Q4',
            required: true,
            scored: false,
            rows: [
              { code: 'r1', label: 'r1' },
              { code: 'r2', label: 'r2' },
            ],
            options: [
              { code: 'lo', label: 'lo' },
              { code: 'hi', label: 'hi' },
            ],
          },
          {
            code: 'Q5',
            type: 'number',
            text: 'Q5',
            required: false,
            scored: true,
            weight: 1,
            min: 0,
            numberScoring: {
              kind: 'thresholds',
              thresholds: [
                { from: 0, score: 0 },
                { from: 10, score: 1 },
              ],
            },
          },
          {
            code: 'Q6',
            type: 'multipleChoice',
            text: 'Q6',
            required: true,
            scored: true,
            weight: 1,
            k: 2,
            options: [
              { code: 'm1', label: 'm1' },
              { code: 'm2', label: 'm2' },
              { code: 'm3', label: 'm3' },
            ],
          },
          { code: 'Q7', type: 'text', text: 'Q7', required: true, scored: false, maxLength: 20 },
        ],
      },
    ],
    indicators: [],
  };
}
