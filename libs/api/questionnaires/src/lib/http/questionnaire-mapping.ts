import type { QuestionnaireSummary, QuestionnaireVersionDetail } from '@digitalcheck/shared-contracts';
import type { QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import type { QuestionnaireVersion } from '../questionnaire-version.entity';

/** Rows sorted by id and version → one summary per questionnaire. */
export function toSummaries(rows: QuestionnaireVersion[]): QuestionnaireSummary[] {
  const byId = new Map<string, QuestionnaireSummary>();
  for (const row of rows) {
    const summary = byId.get(row.questionnaireId) ?? { id: row.questionnaireId, title: row.title, versions: [] };
    summary.title = row.title;
    summary.versions.push({
      version: row.version,
      status: row.status,
      title: row.title,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    });
    byId.set(row.questionnaireId, summary);
  }
  return [...byId.values()];
}

export function toDetail(row: QuestionnaireVersion): QuestionnaireVersionDetail<QuestionnaireDefinition> {
  return {
    questionnaireId: row.questionnaireId,
    version: row.version,
    status: row.status,
    title: row.title,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    definition: row.definition,
  };
}
