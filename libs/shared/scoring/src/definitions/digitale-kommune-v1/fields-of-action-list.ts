/**
 * The nine Handlungsfelder of the RLP Digital-Werkstätten in the order of the spec. Their codes are the
 * section codes, the A2 option codes and the P1 row codes, which is how P1 finds its field. Also the
 * section shape the nine share.
 */
import type {
  ChoiceOption,
  QuestionDefinition,
  SectionDefinition,
} from '../../lib/definition/questionnaire-definition';
import { option } from '../question-builders';

export const FIELDS_OF_ACTION = [
  { code: 'VER', title: 'Kommunale Verwaltung' },
  { code: 'INF', title: 'Digitale Infrastruktur' },
  { code: 'BIL', title: 'Bildung und Jugend' },
  { code: 'WIR', title: 'Kommunale Wirtschaft' },
  { code: 'TOU', title: 'Tourismus' },
  { code: 'SEN', title: 'Silberne Gesellschaft' },
  { code: 'SOZ', title: 'Arbeit und Soziales' },
  { code: 'ORT', title: 'Dorf- und Stadtentwicklung' },
  { code: 'ALL', title: 'Alltagsleben' },
] as const;

export type FieldOfActionCode = (typeof FIELDS_OF_ACTION)[number]['code'];

export function fieldOfAction(code: FieldOfActionCode, questions: QuestionDefinition[]): SectionDefinition {
  const position = FIELDS_OF_ACTION.findIndex((f) => f.code === code);
  return {
    code,
    title: FIELDS_OF_ACTION[position].title,
    description: `Handlungsfeld ${position + 1} der Digital-Werkstätten.`,
    weight: 1,
    fieldOfAction: true,
    countsInIndex: true,
    questions,
  };
}

/**
 * The spec lists no "keine davon" for these MC/k questions, but rule 1 scores the exclusive option 0, and
 * without it "none of these" could not be told apart from "not answered yet".
 */
export const noneOfThese = (): ChoiceOption => option('keineDavon', 'keine davon', undefined, { exclusive: true });
