import type { QuestionnaireSummary } from '@digitalcheck/shared-contracts';

export interface PublishedVersion {
  /** `digitale-kommune@1`, the value of the form's select. */
  key: string;
  questionnaireId: string;
  version: number;
  label: string;
}

/** "Digitale Kommune, Version 1"; the id when the questionnaire is unknown. */
export function questionnaireLabel(list: readonly QuestionnaireSummary[], id: string, version: number): string {
  const summary = list.find((q) => q.id === id);
  const title = summary?.versions.find((v) => v.version === version)?.title ?? summary?.title ?? id;
  return $localize`:Questionnaire and version@@waves.questionnaire.label:${title}:title:, Version ${version}:version:`;
}

/** The versions a wave may use (published ones), newest first per questionnaire. */
export function publishedVersions(list: readonly QuestionnaireSummary[]): PublishedVersion[] {
  return list.flatMap((summary) =>
    summary.versions
      .filter((v) => v.status === 'published')
      .sort((a, b) => b.version - a.version)
      .map((v) => ({
        key: versionKey(summary.id, v.version),
        questionnaireId: summary.id,
        version: v.version,
        label: questionnaireLabel(list, summary.id, v.version),
      })),
  );
}

export function versionKey(questionnaireId: string, version: number): string {
  return `${questionnaireId}@${version}`;
}
