import type { AnalyticsQuestionDistribution, AnalyticsQuestionTrend } from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import { DIGITALE_KOMMUNE_V1 } from '@digitalcheck/shared-scoring';
import { categoriesOf, countableQuestions, stackedGroups, trendGroups, trendNotes } from './explorer-data';

const row = (base: number, shares: Array<number | null>, suppressed = false) => ({
  row: null,
  label: 'A1',
  base,
  suppressed,
  options: shares.map((share, i) => ({ code: 'abc'[i], label: `Option ${i}`, count: null, share })),
});

describe('question explorer data', () => {
  it('offers the countable questions of the questionnaire, not numbers and texts', () => {
    const questions = countableQuestions(DIGITALE_KOMMUNE_V1 as QuestionnaireDefinition);
    expect(questions.find((q) => q.code === 'A1')?.label).toMatch(/^A1 – /);
    const types = new Map(
      DIGITALE_KOMMUNE_V1.sections.flatMap((s) => s.questions.map((q) => [q.code, q.type] as const)),
    );
    expect(questions.every((q) => !['number', 'text'].includes(types.get(q.code) ?? ''))).toBe(true);
    expect(questions.length).toBeGreaterThan(20);
  });

  it('stacks the total first, then each group, with withheld groups marked', () => {
    const distribution = {
      total: { key: null, label: 'Alle', responses: 10, rows: [row(10, [0.5, 0.3, 0.2])] },
      groups: [
        { key: 'Landkreis', label: 'Landkreis', responses: 8, rows: [row(8, [0.5, 0.25, 0.25])] },
        { key: 'Kreisfreie Stadt', label: 'Kreisfreie Stadt', responses: 2, rows: [row(2, [null, null, null], true)] },
      ],
    } as unknown as AnalyticsQuestionDistribution;
    expect(categoriesOf(distribution).map((c) => c.key)).toEqual(['a', 'b', 'c']);
    expect(stackedGroups(distribution, 0, 'Alle')).toEqual([
      { key: 'total', label: 'Alle', n: 10, suppressed: false, shares: [0.5, 0.3, 0.2] },
      { key: 'Landkreis', label: 'Landkreis', n: 8, suppressed: false, shares: [0.5, 0.25, 0.25] },
      { key: 'Kreisfreie Stadt', label: 'Kreisfreie Stadt', n: 2, suppressed: true, shares: [null, null, null] },
    ]);
  });

  it('shows the waves since the question last changed, and says why earlier ones are left out', () => {
    const group = (base: number) => ({ key: null, label: 'Alle', responses: base, rows: [row(base, [1, 0, 0])] });
    const trend = {
      waves: ['2022', '2023', '2024', '2025'].map((title) => ({ waveId: title, title })),
      points: [
        { waveId: '2022', comparableWithPrevious: false, note: null, total: group(5) },
        { waveId: '2023', comparableWithPrevious: false, note: 'Frage in Version 2 geändert: Text', total: group(6) },
        { waveId: '2024', comparableWithPrevious: true, note: null, total: group(7) },
        { waveId: '2025', comparableWithPrevious: true, note: null, total: group(8) },
      ],
    } as unknown as AnalyticsQuestionTrend;
    expect(trendGroups(trend, 0).map((g) => [g.label, g.n])).toEqual([
      ['2023', 6],
      ['2024', 7],
      ['2025', 8],
    ]);
    expect(trendNotes(trend)).toEqual(['2023: Frage in Version 2 geändert: Text']);
  });
});
