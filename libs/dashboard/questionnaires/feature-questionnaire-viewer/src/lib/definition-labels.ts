/**
 * Pure helpers that describe elements of a questionnaire definition in plain German, for the read-only viewer.
 * Numbers are formatted for de-DE ("0,75").
 */
import type {
  ChoiceOption,
  Condition,
  NumberThreshold,
  QuestionDefinition,
  SectionDefinition,
} from '@digitalcheck/shared-scoring';

const NUMBER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });

/** "0,75", "10.000". */
export function formatNumberDe(value: number): string {
  return NUMBER.format(value);
}

/** The type of a question in German; multiple choice names its k ("Mehrfachauswahl (k = 3)"). */
export function questionTypeLabel(question: QuestionDefinition): string {
  switch (question.type) {
    case 'yesNo':
      return $localize`:Question type@@questionnaire.type.yesNo:Ja/Nein`;
    case 'singleChoice':
      return $localize`:Question type@@questionnaire.type.singleChoice:Einfachauswahl`;
    case 'multipleChoice':
      return question.k === undefined
        ? $localize`:Question type@@questionnaire.type.multipleChoice:Mehrfachauswahl`
        : $localize`:Question type with the number of options for the full score@@questionnaire.type.multipleChoiceK:Mehrfachauswahl (k = ${question.k}:k:)`;
    case 'likert5':
      return $localize`:Question type@@questionnaire.type.likert5:Likert 1–5`;
    case 'statusScale':
      return $localize`:Question type@@questionnaire.type.statusScale:Umsetzungsstand`;
    case 'obstacleScale':
      return $localize`:Question type@@questionnaire.type.obstacleScale:Hemmnis-Skala`;
    case 'number':
      return $localize`:Question type@@questionnaire.type.number:Zahl`;
    case 'text':
      return $localize`:Question type@@questionnaire.type.text:Freitext`;
    case 'matrix':
      return $localize`:Question type@@questionnaire.type.matrix:Matrix`;
  }
}

/** What an option counts: "1", "0,75", "nicht zutreffend – zählt nicht", "weiß nicht – 0"; null without score. */
export function optionScoreLabel(option: ChoiceOption): string | null {
  if (option.notApplicable)
    return $localize`:Option score@@questionnaire.score.notApplicable:nicht zutreffend – zählt nicht`;
  if (option.dontKnow)
    return $localize`:Option score@@questionnaire.score.dontKnow:weiß nicht – ${formatNumberDe(option.score ?? 0)}:score:`;
  return option.score === undefined ? null : formatNumberDe(option.score);
}

/** "Gewicht 3" when the item weight is not 1, else null. */
export function questionWeightLabel(question: QuestionDefinition): string | null {
  const weight = question.weight ?? 1;
  return weight === 1 ? null : $localize`:Item weight@@questionnaire.weight:Gewicht ${formatNumberDe(weight)}:weight:`;
}

/** "Handlungsfeld · Gewicht 1" facts of a section, for its badge line. */
export function sectionWeightLabel(section: SectionDefinition): string {
  return section.countsInIndex
    ? $localize`:Weight of a section in the index@@questionnaire.section.weight:Gewicht im Index: ${formatNumberDe(section.weight)}:weight:`
    : $localize`:Section without weight@@questionnaire.section.noIndex:zählt nicht im Index`;
}

const OPERATORS: Record<string, string> = { eq: '=', ne: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** A condition in German words: "nur wenn A1 = a, b oder c". */
export function conditionLabel(condition: Condition): string {
  return $localize`:Visibility condition of a question@@questionnaire.condition:nur wenn ${describe(condition)}:condition:`;
}

/** A condition without lead-in: "A1 = a oder b". */
export function describe(condition: Condition): string {
  if ('all' in condition)
    return condition.all.map(describeNested).join($localize`:@@questionnaire.condition.and: und `);
  if ('any' in condition)
    return condition.any.map(describeNested).join($localize`:@@questionnaire.condition.or: oder `);
  if ('not' in condition) return $localize`:@@questionnaire.condition.not:nicht (${describe(condition.not)}:inner:)`;
  if ('answered' in condition)
    return $localize`:@@questionnaire.condition.answered:${condition.answered}:question: beantwortet`;
  if ('in' in condition) return `${condition.q} = ${listOr(condition.in)}`;
  return `${condition.q} ${OPERATORS[condition.op] ?? condition.op} ${formatNumberDe(condition.value)}`;
}

function describeNested(condition: Condition): string {
  return 'all' in condition || 'any' in condition ? `(${describe(condition)})` : describe(condition);
}

/** "a, b oder c". */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${$localize`:@@questionnaire.condition.or: oder `}${items[items.length - 1]}`;
}

/** Score rules of a number question: "ab 0: 0", "über 0: 0,5", or the linear range; per 10.000 Einwohner noted. */
export function numberScoringLabels(question: QuestionDefinition): string[] {
  if (question.type !== 'number' || !question.numberScoring) return [];
  const scoring = question.numberScoring;
  const lines: string[] = [];
  if (scoring.perPopulation)
    lines.push(
      $localize`:Number scoring per population@@questionnaire.number.perPopulation:je ${formatNumberDe(scoring.perPopulation.per)}:per: Einwohnerinnen und Einwohner`,
    );
  if (scoring.kind === 'linear')
    lines.push(
      $localize`:Linear number scoring@@questionnaire.number.linear:linear von ${formatNumberDe(scoring.zeroAt)}:zeroAt: (0) bis ${formatNumberDe(scoring.fullAt)}:fullAt: (1)`,
    );
  else lines.push(...scoring.thresholds.map(thresholdLabel));
  return lines;
}

function thresholdLabel(threshold: NumberThreshold): string {
  const score = formatNumberDe(threshold.score);
  return 'from' in threshold
    ? $localize`:Number threshold, inclusive@@questionnaire.number.from:ab ${formatNumberDe(threshold.from)}:value:: ${score}:score:`
    : $localize`:Number threshold, exclusive@@questionnaire.number.above:über ${formatNumberDe(threshold.above)}:value:: ${score}:score:`;
}

/** Publication status of a version in German; unknown values are shown as they are. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'published':
      return $localize`:Version status@@questionnaire.status.published:veröffentlicht`;
    case 'draft':
      return $localize`:Version status@@questionnaire.status.draft:Entwurf`;
    default:
      return status;
  }
}
