/**
 * The codebook of the raw data export: one line per column of the data sheet and, for columns holding option
 * codes, one line per option (value, label, item score 0–1). Same column names as RawExportLayout.
 */
import type { ChoiceOption, QuestionDefinition, QuestionnaireDefinition } from '@digitalcheck/shared-scoring';
import {
  fieldScoreColumn,
  LEVEL_LABELS,
  optionCell,
  type RawCellValue,
  scoredSections,
  STATUS_LABELS,
} from './raw-columns';

export const CODEBOOK_HEADER = [
  'Spalte',
  'Frage',
  'Abschnitt',
  'Fragetext',
  'Typ',
  'Wert',
  'Bezeichnung',
  'Punkte (0–1)',
] as const;

export interface CodebookLine {
  column: string;
  question: string;
  section: string;
  text: string;
  type: string;
  value: RawCellValue;
  label: string;
  score: number | null;
}

export const TYPE_LABELS: Record<QuestionDefinition['type'], string> = {
  yesNo: 'Ja/Nein',
  singleChoice: 'Einfachauswahl',
  multipleChoice: 'Mehrfachauswahl (1 = ausgewählt, 0 = nicht ausgewählt, leer = nicht beantwortet)',
  likert5: 'Skala 1–5',
  statusScale: 'Umsetzungsstand',
  obstacleScale: 'Hemmnis-Skala 1–5',
  number: 'Zahl',
  text: 'Freitext',
  matrix: 'Matrix (eine Spalte je Zeile)',
};

const REGION = 'Region';
const RESULT = 'Ergebnis';

export function codebookLines(definition: QuestionnaireDefinition): CodebookLine[] {
  const fixed = (column: string, section: string, text: string, type: string, values: string[] = []) =>
    values.length === 0
      ? [line(column, '', section, text, type)]
      : values.map((value) => line(column, '', section, text, type, value, value));
  return [
    ...fixed('ARS', REGION, 'Amtlicher Regionalschlüssel', 'Text'),
    ...fixed('Name', REGION, 'Name der Region', 'Text'),
    ...fixed('Ebene', REGION, 'Verwaltungsebene', 'Text', unique(Object.values(LEVEL_LABELS))),
    ...fixed('Art', REGION, 'Art der Region (z. B. Landkreis, Verbandsgemeinde)', 'Text'),
    ...fixed('Größenklasse', REGION, 'Größenklasse nach Einwohnerzahl (Vergleichsgruppe)', 'Text'),
    ...fixed('Status', RESULT, 'Status der Antwort', 'Text', unique(Object.values(STATUS_LABELS))),
    ...fixed('Eingereicht am', RESULT, 'Zeitpunkt der letzten Einreichung (UTC)', 'Datum und Uhrzeit'),
    ...fixed('Index', RESULT, 'Digitalisierungsindex gesamt (0–100), berechnet bei der Einreichung', 'Zahl'),
    ...scoredSections(definition).flatMap((section) =>
      fixed(fieldScoreColumn(section.code), RESULT, `Feldindex ${section.title} (0–100)`, 'Zahl'),
    ),
    ...definition.sections.flatMap((section) =>
      section.questions.flatMap((question) => questionLines(question, `${section.code} ${section.title}`)),
    ),
  ];
}

function questionLines(question: QuestionDefinition, section: string): CodebookLine[] {
  const type = TYPE_LABELS[question.type];
  const at = (column: string, text: string, columnType = type) => ({ column, text, type: columnType });
  const options = (target: { column: string; text: string; type: string }, choices: readonly ChoiceOption[]) =>
    choices.map((option) =>
      line(
        target.column,
        question.code,
        section,
        target.text,
        target.type,
        optionCell(option.code),
        option.label,
        option.score,
      ),
    );
  switch (question.type) {
    case 'multipleChoice':
      return question.options.map((option) =>
        line(
          `${question.code}_${option.code}`,
          question.code,
          section,
          `${question.text} – ${option.label}`,
          type,
          1,
          option.label,
          option.score,
        ),
      );
    case 'matrix':
      return question.rows.flatMap((row) =>
        options(at(`${question.code}_${row.code}`, `${question.text} – ${row.label}`), question.options),
      );
    case 'number': {
      const unit = question.unit ? ` (${question.unit})` : '';
      const lines = [line(question.code, question.code, section, `${question.text}${unit}`, type)];
      if (question.askReferenceDate) {
        lines.push(line(`${question.code}_stichtag`, question.code, section, `${question.text} – Stichtag`, 'Datum'));
      }
      return lines;
    }
    case 'text': {
      const lines = [line(question.code, question.code, section, question.text, type)];
      if (question.consentLabel) {
        lines.push(
          line(
            `${question.code}_freigabe`,
            question.code,
            section,
            question.consentLabel,
            'Ja/Nein (1 = ja, 0 = nein)',
          ),
        );
      }
      return lines;
    }
    default:
      return options(at(question.code, question.text), question.options);
  }
}

function line(
  column: string,
  question: string,
  section: string,
  text: string,
  type: string,
  value: RawCellValue = null,
  label = '',
  score: number | null = null,
): CodebookLine {
  return { column, question, section, text, type, value, label, score: score ?? null };
}

export function codebookRow(entry: CodebookLine): RawCellValue[] {
  return [entry.column, entry.question, entry.section, entry.text, entry.type, entry.value, entry.label, entry.score];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
