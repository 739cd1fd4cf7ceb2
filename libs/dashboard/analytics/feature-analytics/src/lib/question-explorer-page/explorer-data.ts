import type {
  AnalyticsAnswerGroup,
  AnalyticsQuestionDistribution,
  AnalyticsQuestionTrend,
  AnalyticsTrendWave,
} from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';

/** Question types with options the API can count. */
const COUNTABLE = ['yesNo', 'singleChoice', 'likert5', 'statusScale', 'obstacleScale', 'multipleChoice', 'matrix'];

export interface ExplorerQuestion {
  code: string;
  label: string;
  section: string;
}

/** Every countable question of a definition, "A1 – Gibt es eine Digitalstrategie?", grouped by section title. */
export function countableQuestions(definition: QuestionnaireDefinition): ExplorerQuestion[] {
  return definition.sections.flatMap((section) =>
    section.questions
      .filter((question) => COUNTABLE.includes(question.type))
      .map((question) => ({
        code: question.code,
        label: `${question.code} – ${question.text}`,
        section: section.title,
      })),
  );
}

/** Stacked bars for one matrix row (`row`) or a plain question (`row` null): the total first, then each group. */
export function stackedGroups(distribution: AnalyticsQuestionDistribution, rowIndex: number, totalLabel: string) {
  const groups: AnalyticsAnswerGroup[] = [distribution.total, ...distribution.groups];
  return groups.map((group, i) => {
    const row = group.rows[rowIndex];
    return {
      key: group.key ?? (i === 0 ? 'total' : 'none'),
      label: i === 0 ? totalLabel : group.label,
      n: row.base,
      suppressed: row.suppressed,
      shares: row.options.map((option) => option.share),
    };
  });
}

export function categoriesOf(distribution: AnalyticsQuestionDistribution) {
  return distribution.total.rows[0]?.options.map((option) => ({ key: option.code, label: option.label })) ?? [];
}

/** A question trend as stacked bars: one bar per wave since the question last changed (the notes say where). */
export function trendGroups(trend: AnalyticsQuestionTrend, rowIndex: number) {
  const waveOf = (id: string): AnalyticsTrendWave | undefined => trend.waves.find((wave) => wave.waveId === id);
  const asked = trend.points.filter((point) => point.total !== null);
  // Only the newest run of waves in which the question stayed the same: a change starts a new series.
  const start = asked.reduce((at, point, i) => (i > 0 && !point.comparableWithPrevious ? i : at), 0);
  return asked.slice(start).map((point) => {
    const row = (point.total as AnalyticsAnswerGroup).rows[rowIndex];
    return {
      key: point.waveId,
      label: waveOf(point.waveId)?.title ?? point.waveId,
      n: row?.base ?? 0,
      suppressed: row?.suppressed ?? true,
      shares: row?.options.map((option) => option.share) ?? [],
    };
  });
}

export function trendNotes(trend: AnalyticsQuestionTrend): string[] {
  return trend.points
    .filter((point) => point.note !== null)
    .map(
      (point) => `${trend.waves.find((wave) => wave.waveId === point.waveId)?.title ?? point.waveId}: ${point.note}`,
    );
}
